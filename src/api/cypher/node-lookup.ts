/** Moved to src/graph (re-ingestion replays curation with it too); kept here for the API's imports. */
export { lookupNode, matchLabelled } from '../../graph/node-lookup.js';
