/** The custom resolvers, typed by codegen (src/api/generated/resolvers-types.ts). */
import type { Resolvers } from '../generated/resolvers-types.js';
import { search } from './search.js';
import { neighbourhood, node, shortestPath } from './graph.js';
import { engagementByKindAndAgendaItem, engagementByMeeting, engagementByTopic } from './engagement.js';
import { driversOfMigration } from './drivers.js';
import { Traceability, traceability } from './traceability.js';
import { mutations } from './curation.js';
import { recurringRecommendations, stakeholderUptake } from './uptake.js';
import { whoIsHeard } from './voices.js';
import { seriesTimeline, timeline } from './timelines.js';

export const resolvers: Resolvers = {
  Query: {
    search,
    node,
    neighbourhood,
    shortestPath,
    engagementByTopic,
    engagementByMeeting,
    engagementByKindAndAgendaItem,
    driversOfMigration,
    traceability,
    whoIsHeard,
    recurringRecommendations,
    stakeholderUptake,
    timeline,
    seriesTimeline,
  },
  Traceability,
  Mutation: mutations,
};
