import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TraceabilityFilter } from '../resolvers/traceability.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  /** The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID. */
  ID: { input: string; output: string; }
  /** The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text. */
  String: { input: string; output: string; }
  /** The `Boolean` scalar type represents `true` or `false`. */
  Boolean: { input: boolean; output: boolean; }
  /** The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1. */
  Int: { input: number; output: number; }
  /** The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point). */
  Float: { input: number; output: number; }
  /** Any JSON value: a node's or relationship's stored properties (strings, numbers, booleans, lists of them). */
  JSON: { input: unknown; output: unknown; }
  /** Int | Float | String | Boolean | ID | DateTime | Date | Enum */
  ScalarOrEnum: { input: unknown; output: unknown; }
  /** A GraphQL SelectionSet without the outer curly braces. It must be passed as a string and is always returned as a string. */
  SelectionSet: { input: unknown; output: unknown; }
};

export type Addressee = Organization | Place | StakeholderGroup;

export type Affiliation = {
  __typename?: 'Affiliation';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** Position as written, e.g. "Prosecutor". */
  position: Maybe<Scalars['String']['output']>;
};

export type AgendaItem = {
  __typename?: 'AgendaItem';
  documentId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  meeting: Array<MeetingHub>;
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  panels: Array<Panel>;
  statements: Array<Statement>;
  title: Maybe<Scalars['String']['output']>;
  topics: Array<Topic>;
};

/** One recorded write: who (the editor key's name), when, what, and the state needed to undo it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** correctNode | mergeOrganizations | removeFact | undo | ingestDocument */
  action: Scalars['String']['output'];
  /** JSON: what the write set. */
  after: Maybe<Scalars['String']['output']>;
  /** ISO 8601 time. */
  at: Scalars['String']['output'];
  /** JSON: the state before the write (what undo restores). */
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** A one-line summary of the write. */
  name: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** Ids of the nodes (and edges) written. */
  targets: Maybe<Array<Scalars['String']['output']>>;
  /** For an undo: the entry it undid. */
  undoes: Maybe<Scalars['String']['output']>;
  /** Set once the entry has been undone: the undo's entry. */
  undoneBy: Maybe<Scalars['String']['output']>;
  /** The editor key's name. */
  who: Scalars['String']['output'];
};

export type AxisEntry = {
  __typename?: 'AxisEntry';
  id: Scalars['ID']['output'];
  /** The organization's kind, the topic's kind… */
  kind: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** Distinct statements in this row or column. */
  total: Scalars['Int']['output'];
};

export type Chairing = {
  __typename?: 'Chairing';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  role: Maybe<Scalars['String']['output']>;
};

/** Where a fact was read. `citation` is ready to paste: "<document>, para. 22". */
export type Citation = {
  __typename?: 'Citation';
  citation: Scalars['String']['output'];
  documentId: Scalars['String']['output'];
  /** The document's title (its full title when known, else its citation name). */
  documentTitle: Maybe<Scalars['String']['output']>;
  /** The paragraph number as printed ("22", "121.3"). */
  paragraph: Scalars['String']['output'];
  paragraphId: Scalars['ID']['output'];
  /** The words the fact was read from, when the extractor recorded a span. */
  quote: Maybe<Scalars['String']['output']>;
  /** The paragraph's whole text. */
  text: Scalars['String']['output'];
};

/** A theme from the curated vocabulary (non-liability principle, non-refoulement, corruption…). */
export type Concept = {
  __typename?: 'Concept';
  altLabels: Maybe<Array<Scalars['String']['output']>>;
  category: Maybe<Scalars['String']['output']>;
  /** The paragraphs that mention this concept. */
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
  prefLabel: Maybe<Scalars['String']['output']>;
};


/** A theme from the curated vocabulary (non-liability principle, non-refoulement, corruption…). */
export type ConceptCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type CurationResult = {
  __typename?: 'CurationResult';
  audit: AuditEntry;
  /** The node as it is now (null when removed). */
  node: Maybe<GraphNode>;
};

/** One UN text, e.g. a Co-Chairs' summary. `name` is the short title used in citations (the symbol when there is one). */
export type Document = {
  __typename?: 'Document';
  checksum: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['String']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  footnotes: Array<Footnote>;
  format: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<Scalars['String']['output']>;
  language: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  paragraphCount: Maybe<Scalars['Int']['output']>;
  paragraphs: Array<Paragraph>;
  records: Array<Meeting>;
  sections: Array<Section>;
  sourceFile: Maybe<Scalars['String']['output']>;
  symbol: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

/** Traceability: how strongly an observation echoes a stakeholder statement, and what they share. */
export type DrawsOn = {
  __typename?: 'DrawsOn';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  /** The observation's paragraph and the statement's paragraph. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** 0..1: half shared vocabulary terms, half TF-IDF cosine of the two texts. */
  score: Maybe<Scalars['Float']['output']>;
  /** Shared concepts/drivers first, then the content words that weigh most in both. */
  shared: Maybe<Array<Scalars['String']['output']>>;
};

export type DrawsOnLink = {
  __typename?: 'DrawsOnLink';
  score: Scalars['Float']['output'];
  shared: Array<Scalars['String']['output']>;
  statement: StatementSummary;
};

/** A reason people migrate or resort to smugglers, as named in the text. */
export type DriverOfMigration = {
  __typename?: 'DriverOfMigration';
  altLabels: Maybe<Array<Scalars['String']['output']>>;
  category: Maybe<Scalars['String']['output']>;
  /** The paragraphs that name this driver of migration. */
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
  prefLabel: Maybe<Scalars['String']['output']>;
};


/** A reason people migrate or resort to smugglers, as named in the text. */
export type DriverOfMigrationCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type DriverRanking = {
  __typename?: 'DriverRanking';
  citations: Array<Citation>;
  driver: GraphNode;
  /** Paragraphs that name the driver, within a statement or not. */
  paragraphs: Scalars['Int']['output'];
  raisedIn: Array<StatementSummary>;
  rank: Scalars['Int']['output'];
  /**
   * Distinct speakers: each person, organization or State once; an anonymous statement
   * ("several speakers") counts as one speaker.
   */
  speakers: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
};

export type EngagementCell = {
  __typename?: 'EngagementCell';
  column: Scalars['ID']['output'];
  count: Scalars['Int']['output'];
  row: Scalars['ID']['output'];
  statements: Array<StatementSummary>;
};

/** A matrix for engagement maps: each cell counts statements and lists them. */
export type EngagementMatrix = {
  __typename?: 'EngagementMatrix';
  /** Only non-empty cells. */
  cells: Array<EngagementCell>;
  columns: Array<AxisEntry>;
  rows: Array<AxisEntry>;
  /** Distinct statements counted in the matrix. */
  totalStatements: Scalars['Int']['output'];
};

/** A fact's words: the paragraph, and where useful the character span and the quote. */
export type Evidence = {
  __typename?: 'Evidence';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  end: Maybe<Scalars['Int']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  quote: Maybe<Scalars['String']['output']>;
  /** Character offsets in the paragraph's text (end exclusive). */
  start: Maybe<Scalars['Int']['output']>;
};

export type Evidenced = Observation | Statement | Statistic;

export type Footnote = {
  __typename?: 'Footnote';
  documentId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

export type FulltextInput = {
  fields: Array<InputMaybe<Scalars['String']['input']>>;
  indexName: Scalars['String']['input'];
  queryName: Scalars['String']['input'];
};

/** A relationship as the viewer draws it, with the paragraphs it was read from. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  evidence: Array<Citation>;
  /** Stable across re-ingestion: TYPE:source->target@documentId. */
  id: Scalars['ID']['output'];
  properties: Scalars['JSON']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/** A node as the viewer draws it: one shape for every label. */
export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  /** The node's main label (Organization, Statement…). */
  label: NodeLabel;
  name: Scalars['String']['output'];
  /** Every stored property, as JSON. */
  properties: Scalars['JSON']['output'];
};

/** Nodes and edges in one shape a Cytoscape viewer can add directly (source/target are node ids). */
export type GraphView = {
  __typename?: 'GraphView';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when `limit` cut the answer short. */
  truncated: Scalars['Boolean']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  audit: AuditEntry;
  documentId: Maybe<Scalars['ID']['output']>;
  error: Maybe<Scalars['String']['output']>;
  nodes: Scalars['Int']['output'];
  nodesCreated: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  /** created | updated | unchanged | failed */
  status: Scalars['String']['output'];
};

/** A convention, protocol, resolution or document symbol cited. */
export type Instrument = {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
  kind: Maybe<Scalars['String']['output']>;
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
  symbol: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

/** An event a document records, e.g. the second constructive dialogue on the smuggling of migrants. */
export type Meeting = {
  __typename?: 'Meeting';
  academiaCount: Maybe<Scalars['Int']['output']>;
  agendaItems: Array<AgendaItem>;
  chairs: Array<Person>;
  /** The paragraphs the meeting's facts (date, format, participation) were read from. */
  citations: Array<Citation>;
  /** ISO date (first day). */
  date: Maybe<Scalars['String']['output']>;
  delegationCount: Maybe<Scalars['Int']['output']>;
  document: Array<Document>;
  documentId: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['String']['output']>;
  follows: Array<Session>;
  /** hybrid | in person | online, as stated. */
  format: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<Scalars['String']['output']>;
  memberStateCount: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  ngoCount: Maybe<Scalars['Int']['output']>;
  observations: Array<Observation>;
  ordinal: Maybe<Scalars['Int']['output']>;
  otherStakeholderCount: Maybe<Scalars['Int']['output']>;
  panels: Array<Panel>;
  participants: Array<Participant>;
  privateSectorCount: Maybe<Scalars['Int']['output']>;
  subject: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};


/** An event a document records, e.g. the second constructive dialogue on the smuggling of migrants. */
export type MeetingCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetingHub = Document | Meeting;

/** A term, place, instrument or organization named in a paragraph, statement or observation. */
export type Mention = {
  __typename?: 'Mention';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  end: Maybe<Scalars['Int']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  start: Maybe<Scalars['Int']['output']>;
  /** The words as written. */
  surface: Maybe<Scalars['String']['output']>;
};

export type MentionTarget = Concept | DriverOfMigration | Instrument | Organization | Place | Project;

export type Mentioner = Observation | Paragraph | Statement;

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Set (or, with null, remove) properties of a node. `id` and `documentId` cannot change;
   * values are strings, numbers, booleans or lists of one of them.
   */
  correctNode: CurationResult;
  /**
   * Ingest a document sent as text (Markdown or plain), through the same pipeline as `kg
   * ingest`. Re-sending the same text changes nothing.
   */
  ingestDocument: IngestResult;
  /**
   * Two organizations that are one: `absorb`'s relationships move to `keep`, its name and
   * acronym become aliases of `keep`, and `absorb` is removed. Undo with `undo(auditId)`.
   */
  mergeOrganizations: CurationResult;
  /**
   * Remove a fact: a node (a statement, statistic, observation, organization, person, topic,
   * term…; not the document structure) with its relationships, or one relationship given by
   * its GraphEdge id (TYPE:source->target@documentId).
   */
  removeFact: CurationResult;
  /** Undo a correction, a merge or a removal (each entry once). */
  undo: CurationResult;
};


export type MutationCorrectNodeArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  set: Scalars['JSON']['input'];
};


