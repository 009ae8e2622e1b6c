/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ViewerEngagementByTopic {\n  engagementByTopic {\n    ...ViewerMatrix\n  }\n}\n\nquery ViewerEngagementByMeeting {\n  engagementByMeeting {\n    ...ViewerMatrix\n  }\n}": typeof types.ViewerEngagementByTopicDocument,
    "fragment ViewerCitation on Citation {\n  documentId\n  documentTitle\n  paragraph\n  place\n  paragraphId\n  text\n  citation\n  quote\n  start\n  end\n}\n\nfragment ViewerGraph on GraphView {\n  truncated\n  nodes {\n    id\n    label\n    name\n    properties\n  }\n  edges {\n    id\n    type\n    source\n    target\n    properties\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}\n\nfragment ViewerMatrix on EngagementMatrix {\n  totalStatements\n  rows {\n    id\n    label\n    kind\n    total\n  }\n  columns {\n    id\n    label\n    kind\n    total\n  }\n  cells {\n    row\n    column\n    count\n    statements {\n      id\n      name\n      text\n      speakerKind\n      quantifier\n      speakers\n      citation {\n        ...ViewerCitation\n      }\n    }\n  }\n}": typeof types.ViewerCitationFragmentDoc,
    "query ViewerNeighbourhood($id: ID!, $depth: Int, $limit: Int, $via: [RelationshipType!]) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit, via: $via) {\n    ...ViewerGraph\n  }\n}": typeof types.ViewerNeighbourhoodDocument,
    "query ViewerNodeDetail($id: ID!) {\n  node(id: $id, edgeLimit: 1) {\n    node {\n      id\n      label\n      name\n      properties\n    }\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}": typeof types.ViewerNodeDetailDocument,
    "query ViewerSearch($query: String!, $types: [NodeLabel!], $first: Int) {\n  search(query: $query, types: $types, first: $first) {\n    score\n    field\n    snippet\n    highlights {\n      start\n      end\n    }\n    node {\n      id\n      label\n      name\n    }\n  }\n}": typeof types.ViewerSearchDocument,
    "query ViewerSeriesList {\n  series(sort: [{name: ASC}], limit: 200) {\n    id\n    name\n    kind\n    subject\n  }\n}\n\nfragment ViewerTimelineActor on TimelineActor {\n  id\n  label\n  name\n  kind\n}\n\nfragment ViewerTimelineMeeting on TimelineMeeting {\n  id\n  name\n  kind\n  date\n  ordinal\n  cycle\n  documents\n}\n\nquery ViewerSeriesTimeline($id: ID!) {\n  seriesTimeline(id: $id) {\n    series {\n      id\n      name\n      kind\n      subject\n    }\n    meetings {\n      position\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      participants {\n        actor {\n          ...ViewerTimelineActor\n        }\n        roles\n        statements\n        citations {\n          ...ViewerCitation\n        }\n      }\n      new\n      returned\n      droppedOut\n    }\n  }\n}\n\nquery ViewerActorTimeline($id: ID!) {\n  timeline(id: $id) {\n    actor {\n      ...ViewerTimelineActor\n    }\n    firstSeen\n    lastSeen\n    entries {\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      roles\n      statements\n      citations {\n        ...ViewerCitation\n      }\n    }\n  }\n}\n\nquery ViewerStatedParticipation($ids: [ID!]!) {\n  meetings(where: {id: {in: $ids}}, limit: 500) {\n    id\n    participation {\n      kind\n      count\n    }\n  }\n}": typeof types.ViewerSeriesListDocument,
    "query ViewerShortestPath($from: ID!, $to: ID!, $maxLength: Int) {\n  shortestPath(from: $from, to: $to, maxLength: $maxLength) {\n    ...ViewerGraph\n  }\n}": typeof types.ViewerShortestPathDocument,
    "query ViewerStart($limit: Int!) {\n  meetings(limit: $limit, sort: [{date: DESC}]) {\n    id\n    name\n  }\n}": typeof types.ViewerStartDocument,
};
const documents: Documents = {
    "query ViewerEngagementByTopic {\n  engagementByTopic {\n    ...ViewerMatrix\n  }\n}\n\nquery ViewerEngagementByMeeting {\n  engagementByMeeting {\n    ...ViewerMatrix\n  }\n}": types.ViewerEngagementByTopicDocument,
    "fragment ViewerCitation on Citation {\n  documentId\n  documentTitle\n  paragraph\n  place\n  paragraphId\n  text\n  citation\n  quote\n  start\n  end\n}\n\nfragment ViewerGraph on GraphView {\n  truncated\n  nodes {\n    id\n    label\n    name\n    properties\n  }\n  edges {\n    id\n    type\n    source\n    target\n    properties\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}\n\nfragment ViewerMatrix on EngagementMatrix {\n  totalStatements\n  rows {\n    id\n    label\n    kind\n    total\n  }\n  columns {\n    id\n    label\n    kind\n    total\n  }\n  cells {\n    row\n    column\n    count\n    statements {\n      id\n      name\n      text\n      speakerKind\n      quantifier\n      speakers\n      citation {\n        ...ViewerCitation\n      }\n    }\n  }\n}": types.ViewerCitationFragmentDoc,
    "query ViewerNeighbourhood($id: ID!, $depth: Int, $limit: Int, $via: [RelationshipType!]) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit, via: $via) {\n    ...ViewerGraph\n  }\n}": types.ViewerNeighbourhoodDocument,
    "query ViewerNodeDetail($id: ID!) {\n  node(id: $id, edgeLimit: 1) {\n    node {\n      id\n      label\n      name\n      properties\n    }\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}": types.ViewerNodeDetailDocument,
    "query ViewerSearch($query: String!, $types: [NodeLabel!], $first: Int) {\n  search(query: $query, types: $types, first: $first) {\n    score\n    field\n    snippet\n    highlights {\n      start\n      end\n    }\n    node {\n      id\n      label\n      name\n    }\n  }\n}": types.ViewerSearchDocument,
    "query ViewerSeriesList {\n  series(sort: [{name: ASC}], limit: 200) {\n    id\n    name\n    kind\n    subject\n  }\n}\n\nfragment ViewerTimelineActor on TimelineActor {\n  id\n  label\n  name\n  kind\n}\n\nfragment ViewerTimelineMeeting on TimelineMeeting {\n  id\n  name\n  kind\n  date\n  ordinal\n  cycle\n  documents\n}\n\nquery ViewerSeriesTimeline($id: ID!) {\n  seriesTimeline(id: $id) {\n    series {\n      id\n      name\n      kind\n      subject\n    }\n    meetings {\n      position\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      participants {\n        actor {\n          ...ViewerTimelineActor\n        }\n        roles\n        statements\n        citations {\n          ...ViewerCitation\n        }\n      }\n      new\n      returned\n      droppedOut\n    }\n  }\n}\n\nquery ViewerActorTimeline($id: ID!) {\n  timeline(id: $id) {\n    actor {\n      ...ViewerTimelineActor\n    }\n    firstSeen\n    lastSeen\n    entries {\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      roles\n      statements\n      citations {\n        ...ViewerCitation\n      }\n    }\n  }\n}\n\nquery ViewerStatedParticipation($ids: [ID!]!) {\n  meetings(where: {id: {in: $ids}}, limit: 500) {\n    id\n    participation {\n      kind\n      count\n    }\n  }\n}": types.ViewerSeriesListDocument,
    "query ViewerShortestPath($from: ID!, $to: ID!, $maxLength: Int) {\n  shortestPath(from: $from, to: $to, maxLength: $maxLength) {\n    ...ViewerGraph\n  }\n}": types.ViewerShortestPathDocument,
    "query ViewerStart($limit: Int!) {\n  meetings(limit: $limit, sort: [{date: DESC}]) {\n    id\n    name\n  }\n}": types.ViewerStartDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerEngagementByTopic {\n  engagementByTopic {\n    ...ViewerMatrix\n  }\n}\n\nquery ViewerEngagementByMeeting {\n  engagementByMeeting {\n    ...ViewerMatrix\n  }\n}"): (typeof documents)["query ViewerEngagementByTopic {\n  engagementByTopic {\n    ...ViewerMatrix\n  }\n}\n\nquery ViewerEngagementByMeeting {\n  engagementByMeeting {\n    ...ViewerMatrix\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerCitation on Citation {\n  documentId\n  documentTitle\n  paragraph\n  place\n  paragraphId\n  text\n  citation\n  quote\n  start\n  end\n}\n\nfragment ViewerGraph on GraphView {\n  truncated\n  nodes {\n    id\n    label\n    name\n    properties\n  }\n  edges {\n    id\n    type\n    source\n    target\n    properties\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}\n\nfragment ViewerMatrix on EngagementMatrix {\n  totalStatements\n  rows {\n    id\n    label\n    kind\n    total\n  }\n  columns {\n    id\n    label\n    kind\n    total\n  }\n  cells {\n    row\n    column\n    count\n    statements {\n      id\n      name\n      text\n      speakerKind\n      quantifier\n      speakers\n      citation {\n        ...ViewerCitation\n      }\n    }\n  }\n}"): (typeof documents)["fragment ViewerCitation on Citation {\n  documentId\n  documentTitle\n  paragraph\n  place\n  paragraphId\n  text\n  citation\n  quote\n  start\n  end\n}\n\nfragment ViewerGraph on GraphView {\n  truncated\n  nodes {\n    id\n    label\n    name\n    properties\n  }\n  edges {\n    id\n    type\n    source\n    target\n    properties\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}\n\nfragment ViewerMatrix on EngagementMatrix {\n  totalStatements\n  rows {\n    id\n    label\n    kind\n    total\n  }\n  columns {\n    id\n    label\n    kind\n    total\n  }\n  cells {\n    row\n    column\n    count\n    statements {\n      id\n      name\n      text\n      speakerKind\n      quantifier\n      speakers\n      citation {\n        ...ViewerCitation\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerNeighbourhood($id: ID!, $depth: Int, $limit: Int, $via: [RelationshipType!]) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit, via: $via) {\n    ...ViewerGraph\n  }\n}"): (typeof documents)["query ViewerNeighbourhood($id: ID!, $depth: Int, $limit: Int, $via: [RelationshipType!]) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit, via: $via) {\n    ...ViewerGraph\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerNodeDetail($id: ID!) {\n  node(id: $id, edgeLimit: 1) {\n    node {\n      id\n      label\n      name\n      properties\n    }\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}"): (typeof documents)["query ViewerNodeDetail($id: ID!) {\n  node(id: $id, edgeLimit: 1) {\n    node {\n      id\n      label\n      name\n      properties\n    }\n    evidence {\n      ...ViewerCitation\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerSearch($query: String!, $types: [NodeLabel!], $first: Int) {\n  search(query: $query, types: $types, first: $first) {\n    score\n    field\n    snippet\n    highlights {\n      start\n      end\n    }\n    node {\n      id\n      label\n      name\n    }\n  }\n}"): (typeof documents)["query ViewerSearch($query: String!, $types: [NodeLabel!], $first: Int) {\n  search(query: $query, types: $types, first: $first) {\n    score\n    field\n    snippet\n    highlights {\n      start\n      end\n    }\n    node {\n      id\n      label\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerSeriesList {\n  series(sort: [{name: ASC}], limit: 200) {\n    id\n    name\n    kind\n    subject\n  }\n}\n\nfragment ViewerTimelineActor on TimelineActor {\n  id\n  label\n  name\n  kind\n}\n\nfragment ViewerTimelineMeeting on TimelineMeeting {\n  id\n  name\n  kind\n  date\n  ordinal\n  cycle\n  documents\n}\n\nquery ViewerSeriesTimeline($id: ID!) {\n  seriesTimeline(id: $id) {\n    series {\n      id\n      name\n      kind\n      subject\n    }\n    meetings {\n      position\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      participants {\n        actor {\n          ...ViewerTimelineActor\n        }\n        roles\n        statements\n        citations {\n          ...ViewerCitation\n        }\n      }\n      new\n      returned\n      droppedOut\n    }\n  }\n}\n\nquery ViewerActorTimeline($id: ID!) {\n  timeline(id: $id) {\n    actor {\n      ...ViewerTimelineActor\n    }\n    firstSeen\n    lastSeen\n    entries {\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      roles\n      statements\n      citations {\n        ...ViewerCitation\n      }\n    }\n  }\n}\n\nquery ViewerStatedParticipation($ids: [ID!]!) {\n  meetings(where: {id: {in: $ids}}, limit: 500) {\n    id\n    participation {\n      kind\n      count\n    }\n  }\n}"): (typeof documents)["query ViewerSeriesList {\n  series(sort: [{name: ASC}], limit: 200) {\n    id\n    name\n    kind\n    subject\n  }\n}\n\nfragment ViewerTimelineActor on TimelineActor {\n  id\n  label\n  name\n  kind\n}\n\nfragment ViewerTimelineMeeting on TimelineMeeting {\n  id\n  name\n  kind\n  date\n  ordinal\n  cycle\n  documents\n}\n\nquery ViewerSeriesTimeline($id: ID!) {\n  seriesTimeline(id: $id) {\n    series {\n      id\n      name\n      kind\n      subject\n    }\n    meetings {\n      position\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      participants {\n        actor {\n          ...ViewerTimelineActor\n        }\n        roles\n        statements\n        citations {\n          ...ViewerCitation\n        }\n      }\n      new\n      returned\n      droppedOut\n    }\n  }\n}\n\nquery ViewerActorTimeline($id: ID!) {\n  timeline(id: $id) {\n    actor {\n      ...ViewerTimelineActor\n    }\n    firstSeen\n    lastSeen\n    entries {\n      meeting {\n        ...ViewerTimelineMeeting\n      }\n      roles\n      statements\n      citations {\n        ...ViewerCitation\n      }\n    }\n  }\n}\n\nquery ViewerStatedParticipation($ids: [ID!]!) {\n  meetings(where: {id: {in: $ids}}, limit: 500) {\n    id\n    participation {\n      kind\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerShortestPath($from: ID!, $to: ID!, $maxLength: Int) {\n  shortestPath(from: $from, to: $to, maxLength: $maxLength) {\n    ...ViewerGraph\n  }\n}"): (typeof documents)["query ViewerShortestPath($from: ID!, $to: ID!, $maxLength: Int) {\n  shortestPath(from: $from, to: $to, maxLength: $maxLength) {\n    ...ViewerGraph\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerStart($limit: Int!) {\n  meetings(limit: $limit, sort: [{date: DESC}]) {\n    id\n    name\n  }\n}"): (typeof documents)["query ViewerStart($limit: Int!) {\n  meetings(limit: $limit, sort: [{date: DESC}]) {\n    id\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;