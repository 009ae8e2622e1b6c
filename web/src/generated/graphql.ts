/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which kind of place in a document a citation points at. */
export type CitationPlace =
  /** An unnumbered block in an annex, such as a delegation list ("annex", "annex II"). */
  | 'ANNEX'
  /** A footnote or endnote ("note 1"): a UPR summary lists its stakeholders in its first endnote. */
  | 'NOTE'
  /** A numbered paragraph ("para. 22"). */
  | 'PARAGRAPH'
  /** An unnumbered block in the body, such as a Word table's row, cited by the heading it stands under. */
  | 'TEXT'
  /** A line of the title block on the cover page. */
  | 'TITLE_PAGE';

/** The labels of the graph (src/graph/model.ts). */
export type NodeLabel =
  /** An item of a meeting's agenda. */
  | 'AgendaItem'
  /** A theme from the curated vocabulary. */
  | 'Concept'
  /** A UN text as ingested. */
  | 'Document'
  /** A reason people migrate or resort to smugglers. */
  | 'DriverOfMigration'
  /** A footnote or endnote. */
  | 'Footnote'
  /** A convention, protocol, resolution or document cited. */
  | 'Instrument'
  /** An event a document records. */
  | 'Meeting'
  /** A Co-Chairs' observation or recommendation. */
  | 'Observation'
  /** An organization, however the texts name it. */
  | 'Organization'
  /** A panel of speakers. */
  | 'Panel'
  /** A numbered paragraph: the unit of citation. */
  | 'Paragraph'
  /** A named or anonymous person. */
  | 'Person'
  /** A country or region. */
  | 'Place'
  /** A named programme or project. */
  | 'Project'
  /** A heading of a document. */
  | 'Section'
  /** Meetings of one process on one subject: a State's reviews, a body's sessions, the dialogues on one subject. */
  | 'Series'
  /** One session of a working group. */
  | 'Session'
  /** A group addressed that is no single organization. */
  | 'StakeholderGroup'
  /** What one speaker said in one paragraph. */
  | 'Statement'
  /** A number reported in the text. */
  | 'Statistic'
  /** A panel's subject or an agenda item's discussion point. */
  | 'Topic'
  /** A standing body whose sessions meetings follow. */
  | 'WorkingGroup';

/** The kinds of actor a meeting's participation list counts. */
export type ParticipantKind =
  /** Academia. */
  | 'ACADEMIA'
  /** Delegations. */
  | 'DELEGATION'
  /** Member States. */
  | 'MEMBER_STATE'
  /** Non-governmental organizations. */
  | 'NGO'
  /** Any other kind the text lists. */
  | 'OTHER'
  /** Other stakeholders. */
  | 'OTHER_STAKEHOLDER'
  /** The private sector. */
  | 'PRIVATE_SECTOR';

/** The relationship types of the graph (src/graph/model.ts). */
export type RelationshipType =
  /** Observation → Organization, StakeholderGroup or State: who is asked to act. */
  | 'ADDRESSED_TO'
  /** Person → Organization or State: the person belongs to it. */
  | 'AFFILIATED_WITH'
  /** Meeting → Person: who chaired. */
  | 'CHAIRED_BY'
  /** Paragraph → Footnote: the paragraph cites the note. */
  | 'CITES_FOOTNOTE'
  /** Section → Paragraph: the paragraph stands under the heading. */
  | 'CONTAINS'
  /** Observation → Statement: the observation echoes the statement. */
  | 'DRAWS_ON'
  /** Statement, Statistic or Observation → Paragraph: where it was read. */
  | 'EVIDENCED_BY'
  /** Meeting → Session: the meeting followed the session. */
  | 'FOLLOWS'
  /** Meeting → AgendaItem. */
  | 'HAS_AGENDA_ITEM'
  /** Document → Footnote. */
  | 'HAS_FOOTNOTE'
  /** AgendaItem or Meeting → Panel. */
  | 'HAS_PANEL'
  /** Document → Paragraph: the document has this paragraph. */
  | 'HAS_PARAGRAPH'
  /** Document → Section: the document has this section. */
  | 'HAS_SECTION'
  /** Paragraph → Paragraph: 121 → 121.3. */
  | 'HAS_SUBPARAGRAPH'
  /** Section → Section: the section has this sub-section. */
  | 'HAS_SUBSECTION'
  /** AgendaItem → Topic: a lettered discussion point. */
  | 'HAS_TOPIC'
  /** Statement → Panel or AgendaItem: where it was said. */
  | 'IN'
  /** Meeting → Series: the meeting is one of the series. */
  | 'IN_SERIES'
  /** Statement → Person, Organization or State: who said it. */
  | 'MADE_BY'
  /** Paragraph, Statement or Observation → a term, place, instrument, project or organization it names. */
  | 'MENTIONS'
  /** Paragraph → Paragraph: the one that follows. */
  | 'NEXT'
  /** Session → WorkingGroup: the session is one of the body's. */
  | 'OF'
  /** Panel → Topic: the subject put to the panel. */
  | 'ON_TOPIC'
  /** Organization or State → Meeting: took part (derived from who spoke). */
  | 'PARTICIPATED_IN'
  /** Meeting → Observation: the meeting's observations. */
  | 'PRODUCED'
  /** Observation → Place: the State that made the recommendation. */
  | 'RECOMMENDED_BY'
  /** Document → Meeting: the document records the meeting. */
  | 'RECORDS'
  /** Statistic → Organization or State: who reported it. */
  | 'REPORTED_BY'
  /** Statement → Statistic: the figure given in it. */
  | 'REPORTS'
  /** Person → Organization or State: the person spoke for it. */
  | 'REPRESENTS'
  /** Person → Panel: the person sat on the panel. */
  | 'SPOKE_ON';