export type MutationIngestDocumentArgs = {
  filename: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationMergeOrganizationsArgs = {
  absorb: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveFactArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUndoArgs = {
  auditId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationFields =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

export type NodeDetail = {
  __typename?: 'NodeDetail';
  /**
   * Where the node was read: its own EVIDENCED_BY paragraphs (statements, statistics,
   * observations), the paragraph itself, or else the paragraphs its relationships were read from.
   */
  evidence: Array<Citation>;
  /** Its relationships and the nodes at their other ends. */
  neighbours: GraphView;
  node: GraphNode;
};

/** The labels of the graph (src/graph/model.ts). */
export type NodeLabel =
  | 'AgendaItem'
  | 'Concept'
  | 'Document'
  | 'DriverOfMigration'
  | 'Footnote'
  | 'Instrument'
  | 'Meeting'
  | 'Observation'
  | 'Organization'
  | 'Panel'
  | 'Paragraph'
  | 'Person'
  | 'Place'
  | 'Project'
  | 'Section'
  | 'Session'
  | 'StakeholderGroup'
  | 'Statement'
  | 'Statistic'
  | 'Topic'
  | 'WorkingGroup';

/** A Co-Chairs' observation or recommendation. */
export type Observation = {
  __typename?: 'Observation';
  /** The "should …" clause. */
  action: Maybe<Scalars['String']['output']>;
  addressedTo: Array<Addressee>;
  addressees: Maybe<Array<Scalars['String']['output']>>;
  /** The paragraph the observation stands in. */
  citations: Array<Citation>;
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  /** The stakeholder statements this observation echoes (score, shared terms on the relationship). */
  drawsOn: Array<Statement>;
  evidence: Array<Paragraph>;
  id: Scalars['ID']['output'];
  meeting: Array<MeetingHub>;
  mentions: Array<MentionTarget>;
  method: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  recommendedBy: Maybe<Array<Scalars['String']['output']>>;
  recommendedByPlaces: Array<Place>;
  text: Maybe<Scalars['String']['output']>;
};

export type ObservationTrace = {
  __typename?: 'ObservationTrace';
  action: Maybe<Scalars['String']['output']>;
  addressees: Array<Scalars['String']['output']>;
  citation: Maybe<Citation>;
  /** Strongest first. */
  drawsOn: Array<DrawsOnLink>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

/** An NGO, academic body, company, UN entity, IGO or government body; one node however the texts name it. */
export type Organization = {
  __typename?: 'Organization';
  acronym: Maybe<Scalars['String']['output']>;
  addressedBy: Array<Observation>;
  affiliates: Array<Person>;
  aliases: Maybe<Array<Scalars['String']['output']>>;
  /** The paragraphs that name this organization or that its relationships were read from. */
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  /** ngo | academia | private-sector | un-entity | igo | government | state | nhri | joint-submission | other */
  kind: Maybe<Scalars['String']['output']>;
  location: Maybe<Scalars['String']['output']>;
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
  participatedIn: Array<MeetingHub>;
  representatives: Array<Person>;
  statements: Array<Statement>;
  statistics: Array<Statistic>;
};


/** An NGO, academic body, company, UN entity, IGO or government body; one node however the texts name it. */
export type OrganizationCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type Panel = {
  __typename?: 'Panel';
  documentId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ordinal: Maybe<Scalars['Int']['output']>;
  owner: Array<PanelOwner>;
  panellists: Array<Person>;
  statements: Array<Statement>;
  title: Maybe<Scalars['String']['output']>;
  topics: Array<Topic>;
};

export type PanelOwner = AgendaItem | Document | Meeting;

export type PanelSeat = {
  __typename?: 'PanelSeat';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** 1-based order in which the text introduces the panellist. */
  position: Maybe<Scalars['Int']['output']>;
};

/** A numbered paragraph: the unit of citation. `citation` reads "<document>, para. 22". */
export type Paragraph = {
  __typename?: 'Paragraph';
  citation: Maybe<Scalars['String']['output']>;
  document: Array<Document>;
  documentId: Maybe<Scalars['String']['output']>;
  /** The statements, statistics and observations read from this paragraph. */
  facts: Array<Evidenced>;
  footnoteRefs: Maybe<Array<Scalars['String']['output']>>;
  footnotes: Array<Footnote>;
  id: Scalars['ID']['output'];
  mentions: Array<MentionTarget>;
  name: Scalars['String']['output'];
  next: Array<Paragraph>;
  /** As printed: 22, 121.3. */
  number: Maybe<Scalars['String']['output']>;
  /** 0-based position among the document's numbered paragraphs. */
  order: Maybe<Scalars['Int']['output']>;
  previous: Array<Paragraph>;
  section: Array<Section>;
  subparagraphs: Array<Paragraph>;
  text: Maybe<Scalars['String']['output']>;
};

export type Participant = Organization | Place;

/** Derived for engagement maps: who took part in a meeting, as what, with how many statements. */
export type Participation = {
  __typename?: 'Participation';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  roles: Maybe<Array<Scalars['String']['output']>>;
  statements: Maybe<Scalars['Int']['output']>;
};

/** A named person (a Co-Chair) or an anonymous panellist ("The panellist from the MMC"), who exists only in its document. */
export type Person = {
  __typename?: 'Person';
  affiliatedWith: Array<Organization>;
  anonymous: Maybe<Scalars['Boolean']['output']>;
  chaired: Array<MeetingHub>;
  /** The paragraphs this person's roles and statements were read from. */
  citations: Array<Citation>;
  documentId: Maybe<Scalars['String']['output']>;
  honorific: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The person's name, or a description for anonymous speakers ("Panellist from MMC"). */
  name: Scalars['String']['output'];
  personName: Maybe<Scalars['String']['output']>;
  position: Maybe<Scalars['String']['output']>;
  /** she | he | they, as the text refers to the person. */
  pronoun: Maybe<Scalars['String']['output']>;
  represents: Array<Organization>;
  roles: Maybe<Array<Scalars['String']['output']>>;
  spokeOn: Array<Panel>;
  statements: Array<Statement>;
};


/** A named person (a Co-Chair) or an anonymous panellist ("The panellist from the MMC"), who exists only in its document. */
export type PersonCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type Place = {
  __typename?: 'Place';
  addressedBy: Array<Observation>;
  id: Scalars['ID']['output'];
  /** country | region */
  kind: Maybe<Scalars['String']['output']>;
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
  recommended: Array<Observation>;
  statements: Array<Statement>;
};

/** *For use in the @populatedBy directive only* */
export type PopulatedByOperation =
  | 'CREATE'
  | 'UPDATE';

export type Project = {
  __typename?: 'Project';
  acronym: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mentionedIn: Array<Mentioner>;
  name: Scalars['String']['output'];
};

/** Where a text-derived relationship was read: the document, its paragraph numbers, the method and the confidence. */
export type Provenance = {
  __typename?: 'Provenance';
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  method: Maybe<Scalars['String']['output']>;
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
};

export type Query = {
  __typename?: 'Query';
  /** Drivers of migration ranked by how many speakers raised them, then by statements and paragraphs. */
  driversOfMigration: Array<DriverRanking>;
  /**
   * Kind of organization × agenda item: statements per kind under each agenda item. With
   * `includeUnattributed`, statements by speakers of no known organization form rows by speaker
   * role (participant, chair, secretariat).
   */
  engagementByKindAndAgendaItem: EngagementMatrix;
  /** Organization × meeting: statements by an organization (itself or its panellists) at the meeting. */
  engagementByMeeting: EngagementMatrix;
  /** Organization × topic: statements by an organization (itself or its panellists) on a panel about the topic. */
  engagementByTopic: EngagementMatrix;
  /**
   * The nodes within `depth` hops of a node (1–3) and the relationships between them, in the
   * shape the viewer draws. Breadth-first; at most `limit` nodes (1–1000).
   */
  neighbourhood: GraphView;
  /** Any node by id, with its evidence and its relationships. */
  node: Maybe<NodeDetail>;
  /**
   * Full-text search over paragraph text, statement/observation/statistic text and the names
   * of every node (Neo4j full-text indexes), best match first, with the matched snippet and
   * the node it belongs to.
   */
  search: Array<SearchHit>;
  /**
   * One shortest path between two nodes, each step with the paragraphs it was read from;
   * null when none within `maxLength` hops (1–10). By default the path is looked for first
   * through what was said (statements, speakers, mentions, DRAWS_ON…), leaving out the
   * meeting's hub edges (PARTICIPATED_IN, PRODUCED…) and paragraphs in between, which touch
   * everything and explain nothing; only when there is no such path, over all but document
   * navigation.
   */
  shortestPath: Maybe<GraphView>;
  /** Which stakeholder statements each Co-Chairs' observation echoes, and which inputs no observation took up. */
  traceability: Traceability;
};


export type QueryDriversOfMigrationArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEngagementByKindAndAgendaItemArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  includeUnattributed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEngagementByTopicArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<SearchMode>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
};


export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<RelationshipType>>;
};


export type QueryTraceabilityArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

/** *For use in the @relationship directive only */
export type RelationshipDirection =
  | 'IN'
  | 'OUT';

/** *For use in the @relationship directive only */
export type RelationshipNestedOperations =
  | 'CONNECT'
  | 'CREATE'
  | 'DELETE'
  | 'DISCONNECT'
  | 'UPDATE';

export type RelationshipQueryDirection =
  | 'DIRECTED'
  | 'UNDIRECTED';

/** The relationship types of the graph (src/graph/model.ts). */
export type RelationshipType =
  | 'ADDRESSED_TO'
  | 'AFFILIATED_WITH'
  | 'CHAIRED_BY'
  | 'CITES_FOOTNOTE'
  | 'CONTAINS'
  | 'DRAWS_ON'
  | 'EVIDENCED_BY'
  | 'FOLLOWS'
  | 'HAS_AGENDA_ITEM'
  | 'HAS_FOOTNOTE'
  | 'HAS_PANEL'
  | 'HAS_PARAGRAPH'
  | 'HAS_SECTION'
  | 'HAS_SUBPARAGRAPH'
  | 'HAS_SUBSECTION'
  | 'HAS_TOPIC'
  | 'IN'
  | 'MADE_BY'
  | 'MENTIONS'
  | 'NEXT'
  | 'OF'
  | 'ON_TOPIC'
  | 'PARTICIPATED_IN'
  | 'PRODUCED'
  | 'RECOMMENDED_BY'
  | 'RECORDS'
  | 'REPORTED_BY'
  | 'REPORTS'
  | 'REPRESENTS'
  | 'SPOKE_ON';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** For paragraphs, statements, observations and statistics: where the text stands. */
  citation: Maybe<Citation>;
  /** The property that matched: text, description, name, acronym or title. */
  field: Scalars['String']['output'];
  /** Where the query's words stand in `snippet`, for highlighting. */
  highlights: Array<TextRange>;
  node: GraphNode;
  /** Lucene relevance; higher is better. */
  score: Scalars['Float']['output'];
  /** Up to ~240 characters of the matched text around the first match. */
  snippet: Scalars['String']['output'];
};

export type SearchMode =
  /** Raw Lucene query syntax (AND, OR, "…", fuzzy~, prefix*). */
  | 'LUCENE'
  /** The words in this order. */
  | 'PHRASE'
  /** Words, in any order; punctuation is ignored (Lucene syntax is escaped). */
  | 'WORDS';

export type Section = {
  __typename?: 'Section';
  document: Array<Document>;
  documentId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** As printed: I, II, A, 1. */
  number: Maybe<Scalars['String']['output']>;
  order: Maybe<Scalars['Int']['output']>;
  paragraphs: Array<Paragraph>;
  subsections: Array<Section>;
  title: Maybe<Scalars['String']['output']>;
};

export type Session = {
  __typename?: 'Session';
  dates: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  meetings: Array<Meeting>;
  name: Scalars['String']['output'];
  ordinal: Maybe<Scalars['Int']['output']>;
  workingGroup: Array<WorkingGroup>;
};

export type Speaker = Organization | Person | Place;

/** A group an observation addresses that is no single organization, e.g. "States parties". */
export type StakeholderGroup = {
  __typename?: 'StakeholderGroup';
  addressedBy: Array<Observation>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What one speaker (or a group: "several speakers") said in one paragraph. */
export type Statement = {
  __typename?: 'Statement';
  /** Where this statement was read: document, paragraph, text, ready citation and the quoted words. */
  citations: Array<Citation>;
  confidence: Maybe<Scalars['Float']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  /** The Co-Chairs' observations that echo this statement. */
  echoedBy: Array<Observation>;
  evidence: Array<Paragraph>;
  id: Scalars['ID']['output'];
  in: Array<StatementContext>;
  madeBy: Array<Speaker>;
  mentions: Array<MentionTarget>;
  method: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  paragraphNumber: Maybe<Scalars['String']['output']>;
  /** one | a | some | several | many | participants, for anonymous speakers. */
  quantifier: Maybe<Scalars['String']['output']>;
  reports: Array<Statistic>;
  /** panellist | chair | secretariat | participant | state | organization */
  speakerKind: Maybe<Scalars['String']['output']>;
  /** The speaker as written, e.g. "The panellist from the Mixed Migration Centre (MMC)". */
  speakerSurface: Maybe<Scalars['String']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

export type StatementContext = AgendaItem | Panel;

/** A statement in a short form for tables: who, what, where. */
export type StatementSummary = {
  __typename?: 'StatementSummary';
  citation: Maybe<Citation>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  quantifier: Maybe<Scalars['String']['output']>;
  speakerKind: Maybe<Scalars['String']['output']>;
  /** The speakers as resolved (persons, organizations, States), by name. */
  speakers: Array<Scalars['String']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

/** A number reported in the text, with what it measures and who reported it. */
export type Statistic = {
  __typename?: 'Statistic';
  /** Where this figure was read. */
  citations: Array<Citation>;
  description: Maybe<Scalars['String']['output']>;
  documentId: Maybe<Scalars['String']['output']>;
  evidence: Array<Paragraph>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  population: Maybe<Scalars['String']['output']>;
  reportedBy: Array<Organization>;
  reportedIn: Array<Statement>;
  /** %, interviews, States… */
  unit: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

export type SubscriptionEvent =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type TextRange = {
  __typename?: 'TextRange';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** *For use in the @timestamp directive only* */
export type TimestampOperation =
  | 'CREATE'
  | 'UPDATE';

/** A subject put to a panel, or a lettered discussion point of an agenda item. */
export type Topic = {
  __typename?: 'Topic';
  agendaItems: Array<AgendaItem>;
  id: Scalars['ID']['output'];
  /** panel-topic | discussion-point | section-theme */
  kind: Maybe<Scalars['String']['output']>;
  /** The (a)/(b) label as printed, without parentheses. */
  label: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  panels: Array<Panel>;
  text: Maybe<Scalars['String']['output']>;
};

export type Traceability = {
  __typename?: 'Traceability';
  observations: Array<ObservationTrace>;
  /** Stakeholder statements that no observation draws on (at or above `minScore`). */
  untakenInputs: Array<StatementSummary>;
};

export type VectorInput = {
  embeddingProperty: Scalars['String']['input'];
  indexName: Scalars['String']['input'];
  /** The maximum length, in characters, of the phrase argument accepted by queries against this index. Phrases longer than this are rejected before any database or embedding provider call is made. */
  maxPhraseLength?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<VectorProvider>;
  queryName: Scalars['String']['input'];
};

/** *For use in the @vector directive only */
export type VectorProvider =
  | 'AZURE_OPEN_AI'
  | 'BEDROCK'
  | 'OPEN_AI'
  | 'VERTEX_AI';

export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sessions: Array<Session>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Addressee:
    | ( Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<_RefType['Observation']>, affiliates: Array<_RefType['Person']>, mentionedIn: Array<_RefType['Mentioner']>, participatedIn: Array<_RefType['MeetingHub']>, representatives: Array<_RefType['Person']>, statements: Array<_RefType['Statement']>, statistics: Array<_RefType['Statistic']> } )
    | ( Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<_RefType['Observation']>, mentionedIn: Array<_RefType['Mentioner']>, recommended: Array<_RefType['Observation']>, statements: Array<_RefType['Statement']> } )
    | ( Omit<StakeholderGroup, 'addressedBy'> & { addressedBy: Array<_RefType['Observation']> } )
  ;
  Evidenced:
    | ( Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedByPlaces'> & { addressedTo: Array<_RefType['Addressee']>, drawsOn: Array<_RefType['Statement']>, evidence: Array<_RefType['Paragraph']>, meeting: Array<_RefType['MeetingHub']>, mentions: Array<_RefType['MentionTarget']>, recommendedByPlaces: Array<_RefType['Place']> } )
    | ( Omit<Statement, 'echoedBy' | 'evidence' | 'in' | 'madeBy' | 'mentions' | 'reports'> & { echoedBy: Array<_RefType['Observation']>, evidence: Array<_RefType['Paragraph']>, in: Array<_RefType['StatementContext']>, madeBy: Array<_RefType['Speaker']>, mentions: Array<_RefType['MentionTarget']>, reports: Array<_RefType['Statistic']> } )
    | ( Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<_RefType['Paragraph']>, reportedBy: Array<_RefType['Organization']>, reportedIn: Array<_RefType['Statement']> } )
  ;
  MeetingHub:
    | ( Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<_RefType['Footnote']>, paragraphs: Array<_RefType['Paragraph']>, records: Array<_RefType['Meeting']>, sections: Array<_RefType['Section']> } )
    | ( Omit<Meeting, 'agendaItems' | 'chairs' | 'document' | 'follows' | 'observations' | 'panels' | 'participants'> & { agendaItems: Array<_RefType['AgendaItem']>, chairs: Array<_RefType['Person']>, document: Array<_RefType['Document']>, follows: Array<_RefType['Session']>, observations: Array<_RefType['Observation']>, panels: Array<_RefType['Panel']>, participants: Array<_RefType['Participant']> } )
  ;
  MentionTarget:
    | ( Omit<Concept, 'mentionedIn'> & { mentionedIn: Array<_RefType['Mentioner']> } )
    | ( Omit<DriverOfMigration, 'mentionedIn'> & { mentionedIn: Array<_RefType['Mentioner']> } )
    | ( Omit<Instrument, 'mentionedIn'> & { mentionedIn: Array<_RefType['Mentioner']> } )
    | ( Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<_RefType['Observation']>, affiliates: Array<_RefType['Person']>, mentionedIn: Array<_RefType['Mentioner']>, participatedIn: Array<_RefType['MeetingHub']>, representatives: Array<_RefType['Person']>, statements: Array<_RefType['Statement']>, statistics: Array<_RefType['Statistic']> } )
    | ( Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<_RefType['Observation']>, mentionedIn: Array<_RefType['Mentioner']>, recommended: Array<_RefType['Observation']>, statements: Array<_RefType['Statement']> } )
    | ( Omit<Project, 'mentionedIn'> & { mentionedIn: Array<_RefType['Mentioner']> } )
  ;
  Mentioner:
    | ( Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedByPlaces'> & { addressedTo: Array<_RefType['Addressee']>, drawsOn: Array<_RefType['Statement']>, evidence: Array<_RefType['Paragraph']>, meeting: Array<_RefType['MeetingHub']>, mentions: Array<_RefType['MentionTarget']>, recommendedByPlaces: Array<_RefType['Place']> } )
    | ( Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'previous' | 'section' | 'subparagraphs'> & { document: Array<_RefType['Document']>, facts: Array<_RefType['Evidenced']>, footnotes: Array<_RefType['Footnote']>, mentions: Array<_RefType['MentionTarget']>, next: Array<_RefType['Paragraph']>, previous: Array<_RefType['Paragraph']>, section: Array<_RefType['Section']>, subparagraphs: Array<_RefType['Paragraph']> } )
    | ( Omit<Statement, 'echoedBy' | 'evidence' | 'in' | 'madeBy' | 'mentions' | 'reports'> & { echoedBy: Array<_RefType['Observation']>, evidence: Array<_RefType['Paragraph']>, in: Array<_RefType['StatementContext']>, madeBy: Array<_RefType['Speaker']>, mentions: Array<_RefType['MentionTarget']>, reports: Array<_RefType['Statistic']> } )
  ;
  PanelOwner:
    | ( Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting: Array<_RefType['MeetingHub']>, panels: Array<_RefType['Panel']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
    | ( Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<_RefType['Footnote']>, paragraphs: Array<_RefType['Paragraph']>, records: Array<_RefType['Meeting']>, sections: Array<_RefType['Section']> } )
    | ( Omit<Meeting, 'agendaItems' | 'chairs' | 'document' | 'follows' | 'observations' | 'panels' | 'participants'> & { agendaItems: Array<_RefType['AgendaItem']>, chairs: Array<_RefType['Person']>, document: Array<_RefType['Document']>, follows: Array<_RefType['Session']>, observations: Array<_RefType['Observation']>, panels: Array<_RefType['Panel']>, participants: Array<_RefType['Participant']> } )
  ;
  Participant:
    | ( Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<_RefType['Observation']>, affiliates: Array<_RefType['Person']>, mentionedIn: Array<_RefType['Mentioner']>, participatedIn: Array<_RefType['MeetingHub']>, representatives: Array<_RefType['Person']>, statements: Array<_RefType['Statement']>, statistics: Array<_RefType['Statistic']> } )
    | ( Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<_RefType['Observation']>, mentionedIn: Array<_RefType['Mentioner']>, recommended: Array<_RefType['Observation']>, statements: Array<_RefType['Statement']> } )
  ;
  Speaker:
    | ( Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<_RefType['Observation']>, affiliates: Array<_RefType['Person']>, mentionedIn: Array<_RefType['Mentioner']>, participatedIn: Array<_RefType['MeetingHub']>, representatives: Array<_RefType['Person']>, statements: Array<_RefType['Statement']>, statistics: Array<_RefType['Statistic']> } )
    | ( Omit<Person, 'affiliatedWith' | 'chaired' | 'represents' | 'spokeOn' | 'statements'> & { affiliatedWith: Array<_RefType['Organization']>, chaired: Array<_RefType['MeetingHub']>, represents: Array<_RefType['Organization']>, spokeOn: Array<_RefType['Panel']>, statements: Array<_RefType['Statement']> } )
    | ( Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<_RefType['Observation']>, mentionedIn: Array<_RefType['Mentioner']>, recommended: Array<_RefType['Observation']>, statements: Array<_RefType['Statement']> } )
  ;
  StatementContext:
    | ( Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting: Array<_RefType['MeetingHub']>, panels: Array<_RefType['Panel']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
    | ( Omit<Panel, 'owner' | 'panellists' | 'statements' | 'topics'> & { owner: Array<_RefType['PanelOwner']>, panellists: Array<_RefType['Person']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Addressee: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Addressee']>;
  Affiliation: ResolverTypeWrapper<Affiliation>;
  AgendaItem: ResolverTypeWrapper<Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting: Array<ResolversTypes['MeetingHub']>, panels: Array<ResolversTypes['Panel']>, statements: Array<ResolversTypes['Statement']>, topics: Array<ResolversTypes['Topic']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AxisEntry: ResolverTypeWrapper<AxisEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chairing: ResolverTypeWrapper<Chairing>;
  Citation: ResolverTypeWrapper<Citation>;
  Concept: ResolverTypeWrapper<Omit<Concept, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  CurationResult: ResolverTypeWrapper<CurationResult>;
  Document: ResolverTypeWrapper<Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<ResolversTypes['Footnote']>, paragraphs: Array<ResolversTypes['Paragraph']>, records: Array<ResolversTypes['Meeting']>, sections: Array<ResolversTypes['Section']> }>;
  DrawsOn: ResolverTypeWrapper<DrawsOn>;
  DrawsOnLink: ResolverTypeWrapper<DrawsOnLink>;
  DriverOfMigration: ResolverTypeWrapper<Omit<DriverOfMigration, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  DriverRanking: ResolverTypeWrapper<DriverRanking>;
  EngagementCell: ResolverTypeWrapper<EngagementCell>;
  EngagementMatrix: ResolverTypeWrapper<EngagementMatrix>;
  Evidence: ResolverTypeWrapper<Evidence>;
  Evidenced: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Evidenced']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<Footnote>;
  FulltextInput: FulltextInput;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphView: ResolverTypeWrapper<GraphView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Instrument: ResolverTypeWrapper<Omit<Instrument, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Meeting: ResolverTypeWrapper<Omit<Meeting, 'agendaItems' | 'chairs' | 'document' | 'follows' | 'observations' | 'panels' | 'participants'> & { agendaItems: Array<ResolversTypes['AgendaItem']>, chairs: Array<ResolversTypes['Person']>, document: Array<ResolversTypes['Document']>, follows: Array<ResolversTypes['Session']>, observations: Array<ResolversTypes['Observation']>, panels: Array<ResolversTypes['Panel']>, participants: Array<ResolversTypes['Participant']> }>;
  MeetingHub: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MeetingHub']>;
  Mention: ResolverTypeWrapper<Mention>;
  MentionTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MentionTarget']>;
  Mentioner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Mentioner']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationFields: MutationFields;
  NodeDetail: ResolverTypeWrapper<NodeDetail>;
  NodeLabel: NodeLabel;
  Observation: ResolverTypeWrapper<Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedByPlaces'> & { addressedTo: Array<ResolversTypes['Addressee']>, drawsOn: Array<ResolversTypes['Statement']>, evidence: Array<ResolversTypes['Paragraph']>, meeting: Array<ResolversTypes['MeetingHub']>, mentions: Array<ResolversTypes['MentionTarget']>, recommendedByPlaces: Array<ResolversTypes['Place']> }>;
  ObservationTrace: ResolverTypeWrapper<ObservationTrace>;
  Organization: ResolverTypeWrapper<Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<ResolversTypes['Observation']>, affiliates: Array<ResolversTypes['Person']>, mentionedIn: Array<ResolversTypes['Mentioner']>, participatedIn: Array<ResolversTypes['MeetingHub']>, representatives: Array<ResolversTypes['Person']>, statements: Array<ResolversTypes['Statement']>, statistics: Array<ResolversTypes['Statistic']> }>;
  Panel: ResolverTypeWrapper<Omit<Panel, 'owner' | 'panellists' | 'statements' | 'topics'> & { owner: Array<ResolversTypes['PanelOwner']>, panellists: Array<ResolversTypes['Person']>, statements: Array<ResolversTypes['Statement']>, topics: Array<ResolversTypes['Topic']> }>;
  PanelOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PanelOwner']>;
  PanelSeat: ResolverTypeWrapper<PanelSeat>;
  Paragraph: ResolverTypeWrapper<Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'previous' | 'section' | 'subparagraphs'> & { document: Array<ResolversTypes['Document']>, facts: Array<ResolversTypes['Evidenced']>, footnotes: Array<ResolversTypes['Footnote']>, mentions: Array<ResolversTypes['MentionTarget']>, next: Array<ResolversTypes['Paragraph']>, previous: Array<ResolversTypes['Paragraph']>, section: Array<ResolversTypes['Section']>, subparagraphs: Array<ResolversTypes['Paragraph']> }>;
  Participant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Participant']>;
  Participation: ResolverTypeWrapper<Participation>;
  Person: ResolverTypeWrapper<Omit<Person, 'affiliatedWith' | 'chaired' | 'represents' | 'spokeOn' | 'statements'> & { affiliatedWith: Array<ResolversTypes['Organization']>, chaired: Array<ResolversTypes['MeetingHub']>, represents: Array<ResolversTypes['Organization']>, spokeOn: Array<ResolversTypes['Panel']>, statements: Array<ResolversTypes['Statement']> }>;
  Place: ResolverTypeWrapper<Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<ResolversTypes['Observation']>, mentionedIn: Array<ResolversTypes['Mentioner']>, recommended: Array<ResolversTypes['Observation']>, statements: Array<ResolversTypes['Statement']> }>;
  PopulatedByOperation: PopulatedByOperation;
  Project: ResolverTypeWrapper<Omit<Project, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipDirection: RelationshipDirection;
  RelationshipNestedOperations: RelationshipNestedOperations;
  RelationshipQueryDirection: RelationshipQueryDirection;
  RelationshipType: RelationshipType;
  ScalarOrEnum: ResolverTypeWrapper<Scalars['ScalarOrEnum']['output']>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchMode: SearchMode;
  Section: ResolverTypeWrapper<Omit<Section, 'document' | 'paragraphs' | 'subsections'> & { document: Array<ResolversTypes['Document']>, paragraphs: Array<ResolversTypes['Paragraph']>, subsections: Array<ResolversTypes['Section']> }>;
  SelectionSet: ResolverTypeWrapper<Scalars['SelectionSet']['output']>;
  Session: ResolverTypeWrapper<Omit<Session, 'meetings' | 'workingGroup'> & { meetings: Array<ResolversTypes['Meeting']>, workingGroup: Array<ResolversTypes['WorkingGroup']> }>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  StakeholderGroup: ResolverTypeWrapper<Omit<StakeholderGroup, 'addressedBy'> & { addressedBy: Array<ResolversTypes['Observation']> }>;
  Statement: ResolverTypeWrapper<Omit<Statement, 'echoedBy' | 'evidence' | 'in' | 'madeBy' | 'mentions' | 'reports'> & { echoedBy: Array<ResolversTypes['Observation']>, evidence: Array<ResolversTypes['Paragraph']>, in: Array<ResolversTypes['StatementContext']>, madeBy: Array<ResolversTypes['Speaker']>, mentions: Array<ResolversTypes['MentionTarget']>, reports: Array<ResolversTypes['Statistic']> }>;
  StatementContext: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StatementContext']>;
  StatementSummary: ResolverTypeWrapper<StatementSummary>;
  Statistic: ResolverTypeWrapper<Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<ResolversTypes['Paragraph']>, reportedBy: Array<ResolversTypes['Organization']>, reportedIn: Array<ResolversTypes['Statement']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubscriptionEvent: SubscriptionEvent;
  TextRange: ResolverTypeWrapper<TextRange>;
  TimestampOperation: TimestampOperation;
  Topic: ResolverTypeWrapper<Omit<Topic, 'agendaItems' | 'panels'> & { agendaItems: Array<ResolversTypes['AgendaItem']>, panels: Array<ResolversTypes['Panel']> }>;
  Traceability: ResolverTypeWrapper<TraceabilityFilter>;
  VectorInput: VectorInput;
  VectorProvider: VectorProvider;
  WorkingGroup: ResolverTypeWrapper<Omit<WorkingGroup, 'sessions'> & { sessions: Array<ResolversTypes['Session']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Addressee: ResolversUnionTypes<ResolversParentTypes>['Addressee'];
  Affiliation: Affiliation;
  AgendaItem: Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting: Array<ResolversParentTypes['MeetingHub']>, panels: Array<ResolversParentTypes['Panel']>, statements: Array<ResolversParentTypes['Statement']>, topics: Array<ResolversParentTypes['Topic']> };
  AuditEntry: AuditEntry;
  AxisEntry: AxisEntry;
  Boolean: Scalars['Boolean']['output'];
  Chairing: Chairing;
  Citation: Citation;
  Concept: Omit<Concept, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  CurationResult: CurationResult;
  Document: Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<ResolversParentTypes['Footnote']>, paragraphs: Array<ResolversParentTypes['Paragraph']>, records: Array<ResolversParentTypes['Meeting']>, sections: Array<ResolversParentTypes['Section']> };
  DrawsOn: DrawsOn;
  DrawsOnLink: DrawsOnLink;
  DriverOfMigration: Omit<DriverOfMigration, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  DriverRanking: DriverRanking;
  EngagementCell: EngagementCell;
  EngagementMatrix: EngagementMatrix;
  Evidence: Evidence;
  Evidenced: ResolversUnionTypes<ResolversParentTypes>['Evidenced'];
  Float: Scalars['Float']['output'];
  Footnote: Footnote;
  FulltextInput: FulltextInput;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphView: GraphView;
  ID: Scalars['ID']['output'];
  IngestResult: IngestResult;
  Instrument: Omit<Instrument, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Meeting: Omit<Meeting, 'agendaItems' | 'chairs' | 'document' | 'follows' | 'observations' | 'panels' | 'participants'> & { agendaItems: Array<ResolversParentTypes['AgendaItem']>, chairs: Array<ResolversParentTypes['Person']>, document: Array<ResolversParentTypes['Document']>, follows: Array<ResolversParentTypes['Session']>, observations: Array<ResolversParentTypes['Observation']>, panels: Array<ResolversParentTypes['Panel']>, participants: Array<ResolversParentTypes['Participant']> };
  MeetingHub: ResolversUnionTypes<ResolversParentTypes>['MeetingHub'];
  Mention: Mention;
  MentionTarget: ResolversUnionTypes<ResolversParentTypes>['MentionTarget'];
  Mentioner: ResolversUnionTypes<ResolversParentTypes>['Mentioner'];
  Mutation: Record<PropertyKey, never>;
  NodeDetail: NodeDetail;
  Observation: Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedByPlaces'> & { addressedTo: Array<ResolversParentTypes['Addressee']>, drawsOn: Array<ResolversParentTypes['Statement']>, evidence: Array<ResolversParentTypes['Paragraph']>, meeting: Array<ResolversParentTypes['MeetingHub']>, mentions: Array<ResolversParentTypes['MentionTarget']>, recommendedByPlaces: Array<ResolversParentTypes['Place']> };
  ObservationTrace: ObservationTrace;
  Organization: Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<ResolversParentTypes['Observation']>, affiliates: Array<ResolversParentTypes['Person']>, mentionedIn: Array<ResolversParentTypes['Mentioner']>, participatedIn: Array<ResolversParentTypes['MeetingHub']>, representatives: Array<ResolversParentTypes['Person']>, statements: Array<ResolversParentTypes['Statement']>, statistics: Array<ResolversParentTypes['Statistic']> };
  Panel: Omit<Panel, 'owner' | 'panellists' | 'statements' | 'topics'> & { owner: Array<ResolversParentTypes['PanelOwner']>, panellists: Array<ResolversParentTypes['Person']>, statements: Array<ResolversParentTypes['Statement']>, topics: Array<ResolversParentTypes['Topic']> };
  PanelOwner: ResolversUnionTypes<ResolversParentTypes>['PanelOwner'];
  PanelSeat: PanelSeat;
  Paragraph: Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'previous' | 'section' | 'subparagraphs'> & { document: Array<ResolversParentTypes['Document']>, facts: Array<ResolversParentTypes['Evidenced']>, footnotes: Array<ResolversParentTypes['Footnote']>, mentions: Array<ResolversParentTypes['MentionTarget']>, next: Array<ResolversParentTypes['Paragraph']>, previous: Array<ResolversParentTypes['Paragraph']>, section: Array<ResolversParentTypes['Section']>, subparagraphs: Array<ResolversParentTypes['Paragraph']> };
  Participant: ResolversUnionTypes<ResolversParentTypes>['Participant'];
  Participation: Participation;
  Person: Omit<Person, 'affiliatedWith' | 'chaired' | 'represents' | 'spokeOn' | 'statements'> & { affiliatedWith: Array<ResolversParentTypes['Organization']>, chaired: Array<ResolversParentTypes['MeetingHub']>, represents: Array<ResolversParentTypes['Organization']>, spokeOn: Array<ResolversParentTypes['Panel']>, statements: Array<ResolversParentTypes['Statement']> };
  Place: Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<ResolversParentTypes['Observation']>, mentionedIn: Array<ResolversParentTypes['Mentioner']>, recommended: Array<ResolversParentTypes['Observation']>, statements: Array<ResolversParentTypes['Statement']> };
  Project: Omit<Project, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  ScalarOrEnum: Scalars['ScalarOrEnum']['output'];
  SearchHit: SearchHit;
  Section: Omit<Section, 'document' | 'paragraphs' | 'subsections'> & { document: Array<ResolversParentTypes['Document']>, paragraphs: Array<ResolversParentTypes['Paragraph']>, subsections: Array<ResolversParentTypes['Section']> };
  SelectionSet: Scalars['SelectionSet']['output'];
  Session: Omit<Session, 'meetings' | 'workingGroup'> & { meetings: Array<ResolversParentTypes['Meeting']>, workingGroup: Array<ResolversParentTypes['WorkingGroup']> };
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  StakeholderGroup: Omit<StakeholderGroup, 'addressedBy'> & { addressedBy: Array<ResolversParentTypes['Observation']> };
  Statement: Omit<Statement, 'echoedBy' | 'evidence' | 'in' | 'madeBy' | 'mentions' | 'reports'> & { echoedBy: Array<ResolversParentTypes['Observation']>, evidence: Array<ResolversParentTypes['Paragraph']>, in: Array<ResolversParentTypes['StatementContext']>, madeBy: Array<ResolversParentTypes['Speaker']>, mentions: Array<ResolversParentTypes['MentionTarget']>, reports: Array<ResolversParentTypes['Statistic']> };
  StatementContext: ResolversUnionTypes<ResolversParentTypes>['StatementContext'];
  StatementSummary: StatementSummary;
  Statistic: Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<ResolversParentTypes['Paragraph']>, reportedBy: Array<ResolversParentTypes['Organization']>, reportedIn: Array<ResolversParentTypes['Statement']> };
  String: Scalars['String']['output'];
  TextRange: TextRange;
  Topic: Omit<Topic, 'agendaItems' | 'panels'> & { agendaItems: Array<ResolversParentTypes['AgendaItem']>, panels: Array<ResolversParentTypes['Panel']> };
  Traceability: TraceabilityFilter;
  VectorInput: VectorInput;
  WorkingGroup: Omit<WorkingGroup, 'sessions'> & { sessions: Array<ResolversParentTypes['Session']> };
};

export type AliasDirectiveArgs = {
  property: Scalars['String']['input'];
};

export type AliasDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = AliasDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CoalesceDirectiveArgs = {
  value: Scalars['ScalarOrEnum']['input'];
};

export type CoalesceDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = CoalesceDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CustomResolverDirectiveArgs = {
  requires?: Maybe<Scalars['SelectionSet']['input']>;
};

export type CustomResolverDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = CustomResolverDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CypherDirectiveArgs = {
  columnName: Scalars['String']['input'];
  statement: Scalars['String']['input'];
};

export type CypherDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = CypherDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type DeclareRelationshipDirectiveArgs = {
  aggregate?: Maybe<Scalars['Boolean']['input']>;
  nestedOperations?: Array<RelationshipNestedOperations>;
};

export type DeclareRelationshipDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = DeclareRelationshipDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type DefaultDirectiveArgs = {
  value: Scalars['ScalarOrEnum']['input'];
};

export type DefaultDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = DefaultDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type FilterableDirectiveArgs = {
  byAggregate?: Scalars['Boolean']['input'];
  byValue?: Scalars['Boolean']['input'];
};

export type FilterableDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = FilterableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type FulltextDirectiveArgs = {
  indexes: Array<Maybe<FulltextInput>>;
};

export type FulltextDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = FulltextDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type GroupByDirectiveArgs = { };