/** In what capacity a speaker spoke. */
export type SpeakerKind =
  /** A Chair or Co-Chair. */
  | 'CHAIR'
  /** An organization speaking in its own name. */
  | 'ORGANIZATION'
  /** A panellist. */
  | 'PANELLIST'
  /** A participant from the floor (often anonymous: "several speakers"). */
  | 'PARTICIPANT'
  /** The secretariat. */
  | 'SECRETARIAT'
  /** A State (a delegation). */
  | 'STATE';

export type ViewerEngagementByTopicQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerEngagementByTopicQuery = { engagementByTopic: { totalStatements: number, rows: Array<{ id: string, label: string, kind: string | null, total: number }>, columns: Array<{ id: string, label: string, kind: string | null, total: number }>, cells: Array<{ row: string, column: string, count: number, statements: Array<{ id: string, name: string, text: string | null, speakerKind: SpeakerKind | null, quantifier: string | null, speakers: Array<string>, citation: { documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null } | null }> }> } };

export type ViewerEngagementByMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerEngagementByMeetingQuery = { engagementByMeeting: { totalStatements: number, rows: Array<{ id: string, label: string, kind: string | null, total: number }>, columns: Array<{ id: string, label: string, kind: string | null, total: number }>, cells: Array<{ row: string, column: string, count: number, statements: Array<{ id: string, name: string, text: string | null, speakerKind: SpeakerKind | null, quantifier: string | null, speakers: Array<string>, citation: { documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null } | null }> }> } };

export type ViewerCitationFragment = { documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null };

export type ViewerGraphFragment = { truncated: boolean, nodes: Array<{ id: string, label: NodeLabel, name: string, properties: unknown }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, properties: unknown, evidence: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> }> };

export type ViewerMatrixFragment = { totalStatements: number, rows: Array<{ id: string, label: string, kind: string | null, total: number }>, columns: Array<{ id: string, label: string, kind: string | null, total: number }>, cells: Array<{ row: string, column: string, count: number, statements: Array<{ id: string, name: string, text: string | null, speakerKind: SpeakerKind | null, quantifier: string | null, speakers: Array<string>, citation: { documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null } | null }> }> };

export type ViewerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  via?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;


export type ViewerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, label: NodeLabel, name: string, properties: unknown }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, properties: unknown, evidence: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> }> } };

export type ViewerNodeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ViewerNodeDetailQuery = { node: { node: { id: string, label: NodeLabel, name: string, properties: unknown }, evidence: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> } | null };

export type ViewerSearchQueryVariables = Exact<{
  query: string;
  types?: Array<NodeLabel> | NodeLabel | null | undefined;
  first?: number | null | undefined;
}>;


export type ViewerSearchQuery = { search: Array<{ score: number, field: string, snippet: string, highlights: Array<{ start: number, end: number }>, node: { id: string, label: NodeLabel, name: string } }> };