export type GroupByDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = GroupByDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type IdDirectiveArgs = { };

export type IdDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = IdDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type JwtDirectiveArgs = { };

export type JwtDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = JwtDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type JwtClaimDirectiveArgs = {
  path: Scalars['String']['input'];
};

export type JwtClaimDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = JwtClaimDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LimitDirectiveArgs = {
  default?: Maybe<Scalars['Int']['input']>;
  max?: Maybe<Scalars['Int']['input']>;
};

export type LimitDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = LimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MutationDirectiveArgs = {
  operations?: Array<Maybe<MutationFields>>;
};

export type MutationDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = MutationDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NodeDirectiveArgs = {
  labels?: Maybe<Array<Scalars['String']['input']>>;
};

export type NodeDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = NodeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PluralDirectiveArgs = {
  value: Scalars['String']['input'];
};

export type PluralDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = PluralDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PopulatedByDirectiveArgs = {
  callback: Scalars['String']['input'];
  operations?: Array<PopulatedByOperation>;
};

export type PopulatedByDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = PopulatedByDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type QueryDirectiveArgs = {
  aggregate?: Scalars['Boolean']['input'];
  connection?: Maybe<Scalars['Boolean']['input']>;
  read?: Scalars['Boolean']['input'];
};

export type QueryDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = QueryDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RelationshipDirectiveArgs = {
  aggregate?: Maybe<Scalars['Boolean']['input']>;
  direction: RelationshipDirection;
  nestedOperations?: Array<RelationshipNestedOperations>;
  properties?: Maybe<Scalars['String']['input']>;
  queryDirection?: Maybe<RelationshipQueryDirection>;
  type: Scalars['String']['input'];
};