export type ViewerSeriesListQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerSeriesListQuery = { series: Array<{ id: string, name: string, kind: string | null, subject: string | null }> };

export type ViewerTimelineActorFragment = { id: string, label: NodeLabel, name: string, kind: string | null };

export type ViewerTimelineMeetingFragment = { id: string, name: string, kind: string | null, date: string | null, ordinal: number | null, cycle: number | null, documents: Array<string> };

export type ViewerSeriesTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ViewerSeriesTimelineQuery = { seriesTimeline: { series: { id: string, name: string, kind: string | null, subject: string | null }, meetings: Array<{ position: number, new: Array<string>, returned: Array<string>, droppedOut: Array<string>, meeting: { id: string, name: string, kind: string | null, date: string | null, ordinal: number | null, cycle: number | null, documents: Array<string> }, participants: Array<{ roles: Array<string>, statements: number, actor: { id: string, label: NodeLabel, name: string, kind: string | null }, citations: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> }> }> } | null };

export type ViewerActorTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ViewerActorTimelineQuery = { timeline: { firstSeen: string | null, lastSeen: string | null, actor: { id: string, label: NodeLabel, name: string, kind: string | null }, entries: Array<{ roles: Array<string>, statements: number, meeting: { id: string, name: string, kind: string | null, date: string | null, ordinal: number | null, cycle: number | null, documents: Array<string> }, citations: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> }> } | null };

export type ViewerStatedParticipationQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ViewerStatedParticipationQuery = { meetings: Array<{ id: string, participation: Array<{ kind: ParticipantKind, count: number }> }> };

export type ViewerShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
}>;


export type ViewerShortestPathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, label: NodeLabel, name: string, properties: unknown }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, properties: unknown, evidence: Array<{ documentId: string, documentTitle: string | null, paragraph: string, place: CitationPlace, paragraphId: string, text: string, citation: string, quote: string | null, start: number | null, end: number | null }> }> } | null };

export type ViewerStartQueryVariables = Exact<{
  limit: number;
}>;


export type ViewerStartQuery = { meetings: Array<{ id: string, name: string }> };

export const ViewerCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerCitationFragment, unknown>;
export const ViewerGraphFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerGraphFragment, unknown>;
export const ViewerMatrixFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerMatrix"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalStatements"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerKind"}},{"kind":"Field","name":{"kind":"Name","value":"quantifier"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerMatrixFragment, unknown>;
export const ViewerTimelineActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ViewerTimelineActorFragment, unknown>;
export const ViewerTimelineMeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}}]} as unknown as DocumentNode<ViewerTimelineMeetingFragment, unknown>;
export const ViewerEngagementByTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerEngagementByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementByTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerMatrix"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerMatrix"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalStatements"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerKind"}},{"kind":"Field","name":{"kind":"Name","value":"quantifier"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerEngagementByTopicQuery, ViewerEngagementByTopicQueryVariables>;
export const ViewerEngagementByMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerEngagementByMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementByMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerMatrix"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerMatrix"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalStatements"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerKind"}},{"kind":"Field","name":{"kind":"Name","value":"quantifier"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerEngagementByMeetingQuery, ViewerEngagementByMeetingQueryVariables>;
export const ViewerNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerGraph"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerNeighbourhoodQuery, ViewerNeighbourhoodQueryVariables>;
export const ViewerNodeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerNodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerNodeDetailQuery, ViewerNodeDetailQueryVariables>;
export const ViewerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeLabel"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerSearchQuery, ViewerSearchQueryVariables>;
export const ViewerSeriesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSeriesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<ViewerSeriesListQuery, ViewerSeriesListQueryVariables>;
export const ViewerSeriesTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSeriesTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTimelineMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTimelineActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerSeriesTimelineQuery, ViewerSeriesTimelineQueryVariables>;
export const ViewerActorTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerActorTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTimelineActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerTimelineMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerTimelineMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<ViewerActorTimelineQuery, ViewerActorTimelineQueryVariables>;
export const ViewerStatedParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerStatedParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerStatedParticipationQuery, ViewerStatedParticipationQueryVariables>;
export const ViewerShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerGraph"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCitation"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerShortestPathQuery, ViewerShortestPathQueryVariables>;
export const ViewerStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerStartQuery, ViewerStartQueryVariables>;