export type RelationshipDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = RelationshipDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RelationshipPropertiesDirectiveArgs = { };

export type RelationshipPropertiesDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = RelationshipPropertiesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RelayIdDirectiveArgs = { };

export type RelayIdDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = RelayIdDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SelectableDirectiveArgs = {
  onAggregate?: Scalars['Boolean']['input'];
  onRead?: Scalars['Boolean']['input'];
};

export type SelectableDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = SelectableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SettableDirectiveArgs = {
  onCreate?: Scalars['Boolean']['input'];
  onUpdate?: Scalars['Boolean']['input'];
};

export type SettableDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = SettableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SortableDirectiveArgs = {
  byValue?: Scalars['Boolean']['input'];
};

export type SortableDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = SortableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SubscriptionDirectiveArgs = {
  events?: Array<Maybe<SubscriptionEvent>>;
};

export type SubscriptionDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = SubscriptionDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TimestampDirectiveArgs = {
  operations?: Array<TimestampOperation>;
};

export type TimestampDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = TimestampDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type VectorDirectiveArgs = {
  indexes: Array<Maybe<VectorInput>>;
};

export type VectorDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = VectorDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddresseeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Addressee'] = ResolversParentTypes['Addressee']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Place' | 'StakeholderGroup', ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Array<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  undoes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AxisEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AxisEntry'] = ResolversParentTypes['AxisEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChairingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Chairing'] = ResolversParentTypes['Chairing']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConceptResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = {
  altLabels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<ConceptCitationsArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CurationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CurationResult'] = ResolversParentTypes['CurationResult']> = {
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  sourceFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DrawsOnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DrawsOn'] = ResolversParentTypes['DrawsOn']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shared?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type DrawsOnLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DrawsOnLink'] = ResolversParentTypes['DrawsOnLink']> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StatementSummary'], ParentType, ContextType>;
};

export type DriverOfMigrationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DriverOfMigration'] = ResolversParentTypes['DriverOfMigration']> = {
  altLabels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<DriverOfMigrationCitationsArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DriverRankingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DriverRanking'] = ResolversParentTypes['DriverRanking']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  driver?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raisedIn?: Resolver<Array<ResolversTypes['StatementSummary']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speakers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EngagementCellResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EngagementCell'] = ResolversParentTypes['EngagementCell']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['StatementSummary']>, ParentType, ContextType>;
};

export type EngagementMatrixResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EngagementMatrix'] = ResolversParentTypes['EngagementMatrix']> = {
  cells?: Resolver<Array<ResolversTypes['EngagementCell']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['AxisEntry']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AxisEntry']>, ParentType, ContextType>;
  totalStatements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EvidencedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidenced'] = ResolversParentTypes['Evidenced']> = {
  __resolveType: TypeResolveFn<'Observation' | 'Statement' | 'Statistic', ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  academiaCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<MeetingCitationsArgs, 'limit'>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegationCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  document?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberStateCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ngoCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  otherStakeholderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  privateSectorCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingHubResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingHub'] = ResolversParentTypes['MeetingHub']> = {
  __resolveType: TypeResolveFn<'Document' | 'Meeting', ParentType, ContextType>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  surface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentionTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionTarget'] = ResolversParentTypes['MentionTarget']> = {
  __resolveType: TypeResolveFn<'Concept' | 'DriverOfMigration' | 'Instrument' | 'Organization' | 'Place' | 'Project', ParentType, ContextType>;
};

export type MentionerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mentioner'] = ResolversParentTypes['Mentioner']> = {
  __resolveType: TypeResolveFn<'Observation' | 'Paragraph' | 'Statement', ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  correctNode?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationCorrectNodeArgs, 'id' | 'set'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'filename' | 'text'>>;
  mergeOrganizations?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'absorb' | 'keep'>>;
  removeFact?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationRemoveFactArgs, 'id'>>;
  undo?: Resolver<ResolversTypes['CurationResult'], ParentType, ContextType, RequireFields<MutationUndoArgs, 'auditId'>>;
};

export type NodeDetailResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NodeDetail'] = ResolversParentTypes['NodeDetail']> = {
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  neighbours?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressedTo?: Resolver<Array<ResolversTypes['Addressee']>, ParentType, ContextType>;
  addressees?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drawsOn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Array<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendedBy?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  recommendedByPlaces?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObservationTraceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ObservationTrace'] = ResolversParentTypes['ObservationTrace']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  drawsOn?: Resolver<Array<ResolversTypes['DrawsOnLink']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  affiliates?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  aliases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<OrganizationCitationsArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participatedIn?: Resolver<Array<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  representatives?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PanelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Panel'] = ResolversParentTypes['Panel']> = {
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  owner?: Resolver<Array<ResolversTypes['PanelOwner']>, ParentType, ContextType>;
  panellists?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PanelOwnerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PanelOwner'] = ResolversParentTypes['PanelOwner']> = {
  __resolveType: TypeResolveFn<'AgendaItem' | 'Document' | 'Meeting', ParentType, ContextType>;
};

export type PanelSeatResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PanelSeat'] = ResolversParentTypes['PanelSeat']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Evidenced']>, ParentType, ContextType>;
  footnoteRefs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  next?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previous?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  section?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  subparagraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Place', ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  statements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliatedWith?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  anonymous?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  chaired?: Resolver<Array<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<PersonCitationsArgs, 'limit'>>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  honorific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pronoun?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  represents?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  spokeOn?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommended?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  driversOfMigration?: Resolver<Array<ResolversTypes['DriverRanking']>, ParentType, ContextType, Partial<QueryDriversOfMigrationArgs>>;
  engagementByKindAndAgendaItem?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType, RequireFields<QueryEngagementByKindAndAgendaItemArgs, 'includeUnattributed'>>;
  engagementByMeeting?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType>;
  engagementByTopic?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType, Partial<QueryEngagementByTopicArgs>>;
  neighbourhood?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['NodeDetail']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'edgeLimit' | 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'mode' | 'query'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  traceability?: Resolver<ResolversTypes['Traceability'], ParentType, ContextType, RequireFields<QueryTraceabilityArgs, 'minScore'>>;
};

export interface ScalarOrEnumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['ScalarOrEnum'], any> {
  name: 'ScalarOrEnum';
}

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  document?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  subsections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface SelectionSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SelectionSet'], any> {
  name: 'SelectionSet';
}

export type SessionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  dates?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workingGroup?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
};

export type SpeakerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type StakeholderGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakeholderGroup'] = ResolversParentTypes['StakeholderGroup']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  echoedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  in?: Resolver<Array<ResolversTypes['StatementContext']>, ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['Speaker']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  speakerKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerSurface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementContext'] = ResolversParentTypes['StatementContext']> = {
  __resolveType: TypeResolveFn<'AgendaItem' | 'Panel', ParentType, ContextType>;
};

export type StatementSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementSummary'] = ResolversParentTypes['StatementSummary']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatisticResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  reportedIn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextRangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TraceabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Traceability'] = ResolversParentTypes['Traceability']> = {
  observations?: Resolver<Array<ResolversTypes['ObservationTrace']>, ParentType, ContextType>;
  untakenInputs?: Resolver<Array<ResolversTypes['StatementSummary']>, ParentType, ContextType>;
};

export type WorkingGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WorkingGroup'] = ResolversParentTypes['WorkingGroup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Addressee?: AddresseeResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AxisEntry?: AxisEntryResolvers<ContextType>;
  Chairing?: ChairingResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  CurationResult?: CurationResultResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DrawsOn?: DrawsOnResolvers<ContextType>;
  DrawsOnLink?: DrawsOnLinkResolvers<ContextType>;
  DriverOfMigration?: DriverOfMigrationResolvers<ContextType>;
  DriverRanking?: DriverRankingResolvers<ContextType>;
  EngagementCell?: EngagementCellResolvers<ContextType>;
  EngagementMatrix?: EngagementMatrixResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Evidenced?: EvidencedResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingHub?: MeetingHubResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionTarget?: MentionTargetResolvers<ContextType>;
  Mentioner?: MentionerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NodeDetail?: NodeDetailResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  ObservationTrace?: ObservationTraceResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Panel?: PanelResolvers<ContextType>;
  PanelOwner?: PanelOwnerResolvers<ContextType>;
  PanelSeat?: PanelSeatResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScalarOrEnum?: GraphQLScalarType;
  SearchHit?: SearchHitResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SelectionSet?: GraphQLScalarType;
  Session?: SessionResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  StakeholderGroup?: StakeholderGroupResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementContext?: StatementContextResolvers<ContextType>;
  StatementSummary?: StatementSummaryResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  Traceability?: TraceabilityResolvers<ContextType>;
  WorkingGroup?: WorkingGroupResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ApiContext> = {
  alias?: AliasDirectiveResolver<any, any, ContextType>;
  coalesce?: CoalesceDirectiveResolver<any, any, ContextType>;
  customResolver?: CustomResolverDirectiveResolver<any, any, ContextType>;
  cypher?: CypherDirectiveResolver<any, any, ContextType>;
  declareRelationship?: DeclareRelationshipDirectiveResolver<any, any, ContextType>;
  default?: DefaultDirectiveResolver<any, any, ContextType>;
  filterable?: FilterableDirectiveResolver<any, any, ContextType>;
  fulltext?: FulltextDirectiveResolver<any, any, ContextType>;
  groupBy?: GroupByDirectiveResolver<any, any, ContextType>;
  id?: IdDirectiveResolver<any, any, ContextType>;
  jwt?: JwtDirectiveResolver<any, any, ContextType>;
  jwtClaim?: JwtClaimDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
  mutation?: MutationDirectiveResolver<any, any, ContextType>;
  node?: NodeDirectiveResolver<any, any, ContextType>;
  plural?: PluralDirectiveResolver<any, any, ContextType>;
  populatedBy?: PopulatedByDirectiveResolver<any, any, ContextType>;
  query?: QueryDirectiveResolver<any, any, ContextType>;
  relationship?: RelationshipDirectiveResolver<any, any, ContextType>;
  relationshipProperties?: RelationshipPropertiesDirectiveResolver<any, any, ContextType>;
  relayId?: RelayIdDirectiveResolver<any, any, ContextType>;
  selectable?: SelectableDirectiveResolver<any, any, ContextType>;
  settable?: SettableDirectiveResolver<any, any, ContextType>;
  sortable?: SortableDirectiveResolver<any, any, ContextType>;
  subscription?: SubscriptionDirectiveResolver<any, any, ContextType>;
  timestamp?: TimestampDirectiveResolver<any, any, ContextType>;
  vector?: VectorDirectiveResolver<any, any, ContextType>;
};
