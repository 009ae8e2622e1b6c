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

/** Kinds of actor for counting who is heard. */
export type ActorKind =
  /** A university, research centre or academic network. */
  | 'ACADEMIA'
  /** A UN entity or another intergovernmental organization. */
  | 'INTERGOVERNMENTAL'
  /** Several organizations submitting together. */
  | 'JOINT_SUBMISSION'
  /** A non-governmental organization. */
  | 'NGO'
  /** A national human rights institution. */
  | 'NHRI'
  /** The text does not say who ("several speakers", a person of no known organization). */
  | 'NOT_STATED'
  /** An organization of none of these kinds. */
  | 'OTHER'
  /** A company or business association. */
  | 'PRIVATE_SECTOR'
  /** A State: its delegation, a State speaking, a government body. */
  | 'STATE';

/** Who is heard of one kind of actor. */
export type ActorKindCount = {
  __typename?: 'ActorKindCount';
  /** The kind of actor. */
  category: ActorKind;
  /** Distinct paragraphs of those statements. */
  paragraphs: Scalars['Int']['output'];
  /** Distinct actors (States, organizations; an anonymous speaker is one per statement). */
  participants: Scalars['Int']['output'];
  /** Statements with a voice of this kind. */
  statements: Scalars['Int']['output'];
};

/** An actor's meetings. */
export type ActorTimeline = {
  __typename?: 'ActorTimeline';
  /** Who. */
  actor: TimelineActor;
  /** Each meeting it took part in, oldest first. */
  entries: Array<TimelineEntry>;
  /** Date of its first meeting (ISO 8601), null when no meeting is dated. */
  firstSeen: Maybe<Scalars['String']['output']>;
  /** Date of its last meeting (ISO 8601). */
  lastSeen: Maybe<Scalars['String']['output']>;
};

/** Who an observation asks to act: an organization, a group of stakeholders, or a State. */
export type Addressee = Organization | Place | StakeholderGroup;

/** A person's tie to an organization or State, with the position held as written. */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document that states the tie. */
  documentId: Maybe<Scalars['String']['output']>;
  /** How the tie was read. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs that state it. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** Position as written, e.g. "Prosecutor". */
  position: Maybe<Scalars['String']['output']>;
};

/** An item of a meeting's agenda. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Stable id: the document's id and the item's number. */
  id: Scalars['ID']['output'];
  /** The meeting (or the document) the item is on the agenda of. */
  meeting: Maybe<MeetingHub>;
  /** "Agenda item <number>: <title>". */
  name: Scalars['String']['output'];
  /** The item's number as printed. */
  number: Maybe<Scalars['String']['output']>;
  /** The panels held under the item. */
  panels: Array<Panel>;
  /** Statements made under the item (not on one of its panels). */
  statements: Array<Statement>;
  /** The item's title as printed. */
  title: Maybe<Scalars['String']['output']>;
  /** The lettered discussion points under the item. */
  topics: Array<Topic>;
};

/** One actor at one meeting. */
export type Appearance = {
  __typename?: 'Appearance';
  /** Who. */
  actor: TimelineActor;
  /** The paragraphs that say so (a few per role). */
  citations: Array<Citation>;
  /** Its roles there: speaker, stakeholder submitting, panellist, chair, recommending State, reviewed State. */
  roles: Array<Scalars['String']['output']>;
  /** Statements it (or its panellists) made there, as far as the documents attribute them. */
  statements: Scalars['Int']['output'];
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
  /** Stable id of the entry. */
  id: Scalars['ID']['output'];
  /** A one-line summary of the write. */
  name: Scalars['String']['output'];
  /** Why, as the editor gave it. */
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

/** A row or column of an engagement matrix. */
export type AxisEntry = {
  __typename?: 'AxisEntry';
  /** Id of the node the row or column stands for (or of the kind, for rows by kind). */
  id: Scalars['ID']['output'];
  /** The organization's kind, the topic's kind… */
  kind: Maybe<Scalars['String']['output']>;
  /** What to print as its heading. */
  label: Scalars['String']['output'];
  /** Distinct statements in this row or column. */
  total: Scalars['Int']['output'];
};

/** Who chaired a meeting, and in what role as written. */
export type Chairing = {
  __typename?: 'Chairing';
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document that names the chair. */
  documentId: Maybe<Scalars['String']['output']>;
  /** How the chairing was read. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs that name them. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** The role(s) as written, comma-separated ("Co-Chair", "President"). */
  role: Maybe<Scalars['String']['output']>;
};

/** Where a fact was read. `citation` is ready to paste: "<document>, para. 22". */
export type Citation = {
  __typename?: 'Citation';
  /** Ready to paste: "<document>, para. 22", "<document>, note 1", "<document>, annex", "<document>, under “Heading”" or "<document>, title page". */
  citation: Scalars['String']['output'];
  /** Id of the document (a Document's `id`). */
  documentId: Scalars['String']['output'];
  /** The document's title (its full title when known, else its citation name). */
  documentTitle: Maybe<Scalars['String']['output']>;
  /** Where `quote` ends in `text` (exclusive), when the span was recorded. */
  end: Maybe<Scalars['Int']['output']>;
  /** Where in the document: the paragraph number as printed ("22", "121.3"), or the evidence key of another place: "fn1" for note 1, "annex-3" for an unnumbered block, "title-0" for a title-page line. */
  paragraph: Scalars['String']['output'];
  /** Id of the cited node, a Paragraph or a Footnote (to open it with `node`). */
  paragraphId: Scalars['ID']['output'];
  /** Which kind of place `paragraph` is: a numbered paragraph, a note, an unnumbered block (in an annex or in the body) or a title-page line. */
  place: CitationPlace;
  /** The words the fact was read from, when the extractor recorded a span. */
  quote: Maybe<Scalars['String']['output']>;
  /** Where `quote` starts in `text` (a character offset), when the span was recorded. */
  start: Maybe<Scalars['Int']['output']>;
  /** The cited text whole: the paragraph, note, unnumbered block or title line. */
  text: Scalars['String']['output'];
};

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

/** A theme from the curated vocabulary (non-liability principle, non-refoulement, corruption…). */
export type Concept = {
  __typename?: 'Concept';
  /** Other words for it that the texts use. */
  altLabels: Maybe<Array<Scalars['String']['output']>>;
  /** The vocabulary's grouping of the term. */
  category: Maybe<TermCategory>;
  /** The paragraphs that mention this concept, with the words used. */
  citations: Array<Citation>;
  /** Stable id: "concept:<slug>". */
  id: Scalars['ID']['output'];
  /** Paragraphs, statements and observations that name it. */
  mentionedIn: Array<Mentioner>;
  /** The preferred label. */
  name: Scalars['String']['output'];
  /** The preferred label. */
  prefLabel: Maybe<Scalars['String']['output']>;
};


/** A theme from the curated vocabulary (non-liability principle, non-refoulement, corruption…). */
export type ConceptCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A curation op that a re-ingest could not apply, and why. */
export type CurationConflict = {
  __typename?: 'CurationConflict';
  /** correctNode | mergeOrganizations | removeFact */
  action: Scalars['String']['output'];
  /** When the original write was made (ISO 8601). */
  at: Scalars['String']['output'];
  /** The AuditEntry of the original write (undo it to retire the op). */
  auditId: Scalars['ID']['output'];
  /** The CurationOp's id. */
  opId: Scalars['ID']['output'];
  /** Why it no longer applies. */
  reason: Scalars['String']['output'];
  /** Ids of the nodes (and edges) the op is about. */
  targets: Array<Scalars['String']['output']>;
  /** Who made the original write. */
  who: Scalars['String']['output'];
};

/**
 * A correction, merge or removal made through the API, kept on the stable ids it touched so that
 * every re-ingest of the documents it concerns applies it again (in the same transaction as the
 * load). `status`: active (in force), conflict (could not be applied at the last re-ingest;
 * `conflict` says why; tried again at every re-ingest), undone, superseded (a later correction of
 * the same node set every key again).
 */
export type CurationOp = {
  __typename?: 'CurationOp';
  /** correctNode | mergeOrganizations | removeFact */
  action: Scalars['String']['output'];
  /** ISO 8601 time of the write. */
  at: Scalars['String']['output'];
  /** The AuditEntry of the write. */
  auditId: Scalars['ID']['output'];
  /** When a re-ingest last applied or checked the op (ISO 8601). */
  checkedAt: Maybe<Scalars['String']['output']>;
  /** Why the op could not be applied at the last re-ingest (status conflict). */
  conflict: Maybe<Scalars['String']['output']>;
  /** Documents whose re-ingest applies the op again. */
  documentIds: Array<Scalars['String']['output']>;
  /** Stable id of the op (curation:<uuid>, the uuid of its AuditEntry). */
  id: Scalars['ID']['output'];
  /** For a correction: the property keys it sets. */
  keys: Maybe<Array<Scalars['String']['output']>>;
  /** JSON: what is applied again (for a correction, also the values the curator corrected). */
  payload: Scalars['String']['output'];
  /** Why, as the editor gave it. */
  reason: Maybe<Scalars['String']['output']>;
  /** active | conflict | undone | superseded */
  status: Scalars['String']['output'];
  /** For a superseded correction: the op that replaced it. */
  supersededBy: Maybe<Scalars['String']['output']>;
  /** Ids of the nodes (and edges) the op is about. */
  targets: Array<Scalars['String']['output']>;
  /** The editor key's name. */
  who: Scalars['String']['output'];
};

/** What a curation did: the audit entry it left and the node as it is now. */
export type CurationResult = {
  __typename?: 'CurationResult';
  /** The entry recording the write. */
  audit: AuditEntry;
  /** The node as it is now (null when removed). */
  node: Maybe<GraphNode>;
};

/** What ingesting a document again would change (diffDocument). */
export type DiffResult = {
  __typename?: 'DiffResult';
  /** Facts that would appear. */
  appeared: Scalars['Int']['output'];
  /** Facts whose properties would change. */
  changed: Scalars['Int']['output'];
  /** Curation ops that would be applied again. */
  curationApplied: Scalars['Int']['output'];
  /** Curation ops that would no longer apply, and why. */
  curationConflicts: Array<CurationConflict>;
  /** Facts that would disappear. */
  disappeared: Scalars['Int']['output'];
  /** The document's id (null when it could not be read). */
  documentId: Maybe<Scalars['ID']['output']>;
  /** Why the document could not be read, when it could not. */
  error: Maybe<Scalars['String']['output']>;
  /** Each difference, with its evidence (layout relationships such as NEXT are left out). */
  facts: Array<FactChange>;
  /** new (not in the graph) | changed (would be replaced) | unchanged (an ingest would skip it) | failed */
  status: Scalars['String']['output'];
};

/** One UN text, e.g. a Co-Chairs' summary, as ingested. */
export type Document = {
  __typename?: 'Document';
  /** SHA-256 of the file's bytes: a changed file is re-ingested, an unchanged one is not. */
  checksum: Maybe<Scalars['String']['output']>;
  /** Date of the document (ISO 8601). */
  date: Maybe<Scalars['String']['output']>;
  /** The document's footnotes and endnotes. */
  footnotes: Array<Footnote>;
  /** The file format it was read as. */
  format: Maybe<DocumentFormat>;
  /** Stable id: the UN symbol ("doc:a-hrc-43-15"), or for a document without one its title's first words and a fingerprint of its text. */
  id: Scalars['ID']['output'];
  /** What sort of record it is, as recognised from its title and wording. */
  kind: Maybe<DocumentKind>;
  /** Language of the text (ISO 639-1, e.g. "en"). */
  language: Maybe<Scalars['String']['output']>;
  /** Short title used in citations: the UN symbol when there is one, else the title. */
  name: Scalars['String']['output'];
  /** How many numbered paragraphs the document has. */
  paragraphCount: Maybe<Scalars['Int']['output']>;
  /** Every numbered paragraph, sub-paragraphs included. */
  paragraphs: Array<Paragraph>;
  /** The meeting(s) the document records. */
  records: Array<Meeting>;
  /** The document's sections (headings), every level. */
  sections: Array<Section>;
  /** The file it was read from. */
  sourceFile: Maybe<Scalars['String']['output']>;
  /** The UN document symbol, e.g. "CTOC/COP/WG.7/2023/4". */
  symbol: Maybe<Scalars['String']['output']>;
  /** The full title as printed. */
  title: Maybe<Scalars['String']['output']>;
};

/** The file format a document was read as. */
export type DocumentFormat =
  /** Word (.docx). */
  | 'DOCX'
  /** Markdown. */
  | 'MARKDOWN'
  /** PDF (text layer). */
  | 'PDF'
  /** Plain text. */
  | 'TEXT';

/** What sort of record a document is. */
export type DocumentKind =
  /** A summary prepared by the Co-Chairs (or Chair) of a dialogue. */
  | 'CO_CHAIRS_SUMMARY'
  /** A summary of stakeholders' submissions. */
  | 'STAKEHOLDER_SUMMARY'
  /** None of the above could be recognised. */
  | 'UNKNOWN'
  /** The report of a working group on its session. */
  | 'WORKING_GROUP_REPORT';

/** How strongly an observation echoes a stakeholder statement, and the words they share. */
export type DrawsOn = {
  __typename?: 'DrawsOn';
  /** How sure the link is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document both stand in. */
  documentId: Maybe<Scalars['String']['output']>;
  /** How the link was made (always a rule: it is computed, not read). */
  method: Maybe<Method>;
  /** The observation's paragraph and the statement's paragraph. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** From 0 to 1: half shared vocabulary terms, half TF-IDF cosine of the two texts. */
  score: Maybe<Scalars['Float']['output']>;
  /** Shared concepts and drivers first, then the content words that weigh most in both. */
  shared: Maybe<Array<Scalars['String']['output']>>;
};

/** A statement an observation echoes, how strongly, and the words they share. */
export type DrawsOnLink = {
  __typename?: 'DrawsOnLink';
  /** From 0 to 1: half shared vocabulary terms, half TF-IDF cosine of the two texts. */
  score: Scalars['Float']['output'];
  /** Shared concepts and drivers first, then the content words that weigh most in both. */
  shared: Array<Scalars['String']['output']>;
  /** The statement. */
  statement: StatementSummary;
};

/** A reason people migrate or resort to smugglers, as named in the text. */
export type DriverOfMigration = {
  __typename?: 'DriverOfMigration';
  /** Other words for it that the texts use. */
  altLabels: Maybe<Array<Scalars['String']['output']>>;
  /** The vocabulary's grouping of the driver (economic, political, security…). */
  category: Maybe<TermCategory>;
  /** The paragraphs that name this driver of migration, with the words used. */
  citations: Array<Citation>;
  /** Stable id: "driver:<slug>". */
  id: Scalars['ID']['output'];
  /** Paragraphs, statements and observations that name it. */
  mentionedIn: Array<Mentioner>;
  /** The preferred label. */
  name: Scalars['String']['output'];
  /** The preferred label. */
  prefLabel: Maybe<Scalars['String']['output']>;
};


/** A reason people migrate or resort to smugglers, as named in the text. */
export type DriverOfMigrationCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A driver of migration with how widely it was raised. */
export type DriverRanking = {
  __typename?: 'DriverRanking';
  /** The paragraphs that name the driver. */
  citations: Array<Citation>;
  /** The driver (a DriverOfMigration node). */
  driver: GraphNode;
  /** Paragraphs that name the driver, within a statement or not. */
  paragraphs: Scalars['Int']['output'];
  /** The statements that name the driver. */
  raisedIn: Array<StatementSummary>;
  /** 1 for the most raised; ties share a rank. */
  rank: Scalars['Int']['output'];
  /**
   * Distinct speakers: each person, organization or State once; an anonymous statement
   * ("several speakers") counts as one speaker.
   */
  speakers: Scalars['Int']['output'];
  /** Statements that name the driver. */
  statements: Scalars['Int']['output'];
};

/** A recommendation echoing an input. */
export type Echo = {
  __typename?: 'Echo';
  /** The meeting that made the recommendation. */
  meeting: SeriesMeeting;
  /** The recommendation or observation. */
  recommendation: RecommendationRef;
  /** TF-IDF cosine of the two texts, 0–1. */
  score: Scalars['Float']['output'];
  /** The words that weigh most in both. */
  shared: Array<Scalars['String']['output']>;
};

/** A stakeholder input and the recommendations that echo it. */
export type EchoedInput = {
  __typename?: 'EchoedInput';
  /** The recommendations or observations echoing it, strongest first (for `notTakenUp`, the nearest one, if any). */
  echoes: Array<Echo>;
  /** The input: who said it and where. */
  input: StatementSummary;
  /** The meeting whose documents hold the input. */
  meeting: SeriesMeeting;
};

/** A cell of an engagement matrix: the statements one row made under one column. */
export type EngagementCell = {
  __typename?: 'EngagementCell';
  /** The column's id. */
  column: Scalars['ID']['output'];
  /** Distinct statements in the cell. */
  count: Scalars['Int']['output'];
  /** The row's id. */
  row: Scalars['ID']['output'];
  /** The statements themselves. */
  statements: Array<StatementSummary>;
};

/** A matrix for engagement maps: each cell counts statements and lists them. */
export type EngagementMatrix = {
  __typename?: 'EngagementMatrix';
  /** Only non-empty cells. */
  cells: Array<EngagementCell>;
  /** The columns (topics, meetings or agenda items). */
  columns: Array<AxisEntry>;
  /** The rows (organizations, or kinds of organization). */
  rows: Array<AxisEntry>;
  /** Distinct statements counted in the matrix. */
  totalStatements: Scalars['Int']['output'];
};

/** The words a statement, figure or observation was read from: the paragraph, and where useful the span and the quote. */
export type Evidence = {
  __typename?: 'Evidence';
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document the paragraph belongs to. */
  documentId: Maybe<Scalars['String']['output']>;
  /** Where the words end in the paragraph's text (character offset, exclusive). */
  end: Maybe<Scalars['Int']['output']>;
  /** How the fact was read. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs, as printed. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** The words themselves, as written. */
  quote: Maybe<Scalars['String']['output']>;
  /** Where the words start in the paragraph's text (character offset). */
  start: Maybe<Scalars['Int']['output']>;
};

/** A fact read from a paragraph: a statement, a figure or an observation. */
export type Evidenced = Observation | Statement | Statistic;

/** One fact that a re-ingest would add, remove or change. */
export type FactChange = {
  __typename?: 'FactChange';
  /** appeared | disappeared | changed */
  change: Scalars['String']['output'];
  /** node | relationship */
  fact: Scalars['String']['output'];
  /** The node's id, or the relationship's GraphEdge id (TYPE:source->target@documentId). */
  id: Scalars['ID']['output'];
  /** The node's label or the relationship's type. */
  kind: Scalars['String']['output'];
  /** The node's name, or the names of the relationship's ends. */
  name: Scalars['String']['output'];
  /** Paragraph numbers of the evidence (from the new version, or the old one for what disappears). */
  paragraphs: Array<Scalars['String']['output']>;
  /** For a change: [{ key, before, after }] per property that differs. */
  properties: Scalars['JSON']['output'];
  /** The quoted words (or the paragraph's text) that the fact stands on. */
  quote: Maybe<Scalars['String']['output']>;
};

/** A footnote or endnote of a document. */
export type Footnote = {
  __typename?: 'Footnote';
  /** Ready to paste: "<document>, note 1". */
  citation: Maybe<Scalars['String']['output']>;
  /** The paragraphs that cite this note. */
  citedIn: Array<Paragraph>;
  /** The document the note belongs to. */
  document: Maybe<Document>;
  /** Stable id: the document's id and the note's number. */
  id: Scalars['ID']['output'];
  /** A short label: "Footnote <number>". */
  name: Scalars['String']['output'];
  /** The number as printed. */
  number: Maybe<Scalars['String']['output']>;
  /** The note's whole text. */
  text: Maybe<Scalars['String']['output']>;
};

export type FulltextInput = {
  fields: Array<InputMaybe<Scalars['String']['input']>>;
  indexName: Scalars['String']['input'];
  queryName: Scalars['String']['input'];
};

/** Gender as the text gives it: an honorific (Ms., Mrs., Madam / Mr.) or a pronoun (she / he); never guessed from a name. */
export type Gender =
  /** Mr., he. */
  | 'MAN'
  /** The text does not say. */
  | 'NOT_STATED'
  /** Ms., Mrs., Madam, she. */
  | 'WOMAN';

/** Who is heard of one gender, as the text gives it. */
export type GenderCount = {
  __typename?: 'GenderCount';
  /** The gender as the text gives it, or NOT_STATED. */
  category: Gender;
  /** Distinct paragraphs of those statements. */
  paragraphs: Scalars['Int']['output'];
  /** Distinct persons (or, for NOT_STATED, the States and organizations speaking without a named person). */
  participants: Scalars['Int']['output'];
  /** Statements with a voice of this gender. */
  statements: Scalars['Int']['output'];
};

/** A relationship as the viewer draws it, with the paragraphs it was read from. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The paragraphs it was read from (none for document structure). */
  evidence: Array<Citation>;
  /** Stable across re-ingestion: TYPE:source->target@documentId. */
  id: Scalars['ID']['output'];
  /** Every stored property (paragraphs, method, confidence, score…), as JSON. */
  properties: Scalars['JSON']['output'];
  /** Id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** Id of the node it points to. */
  target: Scalars['ID']['output'];
  /** What the relationship says. */
  type: RelationshipType;
};

/** A node as the viewer draws it: one shape for every label. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The node's stable id. */
  id: Scalars['ID']['output'];
  /** The node's main label (Organization, Statement…). */
  label: NodeLabel;
  /** The node's display name. */
  name: Scalars['String']['output'];
  /** Every stored property, as JSON. */
  properties: Scalars['JSON']['output'];
};

/** Nodes and edges in one shape a Cytoscape viewer can add directly (source/target are node ids). */
export type GraphView = {
  __typename?: 'GraphView';
  /** The relationships between them. */
  edges: Array<GraphEdge>;
  /** The nodes. */
  nodes: Array<GraphNode>;
  /** True when `limit` cut the answer short. */
  truncated: Scalars['Boolean']['output'];
};

/** What ingesting a document did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The entry recording the write. */
  audit: AuditEntry;
  /** Curation ops (corrections, merges, removals made through the API) applied again to the new version of the document. */
  curationApplied: Scalars['Int']['output'];
  /** Curation ops that could not be applied to the new version: kept with status `conflict` and the reason (see `curationOps`). */
  curationConflicts: Array<CurationConflict>;
  /** The document's id (null when it failed before one was known). */
  documentId: Maybe<Scalars['ID']['output']>;
  /** Why it failed, when it did. */
  error: Maybe<Scalars['String']['output']>;
  /** Nodes the document has in the graph. */
  nodes: Scalars['Int']['output'];
  /** Nodes this ingestion created. */
  nodesCreated: Scalars['Int']['output'];
  /** Relationships the document has in the graph. */
  relationships: Scalars['Int']['output'];
  /** Relationships this ingestion created. */
  relationshipsCreated: Scalars['Int']['output'];
  /** created | updated | unchanged | failed */
  status: Scalars['String']['output'];
};

/** A convention, protocol, resolution or document symbol cited. */
export type Instrument = {
  __typename?: 'Instrument';
  /** Stable id, from the instrument's name or symbol. */
  id: Scalars['ID']['output'];
  /** What sort of instrument it is. */
  kind: Maybe<InstrumentKind>;
  /** Paragraphs, statements and observations that cite it. */
  mentionedIn: Array<Mentioner>;
  /** The instrument's name as cited. */
  name: Scalars['String']['output'];
  /** Its UN symbol, for resolutions and documents. */
  symbol: Maybe<Scalars['String']['output']>;
  /** Year of adoption, when the text gives it. */
  year: Maybe<Scalars['Int']['output']>;
};

/** What sort of instrument is cited. */
export type InstrumentKind =
  /** An act or law. */
  | 'ACT'
  /** A convention. */
  | 'CONVENTION'
  /** A UN document cited by its symbol. */
  | 'DOCUMENT'
  /** Another kind of instrument. */
  | 'OTHER'
  /** A protocol to a convention. */
  | 'PROTOCOL'
  /** A resolution (of the General Assembly, a Council, a Conference). */
  | 'RESOLUTION';

/** An event a document records, e.g. the second constructive dialogue on the smuggling of migrants. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Its agenda items. */
  agendaItems: Array<AgendaItem>;
  /** Who chaired it (Co-Chairs, President). */
  chairs: Array<Person>;
  /** The paragraphs the meeting's facts (date, format, participation) were read from. */
  citations: Array<Citation>;
  /** The UPR cycle, when the text states it. */
  cycle: Maybe<Scalars['Int']['output']>;
  /** First day (ISO 8601). */
  date: Maybe<Scalars['String']['output']>;
  /** Every document that records the meeting (the Working Group's report and the stakeholders' summary of one review). */
  documents: Array<Document>;
  /** Last day, for meetings over several days (ISO 8601). */
  endDate: Maybe<Scalars['String']['output']>;
  /** How it was held, as stated. */
  format: Maybe<MeetingFormat>;
  /** Stable id: the review of a State at a session of a body (`wg:…/session:34/review:slovenia`) when the documents say so, which every document of that review shares; else the document's own (`<documentId>/meeting`). */
  id: Scalars['ID']['output'];
  /** What sort of meeting, in the text's words ("constructive dialogue", "universal periodic review"). */
  kind: Maybe<Scalars['String']['output']>;
  /** The meeting's title as the text gives it. */
  name: Scalars['String']['output'];
  /** The Co-Chairs' observations and recommendations it produced. */
  observations: Array<Observation>;
  /** Its number in a series: 2 for "the second constructive dialogue". */
  ordinal: Maybe<Scalars['Int']['output']>;
  /** Its panels (those not under an agenda item). */
  panels: Array<Panel>;
  /** The organizations and States that took part (derived from who spoke). */
  participants: Array<Participant>;
  /** Who took part, by kind of actor, as the text's participation list states it ("40 NGOs, 12 academic institutions…"). */
  participation: Array<ParticipationCount>;
  /** The series the meeting belongs to (a State's reviews, a body's sessions, the dialogues on one subject). */
  series: Array<Series>;
  /** The session of a working group the meeting followed. */
  session: Maybe<Session>;
  /** What it was about, e.g. "smuggling of migrants". */
  subject: Maybe<Scalars['String']['output']>;
  /** The meeting's title as the text gives it. */
  title: Maybe<Scalars['String']['output']>;
};


/** An event a document records, e.g. the second constructive dialogue on the smuggling of migrants. */
export type MeetingCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** How a meeting was held, as the text states it. */
export type MeetingFormat =
  /** Partly in person, partly online. */
  | 'HYBRID'
  /** In person only. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

/** What a meeting's parts hang from: the meeting, or the document when it records no meeting. */
export type MeetingHub = Document | Meeting;

/** Who is heard at one meeting. */
export type MeetingVoices = {
  __typename?: 'MeetingVoices';
  /** The meeting. */
  meeting: SeriesMeeting;
  /** The participation the documents state ("55 delegations", "40 NGOs"), beside the counts of those named. */
  statedParticipation: Array<ParticipationCount>;
  /** The counts of those named as speakers. */
  voices: VoiceBreakdown;
};

/** A term, place, instrument or organization named in a paragraph, statement or observation, with the words used. */
export type Mention = {
  __typename?: 'Mention';
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document the mention is in. */
  documentId: Maybe<Scalars['String']['output']>;
  /** Where the words end in the paragraph's text (character offset, exclusive). */
  end: Maybe<Scalars['Int']['output']>;
  /** How the mention was found. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs that name it. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** Where the words start in the paragraph's text (character offset). */
  start: Maybe<Scalars['Int']['output']>;
  /** The words as written ("the MMC", "non-refoulement"). */
  surface: Maybe<Scalars['String']['output']>;
};

/** Something a text can name: a concept, a driver of migration, a place, an instrument, a project or an organization. */
export type MentionTarget = Concept | DriverOfMigration | Instrument | Organization | Place | Project;

/** Text that names something: a paragraph, a statement or an observation. */
export type Mentioner = Observation | Paragraph | Statement;

/** How a fact or relationship was read. */
export type Method =
  /** Set or corrected by an editor. */
  | 'CURATED'
  /** By looking a name up in a vocabulary (concepts, drivers, places, known organizations). */
  | 'GAZETTEER'
  /** From a construction of UN prose ("The panellist from X said…"). */
  | 'PATTERN'
  /** From the document's structure: its numbering, headings, lettered items. */
  | 'RULE';

/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Set (or, with null, remove) properties of a node. `id` and `documentId` cannot change;
   * values are strings, numbers, booleans or lists of one of them.
   */
  correctNode: CurationResult;
  /**
   * What ingesting this document again would change, without writing anything (as `kg diff`): its
   * new version is written, with the curation ops applied again, in a transaction that is rolled
   * back. Facts that would appear, disappear or change, each with its evidence, and the curation
   * ops that would conflict. Same arguments as `ingestDocument`; needs an editor key, as the trial
   * write holds the document's lock while it runs.
   */
  diffDocument: DiffResult;
  /**
   * Ingest a document through the same pipeline as `kg ingest`: sent as text (Markdown or plain),
   * or as the file's bytes in base64 (an official PDF or Word .docx). Send exactly one of `text`
   * and `contentBase64`. Re-sending the same document changes nothing.
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


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationCorrectNodeArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  set: Scalars['JSON']['input'];
};


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationDiffDocumentArgs = {
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  filename: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationIngestDocumentArgs = {
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  filename: Scalars['String']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationMergeOrganizationsArgs = {
  absorb: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationRemoveFactArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** The only writes: corrections, merges, removals, undo and ingestion, each needing an editor key and leaving an AuditEntry. */
export type MutationUndoArgs = {
  auditId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationFields =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

/** A node with where it was read and what it is linked to. */
export type NodeDetail = {
  __typename?: 'NodeDetail';
  /**
   * Where the node was read: its own EVIDENCED_BY paragraphs (statements, statistics,
   * observations), the paragraph itself, or else the paragraphs its relationships were read from.
   */
  evidence: Array<Citation>;
  /** Its relationships and the nodes at their other ends. */
  neighbours: GraphView;
  /** The node and its properties. */
  node: GraphNode;
};

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

/** A Co-Chairs' observation or recommendation. */
export type Observation = {
  __typename?: 'Observation';
  /** What is to be done: the "should …" clause. */
  action: Maybe<Scalars['String']['output']>;
  /** Who it asks to act: organizations, groups of stakeholders, States. */
  addressedTo: Array<Addressee>;
  /** The paragraph the observation stands in. */
  citations: Array<Citation>;
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** The stakeholder statements this observation echoes (score, shared terms on the relationship). */
  drawsOn: Array<Statement>;
  /** The paragraph it stands in. */
  evidence: Array<Paragraph>;
  /** Stable id: the document's id and the observation's number. */
  id: Scalars['ID']['output'];
  /** The meeting (or the document) that produced it. */
  meeting: Maybe<MeetingHub>;
  /** The terms, places, instruments and organizations it names. */
  mentions: Array<MentionTarget>;
  /** How the observation was read. */
  method: Maybe<Method>;
  /** A short label: "Observation, para. <number>". */
  name: Scalars['String']['output'];
  /** The paragraph number as printed. */
  number: Maybe<Scalars['String']['output']>;
  /** The States that made the recommendation (in a review). */
  recommendedBy: Array<Place>;
  /** The observation's whole text. */
  text: Maybe<Scalars['String']['output']>;
};

/** An observation and the statements it echoes. */
export type ObservationTrace = {
  __typename?: 'ObservationTrace';
  /** What is to be done: the "should …" clause. */
  action: Maybe<Scalars['String']['output']>;
  /** Who it asks to act, as written ("States parties"). */
  addressees: Array<Scalars['String']['output']>;
  /** The paragraph it stands in. */
  citation: Maybe<Citation>;
  /** Strongest first. */
  drawsOn: Array<DrawsOnLink>;
  /** The observation's id (an Observation node). */
  id: Scalars['ID']['output'];
  /** A short label: "Observation, para. <number>". */
  name: Scalars['String']['output'];
  /** The paragraph number as printed. */
  number: Maybe<Scalars['String']['output']>;
  /** The observation's whole text. */
  text: Maybe<Scalars['String']['output']>;
};

/** An NGO, academic body, company, UN entity, IGO or government body; one node however the texts name it. */
export type Organization = {
  __typename?: 'Organization';
  /** Its acronym, e.g. "MMC". */
  acronym: Maybe<Scalars['String']['output']>;
  /** Observations that ask it to act. */
  addressedBy: Array<Observation>;
  /** People tied to it, with the position they hold. */
  affiliates: Array<Person>;
  /** Other names and spellings the texts use for it. */
  aliases: Maybe<Array<Scalars['String']['output']>>;
  /** The paragraphs that name this organization or that its relationships were read from. */
  citations: Array<Citation>;
  /** Stable id, from the organization's canonical name. */
  id: Scalars['ID']['output'];
  /** What sort of organization it is. */
  kind: Maybe<OrganizationKind>;
  /** City or country as an endnote list gives it. */
  location: Maybe<Scalars['String']['output']>;
  /** Paragraphs, statements and observations that name it. */
  mentionedIn: Array<Mentioner>;
  /** The organization's name (the longest form the texts give). */
  name: Scalars['String']['output'];
  /** Meetings it took part in, with its roles and number of statements. */
  participatedIn: Array<MeetingHub>;
  /** People who spoke for it (panellists introduced as "from" it). */
  representatives: Array<Person>;
  /** Statements it made itself (not through a panellist). */
  statements: Array<Statement>;
  /** Figures it reported. */
  statistics: Array<Statistic>;
};


/** An NGO, academic body, company, UN entity, IGO or government body; one node however the texts name it. */
export type OrganizationCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** What sort of organization. */
export type OrganizationKind =
  /** A university, research centre or academic network. */
  | 'ACADEMIA'
  /** A government body (a ministry, a prosecutor's office). */
  | 'GOVERNMENT'
  /** An intergovernmental organization other than the UN. */
  | 'IGO'
  /** Several organizations submitting together. */
  | 'JOINT_SUBMISSION'
  /** A non-governmental (civil society) organization. */
  | 'NGO'
  /** A national human rights institution. */
  | 'NHRI'
  /** Known, but of none of these kinds. */
  | 'OTHER'
  /** A company or business association. */
  | 'PRIVATE_SECTOR'
  /** A State as an actor. */
  | 'STATE'
  /** A United Nations entity, agency or body. */
  | 'UN_ENTITY';

/** A panel of speakers: its title, topic, panellists and what was said on it. */
export type Panel = {
  __typename?: 'Panel';
  /** Stable id: the document's id and the panel's number. */
  id: Scalars['ID']['output'];
  /** "Panel <number>: <title>". */
  name: Scalars['String']['output'];
  /** The panel's number in the meeting: 1 for the first panel. */
  ordinal: Maybe<Scalars['Int']['output']>;
  /** The people who sat on the panel, in the order the text introduces them (edge `position`). */
  panellists: Array<Person>;
  /** The agenda item, meeting or document the panel belongs to. */
  partOf: Maybe<PanelOwner>;
  /** Statements made on the panel. */
  statements: Array<Statement>;
  /** The panel's title as written. */
  title: Maybe<Scalars['String']['output']>;
  /** The subjects put to the panel. */
  topics: Array<Topic>;
};

/** What a panel belongs to: an agenda item, the meeting, or the document. */
export type PanelOwner = AgendaItem | Document | Meeting;

/** A panellist's seat on a panel: in which order the text introduces them. */
export type PanelSeat = {
  __typename?: 'PanelSeat';
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document that introduces the panellist. */
  documentId: Maybe<Scalars['String']['output']>;
  /** How the seat was read. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs that introduce them. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** 1-based order in which the text introduces the panellist. */
  position: Maybe<Scalars['Int']['output']>;
};

/** A numbered paragraph: the unit of citation. */
export type Paragraph = {
  __typename?: 'Paragraph';
  /** Ready to paste: "<document>, para. 22". */
  citation: Maybe<Scalars['String']['output']>;
  /** The document the paragraph belongs to. */
  document: Maybe<Document>;
  /** The statements, figures and observations read from this paragraph. */
  facts: Array<Evidenced>;
  /** Numbers of the footnotes the paragraph cites, as printed. */
  footnoteRefs: Maybe<Array<Scalars['String']['output']>>;
  /** The footnotes the paragraph cites. */
  footnotes: Array<Footnote>;
  /** Stable id: "<document id>/para:<number>" ("…/para:annex-3", "…/para:title-0" for an unnumbered block or a title line). */
  id: Scalars['ID']['output'];
  /** What sort of text: "numbered" for a numbered paragraph, "annex" for an unnumbered block in an annex (a delegation list), "unnumbered" for one in the body (a Word table's row), "title" for a title-block line (filter with `kind: { eq: "numbered" }` to keep to numbered paragraphs). */
  kind: Maybe<Scalars['String']['output']>;
  /** The terms, places, instruments and organizations the paragraph names. */
  mentions: Array<MentionTarget>;
  /** The paragraph that follows in the document. */
  next: Maybe<Paragraph>;
  /** The number as printed: 22, 121.3; for an unnumbered block or a title line, its evidence key ("annex-3", "title-0"). */
  number: Maybe<Scalars['String']['output']>;
  /** 0-based position among the document's numbered paragraphs; title lines come before (negative), unnumbered blocks after. */
  order: Maybe<Scalars['Int']['output']>;
  /** The paragraph this one is a sub-paragraph of (121 for 121.3). */
  parent: Maybe<Paragraph>;
  /** The paragraph that comes before in the document. */
  previous: Maybe<Paragraph>;
  /** The section (heading) the paragraph stands under. */
  section: Maybe<Section>;
  /** Its numbered sub-paragraphs (121.1, 121.2… under 121). */
  subparagraphs: Array<Paragraph>;
  /** The paragraph's whole text. */
  text: Maybe<Scalars['String']['output']>;
};

/** Who can take part in a meeting: an organization or a State. */
export type Participant = Organization | Place;

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

/** Who took part in a meeting, in which roles, with how many statements (derived from who spoke, had a panellist, chaired or was listed as a contributor). */
export type Participation = {
  __typename?: 'Participation';
  /** How sure the derivation is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document that records the meeting. */
  documentId: Maybe<Scalars['String']['output']>;
  /** How the participation was derived (always a rule). */
  method: Maybe<Method>;
  /** Numbers of the paragraphs the participation was derived from. */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
  /** For each role, in the order of roles, the paragraph or note that first says it. */
  roleEvidence: Maybe<Array<Scalars['String']['output']>>;
  /** The parts played: spoke, had a panellist, chaired, was listed as a contributor. */
  roles: Maybe<Array<ParticipationRole>>;
  /** Statements made by the participant or on its behalf. */
  statements: Maybe<Scalars['Int']['output']>;
};

/** One line of a meeting's participation list: a kind of actor and how many took part. */
export type ParticipationCount = {
  __typename?: 'ParticipationCount';
  /** How many of that kind took part. */
  count: Scalars['Int']['output'];
  /** The kind of actor, as the text groups them. */
  kind: ParticipantKind;
};

/** A part an organization or State played in a meeting. */
export type ParticipationRole =
  /** One of its people chaired the meeting. */
  | 'CHAIR'
  /** One of its people sat on a panel or spoke for it. */
  | 'PANELLIST'
  /** It made statements itself. */
  | 'SPEAKER'
  /** The document's list of contributors names it: it submitted information the document summarises. */
  | 'SUBMITTER';

/** A named person (a Co-Chair) or an anonymous panellist ("The panellist from the MMC"), who exists only in its document. */
export type Person = {
  __typename?: 'Person';
  /** Organizations the person belongs to, with the position held. */
  affiliatedWith: Array<Organization>;
  /** True when the text does not name the person. */
  anonymous: Maybe<Scalars['Boolean']['output']>;
  /** Meetings the person chaired. */
  chaired: Array<MeetingHub>;
  /** The paragraphs this person's roles and statements were read from. */
  citations: Array<Citation>;
  /** Gender as the text gives it (an honorific before the name, or a pronoun for the person); empty when it does not. `genderEvidence` has the words. */
  gender: Maybe<PersonGender>;
  /** Where the text gives the person's gender: the paragraph, note, annex block or title line and the words ("Ms.", "she"); null when the text gives none. */
  genderEvidence: Maybe<Citation>;
  /** "Ms.", "Mr.", "Dr.", "Ambassador" as written. */
  honorific: Maybe<Scalars['String']['output']>;
  /** Stable id: from the name, or for anonymous speakers from the document and their place in it. */
  id: Scalars['ID']['output'];
  /** The person's name, or a description for anonymous speakers ("Panellist from MMC"). */
  name: Scalars['String']['output'];
  /** The name as written, without honorific; empty for anonymous speakers. */
  personName: Maybe<Scalars['String']['output']>;
  /** Position as written, e.g. "Prosecutor". */
  position: Maybe<Scalars['String']['output']>;
  /** How the text refers to the person. */
  pronoun: Maybe<Pronoun>;
  /** Organizations or States the person spoke for. */
  represents: Array<Organization>;
  /** Roles as written: "Co-Chair", "panellist", "head of delegation"… */
  roles: Maybe<Array<Scalars['String']['output']>>;
  /** Panels the person sat on, in which seat. */
  spokeOn: Array<Panel>;
  /** What the person said. */
  statements: Array<Statement>;
};


/** A named person (a Co-Chair) or an anonymous panellist ("The panellist from the MMC"), who exists only in its document. */
export type PersonCitationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's gender as the text gives it (an honorific or a pronoun for them); never read from a name. */
export type PersonGender =
  /** Mr., or he. */
  | 'MAN'
  /** Ms., Mrs., Madam, or she. */
  | 'WOMAN';

/** A country or region, as a State speaking, addressed or named. */
export type Place = {
  __typename?: 'Place';
  /** Observations that ask the State to act. */
  addressedBy: Array<Observation>;
  /** Stable id, from the place's name. */
  id: Scalars['ID']['output'];
  /** Country or region. */
  kind: Maybe<PlaceKind>;
  /** Paragraphs, statements and observations that name the place. */
  mentionedIn: Array<Mentioner>;
  /** The place's name. */
  name: Scalars['String']['output'];
  /** Recommendations the State made (in a review, "(France)" after a recommendation). */
  recommended: Array<Observation>;
  /** Statements the State made. */
  statements: Array<Statement>;
};

/** Country or region. */
export type PlaceKind =
  /** A country (a State). */
  | 'COUNTRY'
  /** A region ("West Africa", "the Sahel"). */
  | 'REGION';

/** *For use in the @populatedBy directive only* */
export type PopulatedByOperation =
  | 'CREATE'
  | 'UPDATE';

/** A named programme or project ("the Bali Process", a joint initiative). */
export type Project = {
  __typename?: 'Project';
  /** Its acronym. */
  acronym: Maybe<Scalars['String']['output']>;
  /** Stable id, from the project's name. */
  id: Scalars['ID']['output'];
  /** Paragraphs, statements and observations that name it. */
  mentionedIn: Array<Mentioner>;
  /** The project's name. */
  name: Scalars['String']['output'];
};

/** How the text refers to a person. */
export type Pronoun =
  /** He, him. */
  | 'HE'
  /** She, her. */
  | 'SHE'
  /** They, them. */
  | 'THEY';

/** Where a relationship was read: the document, its paragraph numbers, how it was read and how sure. */
export type Provenance = {
  __typename?: 'Provenance';
  /** How sure the reading is, from 0 to 1 (1: read from the document's own numbering). */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Id of the document the relationship was read from (a Document's `id`). */
  documentId: Maybe<Scalars['String']['output']>;
  /** How it was read: a structural rule, a text pattern, a vocabulary look-up, or a person's correction. */
  method: Maybe<Method>;
  /** Numbers of the paragraphs it was read from, as printed ("22", "121.3"). */
  paragraphs: Maybe<Array<Scalars['String']['output']>>;
};

/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
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
   * Recommendations and observations of each meeting of a series that recur at the next one: for
   * each, the most similar of the next meeting's (TF-IDF cosine of their words, the recommending
   * States' names left out), kept at or above `minScore`, with both texts and citations.
   */
  recurringRecommendations: Array<RecurrenceStep>;
  /**
   * Full-text search over paragraph text, statement/observation/statistic text and the names
   * of every node (Neo4j full-text indexes), best match first, with the matched snippet and
   * the node it belongs to.
   */
  search: Array<SearchHit>;
  /**
   * A series' meetings in order (date, then meeting number), each with who took part, who is
   * new (first time in the series), who returned after missing the previous meeting, and who
   * dropped out (took part in the previous meeting, not in this one). Null when no such series.
   */
  seriesTimeline: Maybe<SeriesTimeline>;
  /**
   * One shortest path between two nodes, each step with the paragraphs it was read from;
   * null when none within `maxLength` hops (1–10). By default the path is looked for first
   * through what was said (statements, speakers, mentions, DRAWS_ON…), leaving out the
   * meeting's hub edges (PARTICIPATED_IN, PRODUCED…) and paragraphs in between, which touch
   * everything and explain nothing; only when there is no such path, over all but document
   * navigation.
   */
  shortestPath: Maybe<GraphView>;
  /**
   * Stakeholder inputs (statements of organizations, panellists, participants, States in the
   * documents of a meeting of the series) echoed in the recommendations or observations of that
   * meeting or a later one, with both citations; and the inputs nobody took up.
   */
  stakeholderUptake: StakeholderUptake;
  /**
   * The meetings an organization, a State or a person took part in, oldest first, with its
   * role each time (speaker, stakeholder submitting, panellist, chair, recommending State,
   * reviewed State) and the paragraphs that say so; first and last seen. Null when no such
   * node exists.
   */
  timeline: Maybe<ActorTimeline>;
  /** Which stakeholder statements each Co-Chairs' observation echoes, and which inputs no observation took up. */
  traceability: Traceability;
  /**
   * Who is heard at a meeting, or at every meeting of a series in order (date, then ordinal):
   * participants, statements and paragraphs by kind of actor, by UN M49 region and by gender as
   * the text gives it, beside the counts the documents themselves state. Give `seriesId` or `meetingId`.
   */
  whoIsHeard: VoicesOverTime;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryDriversOfMigrationArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryEngagementByKindAndAgendaItemArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  includeUnattributed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryEngagementByTopicArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<RelationshipType>>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryNodeArgs = {
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryRecurringRecommendationsArgs = {
  minScore?: InputMaybe<Scalars['Float']['input']>;
  seriesId: Scalars['ID']['input'];
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<SearchMode>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QuerySeriesTimelineArgs = {
  id: Scalars['ID']['input'];
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<RelationshipType>>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryStakeholderUptakeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  seriesId: Scalars['ID']['input'];
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryTimelineArgs = {
  id: Scalars['ID']['input'];
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryTraceabilityArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


/** The questions researchers and the secretariat come with; the generated model's queries (documents, organizations, statements…) answer everything else. */
export type QueryWhoIsHeardArgs = {
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  seriesId?: InputMaybe<Scalars['ID']['input']>;
};

/** A recommendation or observation, with where it stands. */
export type RecommendationRef = {
  __typename?: 'RecommendationRef';
  /** The paragraph it stands in. */
  citation: Maybe<Citation>;
  /** Its id (an Observation node). */
  id: Scalars['ID']['output'];
  /** The paragraph number as printed ("115.14"). */
  number: Maybe<Scalars['String']['output']>;
  /** The States that made it (in a review). */
  recommendedBy: Array<Scalars['String']['output']>;
  /** Its whole text. */
  text: Maybe<Scalars['String']['output']>;
};

/** An earlier text and the later one most like it, with the evidence of both. */
export type RecurrenceLink = {
  __typename?: 'RecurrenceLink';
  /** The earlier recommendation. */
  earlier: RecommendationRef;
  /** The later one (for `notRecurring`, the nearest; null when the next meeting has none). */
  later: Maybe<RecommendationRef>;
  /** TF-IDF cosine of the two texts, 0–1. */
  score: Scalars['Float']['output'];
  /** The words that weigh most in both. */
  shared: Array<Scalars['String']['output']>;
};

/** One meeting of a series to the next: how many of its recommendations recur, which, and which not. */
export type RecurrenceStep = {
  __typename?: 'RecurrenceStep';
  /** The earlier meeting. */
  from: SeriesMeeting;
  /** Each recurring recommendation with its match, in the earlier meeting's order. */
  matches: Array<RecurrenceLink>;
  /** Those that do not recur, each with the nearest it came (below `minScore`). */
  notRecurring: Array<RecurrenceLink>;
  /** Recommendations and observations of the earlier meeting. */
  recommendations: Scalars['Int']['output'];
  /** How many of them recur at the next meeting. */
  recurring: Scalars['Int']['output'];
  /** recurring / recommendations (0 when there are none). */
  share: Scalars['Float']['output'];
  /** The next meeting. */
  to: SeriesMeeting;
};

/** UN M49 regions. */
export type Region =
  /** Africa. */
  | 'AFRICA'
  /** The Americas. */
  | 'AMERICAS'
  /** Asia. */
  | 'ASIA'
  /** Europe. */
  | 'EUROPE'
  /** No State, or one the M49 table does not know. */
  | 'NOT_STATED'
  /** Oceania. */
  | 'OCEANIA';

/** Who is heard of one region. */
export type RegionCount = {
  __typename?: 'RegionCount';
  /** The UN M49 region. */
  category: Region;
  /** Distinct paragraphs of those statements. */
  paragraphs: Scalars['Int']['output'];
  /** Distinct actors of the region. */
  participants: Scalars['Int']['output'];
  /** Statements with a voice of this region. */
  statements: Scalars['Int']['output'];
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

/** One search result: the node, the matched snippet, and where the text stands. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** For paragraphs, statements, observations and statistics: where the text stands. */
  citation: Maybe<Citation>;
  /** The property that matched: text, description, name, acronym or title. */
  field: Scalars['String']['output'];
  /** Where the query's words stand in `snippet`, for highlighting. */
  highlights: Array<TextRange>;
  /** The node the match belongs to. */
  node: GraphNode;
  /** Lucene relevance; higher is better. */
  score: Scalars['Float']['output'];
  /** Up to ~240 characters of the matched text around the first match. */
  snippet: Scalars['String']['output'];
};

/** How a search query is read. */
export type SearchMode =
  /** Raw Lucene query syntax (AND, OR, "…", fuzzy~, prefix*). */
  | 'LUCENE'
  /** The words in this order. */
  | 'PHRASE'
  /** Words, in any order; punctuation is ignored (Lucene syntax is escaped). */
  | 'WORDS';

/** A heading of a document and what stands under it. */
export type Section = {
  __typename?: 'Section';
  /** The document the section belongs to. */
  document: Maybe<Document>;
  /** Stable id: the document's id and the section's place in it. */
  id: Scalars['ID']['output'];
  /** Depth of the heading: 1 for a chapter, 2 for a section under it… */
  level: Maybe<Scalars['Int']['output']>;
  /** The heading as printed, number and title. */
  name: Scalars['String']['output'];
  /** The number as printed: I, II, A, 1. */
  number: Maybe<Scalars['String']['output']>;
  /** 0-based position among the document's sections. */
  order: Maybe<Scalars['Int']['output']>;
  /** The numbered paragraphs directly under this heading. */
  paragraphs: Array<Paragraph>;
  /** The section this one is part of, if any. */
  parent: Maybe<Section>;
  /** The sections directly under this one. */
  subsections: Array<Section>;
  /** The heading's words without the number. */
  title: Maybe<Scalars['String']['output']>;
};

/**
 * Meetings of one process on one subject, in the order of their dates: a State's reviews cycle
 * after cycle (kind `review`), a body's sessions (`sessions`), the constructive dialogues on one
 * subject (`dialogues`). `seriesTimeline` tells who took part each time.
 */
export type Series = {
  __typename?: 'Series';
  /** Stable id from what the series is: `series:universal-periodic-review-of-slovenia`. */
  id: Scalars['ID']['output'];
  /** review, sessions or dialogues. */
  kind: Maybe<Scalars['String']['output']>;
  /** Its meetings (sort by `date` for their order). */
  meetings: Array<Meeting>;
  /** "Universal periodic review of Slovenia", "Constructive dialogues on smuggling of migrants". */
  name: Scalars['String']['output'];
  /** The State reviewed, the body meeting, or the subject of the dialogues. */
  subject: Maybe<Scalars['String']['output']>;
};

/** A meeting in a series answer: which, when, and its place in the series. */
export type SeriesMeeting = {
  __typename?: 'SeriesMeeting';
  /** The cycle, when the text states it (UPR cycles). */
  cycle: Maybe<Scalars['Int']['output']>;
  /** First day (ISO 8601). */
  date: Maybe<Scalars['String']['output']>;
  /** The meeting's id (a Meeting node). */
  id: Scalars['ID']['output'];
  /** The meeting's title. */
  name: Scalars['String']['output'];
  /** 0-based position in the series, by date then ordinal. */
  position: Scalars['Int']['output'];
};

/** One actor across a series. */
export type SeriesParticipant = {
  __typename?: 'SeriesParticipant';
  /** Who. */
  actor: TimelineActor;
  /** Dates of those meetings (ISO 8601; null for an undated one). */
  dates: Array<Maybe<Scalars['String']['output']>>;
  /** Positions (1-based) of the series' meetings it took part in. */
  positions: Array<Scalars['Int']['output']>;
};

/** A series as the timelines show it. */
export type SeriesRef = {
  __typename?: 'SeriesRef';
  /** The Series node's id. */
  id: Scalars['ID']['output'];
  /** review, sessions or dialogues. */
  kind: Maybe<Scalars['String']['output']>;
  /** Its name, e.g. "Universal periodic review of Slovenia". */
  name: Scalars['String']['output'];
  /** The State reviewed, the body meeting, or the subject of the dialogues. */
  subject: Maybe<Scalars['String']['output']>;
};

/** One meeting of a series, compared with the meetings before it. */
export type SeriesStep = {
  __typename?: 'SeriesStep';
  /** Ids of those who took part in the previous meeting of the series and not in this one. */
  droppedOut: Array<Scalars['ID']['output']>;
  /** The meeting. */
  meeting: TimelineMeeting;
  /** Ids of those taking part for the first time in the series. */
  new: Array<Scalars['ID']['output']>;
  /** Who took part, with roles and citations. */
  participants: Array<Appearance>;
  /** Its place in the series, 1 for the first, counted at query time from the meetings' dates. */
  position: Scalars['Int']['output'];
  /** Ids of those back after missing the previous meeting of the series (seen at an earlier one). */
  returned: Array<Scalars['ID']['output']>;
};

/** A series' meetings in order, with who took part each time. */
export type SeriesTimeline = {
  __typename?: 'SeriesTimeline';
  /** Its meetings, oldest first. */
  meetings: Array<SeriesStep>;
  /** Everyone who took part in any of its meetings, with the positions (1-based) of the meetings they took part in. */
  participants: Array<SeriesParticipant>;
  /** The series. */
  series: SeriesRef;
};

/** One session of a working group. */
export type Session = {
  __typename?: 'Session';
  /** The session's days (ISO 8601). */
  dates: Maybe<Array<Scalars['String']['output']>>;
  /** Stable id: the body's id and the session's number. */
  id: Scalars['ID']['output'];
  /** The meetings held after (following) this session. */
  meetings: Array<Meeting>;
  /** The body's name and the session's number. */
  name: Scalars['String']['output'];
  /** The session's number: 7 for the seventh session. */
  ordinal: Maybe<Scalars['Int']['output']>;
  /** The body the session belongs to. */
  workingGroup: Maybe<WorkingGroup>;
};

/** Who made a statement: a person, an organization, or a State speaking. */
export type Speaker = Organization | Person | Place;

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

/** A group an observation addresses that is no single organization, e.g. "States parties". */
export type StakeholderGroup = {
  __typename?: 'StakeholderGroup';
  /** Observations that ask this group to act. */
  addressedBy: Array<Observation>;
  /** Stable id, from the group's name. */
  id: Scalars['ID']['output'];
  /** The group as written: "States parties", "civil society". */
  name: Scalars['String']['output'];
};

/** Stakeholder inputs taken up in later recommendations, and those nobody took up. */
export type StakeholderUptake = {
  __typename?: 'StakeholderUptake';
  /** Inputs echoed by at least one recommendation or observation of the same or a later meeting. */
  echoed: Array<EchoedInput>;
  /** Inputs no recommendation or observation echoed at or above `minScore`, each with the nearest it came. */
  notTakenUp: Array<EchoedInput>;
};

/** What one speaker (or a group: "several speakers") said in one paragraph. */
export type Statement = {
  __typename?: 'Statement';
  /** Where this statement was read: document, paragraph, text, ready citation and the quoted words. */
  citations: Array<Citation>;
  /** How sure the reading is, from 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** The panel or agenda item it was made on. */
  context: Maybe<StatementContext>;
  /** The Co-Chairs' observations that echo this statement. */
  echoedBy: Array<Observation>;
  /** The paragraph it was read from, with the quoted words. */
  evidence: Array<Paragraph>;
  /** Stable id: the document's id and the statement's place in it. */
  id: Scalars['ID']['output'];
  /** Who made it: a person, an organization or a State. */
  madeBy: Array<Speaker>;
  /** The terms, places, instruments and organizations it names. */
  mentions: Array<MentionTarget>;
  /** How the statement was read. */
  method: Maybe<Method>;
  /** Number of the paragraph the statement was read from, as printed. */
  paragraphNumber: Maybe<Scalars['String']['output']>;
  /** For anonymous speakers, how many the text says: "one", "a", "some", "several", "many"… as written. */
  quantifier: Maybe<Scalars['String']['output']>;
  /** Figures given in it. */
  reports: Array<Statistic>;
  /** In what capacity the speaker spoke. */
  speakerKind: Maybe<SpeakerKind>;
  /** The speaker as written, e.g. "The panellist from the Mixed Migration Centre (MMC)". */
  speakerSurface: Maybe<Scalars['String']['output']>;
  /** What was said, as the text reports it. */
  text: Maybe<Scalars['String']['output']>;
};

/** Where in the meeting a statement was made: on a panel, or under an agenda item. */
export type StatementContext = AgendaItem | Panel;

/** A statement in a short form for tables: who, what, where. */
export type StatementSummary = {
  __typename?: 'StatementSummary';
  /** The first paragraph it was read from. */
  citation: Maybe<Citation>;
  /** The statement's id (a Statement node). */
  id: Scalars['ID']['output'];
  /** A short label: the speaker as written and the paragraph. */
  name: Scalars['String']['output'];
  /** For anonymous speakers, how many the text says ("several"). */
  quantifier: Maybe<Scalars['String']['output']>;
  /** In what capacity the speaker spoke. */
  speakerKind: Maybe<SpeakerKind>;
  /** The speakers as resolved (persons, organizations, States), by name. */
  speakers: Array<Scalars['String']['output']>;
  /** What was said. */
  text: Maybe<Scalars['String']['output']>;
};

/** A number reported in the text, with what it measures and who reported it. */
export type Statistic = {
  __typename?: 'Statistic';
  /** Where this figure was read, with the quoted words. */
  citations: Array<Citation>;
  /** What the figure says, in the text's words. */
  description: Maybe<Scalars['String']['output']>;
  /** The paragraph it was read from, with the quoted words. */
  evidence: Array<Paragraph>;
  /** Stable id: the document's id and the figure's place in it. */
  id: Scalars['ID']['output'];
  /** A short label: the value, the unit and what it measures ("68%: had used smugglers"). */
  name: Scalars['String']['output'];
  /** Who the figure is about, e.g. "respondents". */
  population: Maybe<Scalars['String']['output']>;
  /** The organizations (or States) that reported it. */
  reportedBy: Array<Organization>;
  /** The statement that gave the figure. */
  reportedIn: Array<Statement>;
  /** What the number counts: "%", "interviews", "States"… */
  unit: Maybe<Scalars['String']['output']>;
  /** The number (68 for "68 per cent"). */
  value: Maybe<Scalars['Float']['output']>;
};

export type SubscriptionEvent =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** The vocabulary's grouping of concepts and drivers of migration (seeds/vocabularies). */
export type TermCategory =
  /** Who acts (smugglers, criminal networks). */
  | 'ACTOR'
  /** A way of responding (victim-centred, human-rights-based). */
  | 'APPROACH'
  /** Cooperation between States or agencies. */
  | 'COOPERATION'
  /** A crime or criminal conduct. */
  | 'CRIME'
  /** Economic reasons. */
  | 'ECONOMIC'
  /** Environmental reasons (climate, disasters). */
  | 'ENVIRONMENTAL'
  /** An issue raised (exploitation, deaths at sea). */
  | 'ISSUE'
  /** Personal reasons (family, marriage). */
  | 'PERSONAL'
  /** Political reasons (conflict, persecution). */
  | 'POLITICAL'
  /** Prevention. */
  | 'PREVENTION'
  /** A legal principle (non-liability, non-refoulement). */
  | 'PRINCIPLE'
  /** A process or forum. */
  | 'PROCESS'
  /** A response by authorities (prosecution, border control). */
  | 'RESPONSE'
  /** A right (to asylum, to life). */
  | 'RIGHT'
  /** Security reasons (violence, insecurity). */
  | 'SECURITY'
  /** Social reasons. */
  | 'SOCIAL'
  /** Structural reasons (poverty, lack of opportunities). */
  | 'STRUCTURAL';

/** A span of characters in a text. */
export type TextRange = {
  __typename?: 'TextRange';
  /** Offset after the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** An organization, a State (Place) or a person taking part. */
export type TimelineActor = {
  __typename?: 'TimelineActor';
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** Its kind when known (an organization's kind, a place's kind). */
  kind: Maybe<Scalars['String']['output']>;
  /** Its label: Organization, Place or Person. */
  label: NodeLabel;
  /** Its name. */
  name: Scalars['String']['output'];
};

/** One meeting of an actor's timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The paragraphs that say so. */
  citations: Array<Citation>;
  /** The meeting. */
  meeting: TimelineMeeting;
  /** Its roles there. */
  roles: Array<Scalars['String']['output']>;
  /** Statements it (or its panellists) made there. */
  statements: Scalars['Int']['output'];
};

/** A meeting as the timelines show it. */
export type TimelineMeeting = {
  __typename?: 'TimelineMeeting';
  /** The UPR cycle, when the text states it. */
  cycle: Maybe<Scalars['Int']['output']>;
  /** First day (ISO 8601), as the most confident of its documents states it. */
  date: Maybe<Scalars['String']['output']>;
  /** Ids of the documents that record it. */
  documents: Array<Scalars['ID']['output']>;
  /** The Meeting node's id. */
  id: Scalars['ID']['output'];
  /** What sort of meeting ("universal periodic review", "constructive dialogue", "session"). */
  kind: Maybe<Scalars['String']['output']>;
  /** Its title. */
  name: Scalars['String']['output'];
  /** Its number, when stated (the review's meeting of the Working Group, the dialogue's ordinal). */
  ordinal: Maybe<Scalars['Int']['output']>;
  /** The series it belongs to. */
  series: Array<SeriesRef>;
  /** What it was about: the State reviewed, the subject of a dialogue. */
  subject: Maybe<Scalars['String']['output']>;
};

/** *For use in the @timestamp directive only* */
export type TimestampOperation =
  | 'CREATE'
  | 'UPDATE';

/** A subject put to a panel, or a lettered discussion point of an agenda item. */
export type Topic = {
  __typename?: 'Topic';
  /** The agenda items that list it as a discussion point. */
  agendaItems: Array<AgendaItem>;
  /** Stable id, from the topic's words (shared across documents). */
  id: Scalars['ID']['output'];
  /** Whether it is a panel's subject, an agenda item's discussion point, or a section's theme. */
  kind: Maybe<TopicKind>;
  /** The (a)/(b) label as printed, without parentheses. */
  label: Maybe<Scalars['String']['output']>;
  /** The topic's words. */
  name: Scalars['String']['output'];
  /** The panels put this subject. */
  panels: Array<Panel>;
  /** The topic's words. */
  text: Maybe<Scalars['String']['output']>;
};

/** What a topic is. */
export type TopicKind =
  /** A lettered discussion point of an agenda item. */
  | 'DISCUSSION_POINT'
  /** A subject put to a panel. */
  | 'PANEL_TOPIC'
  /** The theme a section's heading names. */
  | 'SECTION_THEME';

/** From stakeholders' statements to the Co-Chairs' observations, and what was left out. */
export type Traceability = {
  __typename?: 'Traceability';
  /** Every observation with the statements it draws on. */
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

/** Statements, paragraphs and participants, split three ways. */
export type VoiceBreakdown = {
  __typename?: 'VoiceBreakdown';
  /** By kind of actor. */
  byActorKind: Array<ActorKindCount>;
  /** By gender as the text gives it (honorific, pronoun). */
  byGender: Array<GenderCount>;
  /** By UN M49 region of the State speaking or spoken for. */
  byRegion: Array<RegionCount>;
  /** Distinct paragraphs the statements were read from. */
  paragraphs: Scalars['Int']['output'];
  /** Statements counted. */
  statements: Scalars['Int']['output'];
};

/** Who is heard at each meeting asked for, and over all of them. */
export type VoicesOverTime = {
  __typename?: 'VoicesOverTime';
  /** One entry per meeting, in the series' order. */
  meetings: Array<MeetingVoices>;
  /** The same counts over every meeting together (a participant heard twice counts once). */
  overall: VoiceBreakdown;
};

/** A standing body whose sessions meetings follow, e.g. a working group of the Conference of the Parties. */
export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  /** Stable id, from the body's name. */
  id: Scalars['ID']['output'];
  /** The body's name as written. */
  name: Scalars['String']['output'];
  /** Its sessions met in the texts. */
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
    | ( Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedBy'> & { addressedTo: Array<_RefType['Addressee']>, drawsOn: Array<_RefType['Statement']>, evidence: Array<_RefType['Paragraph']>, meeting?: Maybe<_RefType['MeetingHub']>, mentions: Array<_RefType['MentionTarget']>, recommendedBy: Array<_RefType['Place']> } )
    | ( Omit<Statement, 'context' | 'echoedBy' | 'evidence' | 'madeBy' | 'mentions' | 'reports'> & { context?: Maybe<_RefType['StatementContext']>, echoedBy: Array<_RefType['Observation']>, evidence: Array<_RefType['Paragraph']>, madeBy: Array<_RefType['Speaker']>, mentions: Array<_RefType['MentionTarget']>, reports: Array<_RefType['Statistic']> } )
    | ( Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<_RefType['Paragraph']>, reportedBy: Array<_RefType['Organization']>, reportedIn: Array<_RefType['Statement']> } )
  ;
  MeetingHub:
    | ( Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<_RefType['Footnote']>, paragraphs: Array<_RefType['Paragraph']>, records: Array<_RefType['Meeting']>, sections: Array<_RefType['Section']> } )
    | ( Omit<Meeting, 'agendaItems' | 'chairs' | 'documents' | 'observations' | 'panels' | 'participants' | 'series' | 'session'> & { agendaItems: Array<_RefType['AgendaItem']>, chairs: Array<_RefType['Person']>, documents: Array<_RefType['Document']>, observations: Array<_RefType['Observation']>, panels: Array<_RefType['Panel']>, participants: Array<_RefType['Participant']>, series: Array<_RefType['Series']>, session?: Maybe<_RefType['Session']> } )
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
    | ( Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedBy'> & { addressedTo: Array<_RefType['Addressee']>, drawsOn: Array<_RefType['Statement']>, evidence: Array<_RefType['Paragraph']>, meeting?: Maybe<_RefType['MeetingHub']>, mentions: Array<_RefType['MentionTarget']>, recommendedBy: Array<_RefType['Place']> } )
    | ( Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'parent' | 'previous' | 'section' | 'subparagraphs'> & { document?: Maybe<_RefType['Document']>, facts: Array<_RefType['Evidenced']>, footnotes: Array<_RefType['Footnote']>, mentions: Array<_RefType['MentionTarget']>, next?: Maybe<_RefType['Paragraph']>, parent?: Maybe<_RefType['Paragraph']>, previous?: Maybe<_RefType['Paragraph']>, section?: Maybe<_RefType['Section']>, subparagraphs: Array<_RefType['Paragraph']> } )
    | ( Omit<Statement, 'context' | 'echoedBy' | 'evidence' | 'madeBy' | 'mentions' | 'reports'> & { context?: Maybe<_RefType['StatementContext']>, echoedBy: Array<_RefType['Observation']>, evidence: Array<_RefType['Paragraph']>, madeBy: Array<_RefType['Speaker']>, mentions: Array<_RefType['MentionTarget']>, reports: Array<_RefType['Statistic']> } )
  ;
  PanelOwner:
    | ( Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting?: Maybe<_RefType['MeetingHub']>, panels: Array<_RefType['Panel']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
    | ( Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<_RefType['Footnote']>, paragraphs: Array<_RefType['Paragraph']>, records: Array<_RefType['Meeting']>, sections: Array<_RefType['Section']> } )
    | ( Omit<Meeting, 'agendaItems' | 'chairs' | 'documents' | 'observations' | 'panels' | 'participants' | 'series' | 'session'> & { agendaItems: Array<_RefType['AgendaItem']>, chairs: Array<_RefType['Person']>, documents: Array<_RefType['Document']>, observations: Array<_RefType['Observation']>, panels: Array<_RefType['Panel']>, participants: Array<_RefType['Participant']>, series: Array<_RefType['Series']>, session?: Maybe<_RefType['Session']> } )
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
    | ( Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting?: Maybe<_RefType['MeetingHub']>, panels: Array<_RefType['Panel']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
    | ( Omit<Panel, 'panellists' | 'partOf' | 'statements' | 'topics'> & { panellists: Array<_RefType['Person']>, partOf?: Maybe<_RefType['PanelOwner']>, statements: Array<_RefType['Statement']>, topics: Array<_RefType['Topic']> } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorKind: ActorKind;
  ActorKindCount: ResolverTypeWrapper<ActorKindCount>;
  ActorTimeline: ResolverTypeWrapper<ActorTimeline>;
  Addressee: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Addressee']>;
  Affiliation: ResolverTypeWrapper<Affiliation>;
  AgendaItem: ResolverTypeWrapper<Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting?: Maybe<ResolversTypes['MeetingHub']>, panels: Array<ResolversTypes['Panel']>, statements: Array<ResolversTypes['Statement']>, topics: Array<ResolversTypes['Topic']> }>;
  Appearance: ResolverTypeWrapper<Appearance>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AxisEntry: ResolverTypeWrapper<AxisEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chairing: ResolverTypeWrapper<Chairing>;
  Citation: ResolverTypeWrapper<Citation>;
  CitationPlace: CitationPlace;
  Concept: ResolverTypeWrapper<Omit<Concept, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  CurationConflict: ResolverTypeWrapper<CurationConflict>;
  CurationOp: ResolverTypeWrapper<CurationOp>;
  CurationResult: ResolverTypeWrapper<CurationResult>;
  DiffResult: ResolverTypeWrapper<DiffResult>;
  Document: ResolverTypeWrapper<Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<ResolversTypes['Footnote']>, paragraphs: Array<ResolversTypes['Paragraph']>, records: Array<ResolversTypes['Meeting']>, sections: Array<ResolversTypes['Section']> }>;
  DocumentFormat: DocumentFormat;
  DocumentKind: DocumentKind;
  DrawsOn: ResolverTypeWrapper<DrawsOn>;
  DrawsOnLink: ResolverTypeWrapper<DrawsOnLink>;
  DriverOfMigration: ResolverTypeWrapper<Omit<DriverOfMigration, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  DriverRanking: ResolverTypeWrapper<DriverRanking>;
  Echo: ResolverTypeWrapper<Echo>;
  EchoedInput: ResolverTypeWrapper<EchoedInput>;
  EngagementCell: ResolverTypeWrapper<EngagementCell>;
  EngagementMatrix: ResolverTypeWrapper<EngagementMatrix>;
  Evidence: ResolverTypeWrapper<Evidence>;
  Evidenced: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Evidenced']>;
  FactChange: ResolverTypeWrapper<FactChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Footnote: ResolverTypeWrapper<Omit<Footnote, 'citedIn' | 'document'> & { citedIn: Array<ResolversTypes['Paragraph']>, document?: Maybe<ResolversTypes['Document']> }>;
  FulltextInput: FulltextInput;
  Gender: Gender;
  GenderCount: ResolverTypeWrapper<GenderCount>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphView: ResolverTypeWrapper<GraphView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Instrument: ResolverTypeWrapper<Omit<Instrument, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  InstrumentKind: InstrumentKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Meeting: ResolverTypeWrapper<Omit<Meeting, 'agendaItems' | 'chairs' | 'documents' | 'observations' | 'panels' | 'participants' | 'series' | 'session'> & { agendaItems: Array<ResolversTypes['AgendaItem']>, chairs: Array<ResolversTypes['Person']>, documents: Array<ResolversTypes['Document']>, observations: Array<ResolversTypes['Observation']>, panels: Array<ResolversTypes['Panel']>, participants: Array<ResolversTypes['Participant']>, series: Array<ResolversTypes['Series']>, session?: Maybe<ResolversTypes['Session']> }>;
  MeetingFormat: MeetingFormat;
  MeetingHub: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MeetingHub']>;
  MeetingVoices: ResolverTypeWrapper<MeetingVoices>;
  Mention: ResolverTypeWrapper<Mention>;
  MentionTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MentionTarget']>;
  Mentioner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Mentioner']>;
  Method: Method;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationFields: MutationFields;
  NodeDetail: ResolverTypeWrapper<NodeDetail>;
  NodeLabel: NodeLabel;
  Observation: ResolverTypeWrapper<Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedBy'> & { addressedTo: Array<ResolversTypes['Addressee']>, drawsOn: Array<ResolversTypes['Statement']>, evidence: Array<ResolversTypes['Paragraph']>, meeting?: Maybe<ResolversTypes['MeetingHub']>, mentions: Array<ResolversTypes['MentionTarget']>, recommendedBy: Array<ResolversTypes['Place']> }>;
  ObservationTrace: ResolverTypeWrapper<ObservationTrace>;
  Organization: ResolverTypeWrapper<Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<ResolversTypes['Observation']>, affiliates: Array<ResolversTypes['Person']>, mentionedIn: Array<ResolversTypes['Mentioner']>, participatedIn: Array<ResolversTypes['MeetingHub']>, representatives: Array<ResolversTypes['Person']>, statements: Array<ResolversTypes['Statement']>, statistics: Array<ResolversTypes['Statistic']> }>;
  OrganizationKind: OrganizationKind;
  Panel: ResolverTypeWrapper<Omit<Panel, 'panellists' | 'partOf' | 'statements' | 'topics'> & { panellists: Array<ResolversTypes['Person']>, partOf?: Maybe<ResolversTypes['PanelOwner']>, statements: Array<ResolversTypes['Statement']>, topics: Array<ResolversTypes['Topic']> }>;
  PanelOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PanelOwner']>;
  PanelSeat: ResolverTypeWrapper<PanelSeat>;
  Paragraph: ResolverTypeWrapper<Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'parent' | 'previous' | 'section' | 'subparagraphs'> & { document?: Maybe<ResolversTypes['Document']>, facts: Array<ResolversTypes['Evidenced']>, footnotes: Array<ResolversTypes['Footnote']>, mentions: Array<ResolversTypes['MentionTarget']>, next?: Maybe<ResolversTypes['Paragraph']>, parent?: Maybe<ResolversTypes['Paragraph']>, previous?: Maybe<ResolversTypes['Paragraph']>, section?: Maybe<ResolversTypes['Section']>, subparagraphs: Array<ResolversTypes['Paragraph']> }>;
  Participant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Participant']>;
  ParticipantKind: ParticipantKind;
  Participation: ResolverTypeWrapper<Participation>;
  ParticipationCount: ResolverTypeWrapper<ParticipationCount>;
  ParticipationRole: ParticipationRole;
  Person: ResolverTypeWrapper<Omit<Person, 'affiliatedWith' | 'chaired' | 'represents' | 'spokeOn' | 'statements'> & { affiliatedWith: Array<ResolversTypes['Organization']>, chaired: Array<ResolversTypes['MeetingHub']>, represents: Array<ResolversTypes['Organization']>, spokeOn: Array<ResolversTypes['Panel']>, statements: Array<ResolversTypes['Statement']> }>;
  PersonGender: PersonGender;
  Place: ResolverTypeWrapper<Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<ResolversTypes['Observation']>, mentionedIn: Array<ResolversTypes['Mentioner']>, recommended: Array<ResolversTypes['Observation']>, statements: Array<ResolversTypes['Statement']> }>;
  PlaceKind: PlaceKind;
  PopulatedByOperation: PopulatedByOperation;
  Project: ResolverTypeWrapper<Omit<Project, 'mentionedIn'> & { mentionedIn: Array<ResolversTypes['Mentioner']> }>;
  Pronoun: Pronoun;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationRef: ResolverTypeWrapper<RecommendationRef>;
  RecurrenceLink: ResolverTypeWrapper<RecurrenceLink>;
  RecurrenceStep: ResolverTypeWrapper<RecurrenceStep>;
  Region: Region;
  RegionCount: ResolverTypeWrapper<RegionCount>;
  RelationshipDirection: RelationshipDirection;
  RelationshipNestedOperations: RelationshipNestedOperations;
  RelationshipQueryDirection: RelationshipQueryDirection;
  RelationshipType: RelationshipType;
  ScalarOrEnum: ResolverTypeWrapper<Scalars['ScalarOrEnum']['output']>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchMode: SearchMode;
  Section: ResolverTypeWrapper<Omit<Section, 'document' | 'paragraphs' | 'parent' | 'subsections'> & { document?: Maybe<ResolversTypes['Document']>, paragraphs: Array<ResolversTypes['Paragraph']>, parent?: Maybe<ResolversTypes['Section']>, subsections: Array<ResolversTypes['Section']> }>;
  SelectionSet: ResolverTypeWrapper<Scalars['SelectionSet']['output']>;
  Series: ResolverTypeWrapper<Omit<Series, 'meetings'> & { meetings: Array<ResolversTypes['Meeting']> }>;
  SeriesMeeting: ResolverTypeWrapper<SeriesMeeting>;
  SeriesParticipant: ResolverTypeWrapper<SeriesParticipant>;
  SeriesRef: ResolverTypeWrapper<SeriesRef>;
  SeriesStep: ResolverTypeWrapper<SeriesStep>;
  SeriesTimeline: ResolverTypeWrapper<SeriesTimeline>;
  Session: ResolverTypeWrapper<Omit<Session, 'meetings' | 'workingGroup'> & { meetings: Array<ResolversTypes['Meeting']>, workingGroup?: Maybe<ResolversTypes['WorkingGroup']> }>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  SpeakerKind: SpeakerKind;
  StakeholderGroup: ResolverTypeWrapper<Omit<StakeholderGroup, 'addressedBy'> & { addressedBy: Array<ResolversTypes['Observation']> }>;
  StakeholderUptake: ResolverTypeWrapper<StakeholderUptake>;
  Statement: ResolverTypeWrapper<Omit<Statement, 'context' | 'echoedBy' | 'evidence' | 'madeBy' | 'mentions' | 'reports'> & { context?: Maybe<ResolversTypes['StatementContext']>, echoedBy: Array<ResolversTypes['Observation']>, evidence: Array<ResolversTypes['Paragraph']>, madeBy: Array<ResolversTypes['Speaker']>, mentions: Array<ResolversTypes['MentionTarget']>, reports: Array<ResolversTypes['Statistic']> }>;
  StatementContext: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StatementContext']>;
  StatementSummary: ResolverTypeWrapper<StatementSummary>;
  Statistic: ResolverTypeWrapper<Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<ResolversTypes['Paragraph']>, reportedBy: Array<ResolversTypes['Organization']>, reportedIn: Array<ResolversTypes['Statement']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubscriptionEvent: SubscriptionEvent;
  TermCategory: TermCategory;
  TextRange: ResolverTypeWrapper<TextRange>;
  TimelineActor: ResolverTypeWrapper<TimelineActor>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
  TimelineMeeting: ResolverTypeWrapper<TimelineMeeting>;
  TimestampOperation: TimestampOperation;
  Topic: ResolverTypeWrapper<Omit<Topic, 'agendaItems' | 'panels'> & { agendaItems: Array<ResolversTypes['AgendaItem']>, panels: Array<ResolversTypes['Panel']> }>;
  TopicKind: TopicKind;
  Traceability: ResolverTypeWrapper<TraceabilityFilter>;
  VectorInput: VectorInput;
  VectorProvider: VectorProvider;
  VoiceBreakdown: ResolverTypeWrapper<VoiceBreakdown>;
  VoicesOverTime: ResolverTypeWrapper<VoicesOverTime>;
  WorkingGroup: ResolverTypeWrapper<Omit<WorkingGroup, 'sessions'> & { sessions: Array<ResolversTypes['Session']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActorKindCount: ActorKindCount;
  ActorTimeline: ActorTimeline;
  Addressee: ResolversUnionTypes<ResolversParentTypes>['Addressee'];
  Affiliation: Affiliation;
  AgendaItem: Omit<AgendaItem, 'meeting' | 'panels' | 'statements' | 'topics'> & { meeting?: Maybe<ResolversParentTypes['MeetingHub']>, panels: Array<ResolversParentTypes['Panel']>, statements: Array<ResolversParentTypes['Statement']>, topics: Array<ResolversParentTypes['Topic']> };
  Appearance: Appearance;
  AuditEntry: AuditEntry;
  AxisEntry: AxisEntry;
  Boolean: Scalars['Boolean']['output'];
  Chairing: Chairing;
  Citation: Citation;
  Concept: Omit<Concept, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  CurationConflict: CurationConflict;
  CurationOp: CurationOp;
  CurationResult: CurationResult;
  DiffResult: DiffResult;
  Document: Omit<Document, 'footnotes' | 'paragraphs' | 'records' | 'sections'> & { footnotes: Array<ResolversParentTypes['Footnote']>, paragraphs: Array<ResolversParentTypes['Paragraph']>, records: Array<ResolversParentTypes['Meeting']>, sections: Array<ResolversParentTypes['Section']> };
  DrawsOn: DrawsOn;
  DrawsOnLink: DrawsOnLink;
  DriverOfMigration: Omit<DriverOfMigration, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  DriverRanking: DriverRanking;
  Echo: Echo;
  EchoedInput: EchoedInput;
  EngagementCell: EngagementCell;
  EngagementMatrix: EngagementMatrix;
  Evidence: Evidence;
  Evidenced: ResolversUnionTypes<ResolversParentTypes>['Evidenced'];
  FactChange: FactChange;
  Float: Scalars['Float']['output'];
  Footnote: Omit<Footnote, 'citedIn' | 'document'> & { citedIn: Array<ResolversParentTypes['Paragraph']>, document?: Maybe<ResolversParentTypes['Document']> };
  FulltextInput: FulltextInput;
  GenderCount: GenderCount;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphView: GraphView;
  ID: Scalars['ID']['output'];
  IngestResult: IngestResult;
  Instrument: Omit<Instrument, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Meeting: Omit<Meeting, 'agendaItems' | 'chairs' | 'documents' | 'observations' | 'panels' | 'participants' | 'series' | 'session'> & { agendaItems: Array<ResolversParentTypes['AgendaItem']>, chairs: Array<ResolversParentTypes['Person']>, documents: Array<ResolversParentTypes['Document']>, observations: Array<ResolversParentTypes['Observation']>, panels: Array<ResolversParentTypes['Panel']>, participants: Array<ResolversParentTypes['Participant']>, series: Array<ResolversParentTypes['Series']>, session?: Maybe<ResolversParentTypes['Session']> };
  MeetingHub: ResolversUnionTypes<ResolversParentTypes>['MeetingHub'];
  MeetingVoices: MeetingVoices;
  Mention: Mention;
  MentionTarget: ResolversUnionTypes<ResolversParentTypes>['MentionTarget'];
  Mentioner: ResolversUnionTypes<ResolversParentTypes>['Mentioner'];
  Mutation: Record<PropertyKey, never>;
  NodeDetail: NodeDetail;
  Observation: Omit<Observation, 'addressedTo' | 'drawsOn' | 'evidence' | 'meeting' | 'mentions' | 'recommendedBy'> & { addressedTo: Array<ResolversParentTypes['Addressee']>, drawsOn: Array<ResolversParentTypes['Statement']>, evidence: Array<ResolversParentTypes['Paragraph']>, meeting?: Maybe<ResolversParentTypes['MeetingHub']>, mentions: Array<ResolversParentTypes['MentionTarget']>, recommendedBy: Array<ResolversParentTypes['Place']> };
  ObservationTrace: ObservationTrace;
  Organization: Omit<Organization, 'addressedBy' | 'affiliates' | 'mentionedIn' | 'participatedIn' | 'representatives' | 'statements' | 'statistics'> & { addressedBy: Array<ResolversParentTypes['Observation']>, affiliates: Array<ResolversParentTypes['Person']>, mentionedIn: Array<ResolversParentTypes['Mentioner']>, participatedIn: Array<ResolversParentTypes['MeetingHub']>, representatives: Array<ResolversParentTypes['Person']>, statements: Array<ResolversParentTypes['Statement']>, statistics: Array<ResolversParentTypes['Statistic']> };
  Panel: Omit<Panel, 'panellists' | 'partOf' | 'statements' | 'topics'> & { panellists: Array<ResolversParentTypes['Person']>, partOf?: Maybe<ResolversParentTypes['PanelOwner']>, statements: Array<ResolversParentTypes['Statement']>, topics: Array<ResolversParentTypes['Topic']> };
  PanelOwner: ResolversUnionTypes<ResolversParentTypes>['PanelOwner'];
  PanelSeat: PanelSeat;
  Paragraph: Omit<Paragraph, 'document' | 'facts' | 'footnotes' | 'mentions' | 'next' | 'parent' | 'previous' | 'section' | 'subparagraphs'> & { document?: Maybe<ResolversParentTypes['Document']>, facts: Array<ResolversParentTypes['Evidenced']>, footnotes: Array<ResolversParentTypes['Footnote']>, mentions: Array<ResolversParentTypes['MentionTarget']>, next?: Maybe<ResolversParentTypes['Paragraph']>, parent?: Maybe<ResolversParentTypes['Paragraph']>, previous?: Maybe<ResolversParentTypes['Paragraph']>, section?: Maybe<ResolversParentTypes['Section']>, subparagraphs: Array<ResolversParentTypes['Paragraph']> };
  Participant: ResolversUnionTypes<ResolversParentTypes>['Participant'];
  Participation: Participation;
  ParticipationCount: ParticipationCount;
  Person: Omit<Person, 'affiliatedWith' | 'chaired' | 'represents' | 'spokeOn' | 'statements'> & { affiliatedWith: Array<ResolversParentTypes['Organization']>, chaired: Array<ResolversParentTypes['MeetingHub']>, represents: Array<ResolversParentTypes['Organization']>, spokeOn: Array<ResolversParentTypes['Panel']>, statements: Array<ResolversParentTypes['Statement']> };
  Place: Omit<Place, 'addressedBy' | 'mentionedIn' | 'recommended' | 'statements'> & { addressedBy: Array<ResolversParentTypes['Observation']>, mentionedIn: Array<ResolversParentTypes['Mentioner']>, recommended: Array<ResolversParentTypes['Observation']>, statements: Array<ResolversParentTypes['Statement']> };
  Project: Omit<Project, 'mentionedIn'> & { mentionedIn: Array<ResolversParentTypes['Mentioner']> };
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecommendationRef: RecommendationRef;
  RecurrenceLink: RecurrenceLink;
  RecurrenceStep: RecurrenceStep;
  RegionCount: RegionCount;
  ScalarOrEnum: Scalars['ScalarOrEnum']['output'];
  SearchHit: SearchHit;
  Section: Omit<Section, 'document' | 'paragraphs' | 'parent' | 'subsections'> & { document?: Maybe<ResolversParentTypes['Document']>, paragraphs: Array<ResolversParentTypes['Paragraph']>, parent?: Maybe<ResolversParentTypes['Section']>, subsections: Array<ResolversParentTypes['Section']> };
  SelectionSet: Scalars['SelectionSet']['output'];
  Series: Omit<Series, 'meetings'> & { meetings: Array<ResolversParentTypes['Meeting']> };
  SeriesMeeting: SeriesMeeting;
  SeriesParticipant: SeriesParticipant;
  SeriesRef: SeriesRef;
  SeriesStep: SeriesStep;
  SeriesTimeline: SeriesTimeline;
  Session: Omit<Session, 'meetings' | 'workingGroup'> & { meetings: Array<ResolversParentTypes['Meeting']>, workingGroup?: Maybe<ResolversParentTypes['WorkingGroup']> };
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  StakeholderGroup: Omit<StakeholderGroup, 'addressedBy'> & { addressedBy: Array<ResolversParentTypes['Observation']> };
  StakeholderUptake: StakeholderUptake;
  Statement: Omit<Statement, 'context' | 'echoedBy' | 'evidence' | 'madeBy' | 'mentions' | 'reports'> & { context?: Maybe<ResolversParentTypes['StatementContext']>, echoedBy: Array<ResolversParentTypes['Observation']>, evidence: Array<ResolversParentTypes['Paragraph']>, madeBy: Array<ResolversParentTypes['Speaker']>, mentions: Array<ResolversParentTypes['MentionTarget']>, reports: Array<ResolversParentTypes['Statistic']> };
  StatementContext: ResolversUnionTypes<ResolversParentTypes>['StatementContext'];
  StatementSummary: StatementSummary;
  Statistic: Omit<Statistic, 'evidence' | 'reportedBy' | 'reportedIn'> & { evidence: Array<ResolversParentTypes['Paragraph']>, reportedBy: Array<ResolversParentTypes['Organization']>, reportedIn: Array<ResolversParentTypes['Statement']> };
  String: Scalars['String']['output'];
  TextRange: TextRange;
  TimelineActor: TimelineActor;
  TimelineEntry: TimelineEntry;
  TimelineMeeting: TimelineMeeting;
  Topic: Omit<Topic, 'agendaItems' | 'panels'> & { agendaItems: Array<ResolversParentTypes['AgendaItem']>, panels: Array<ResolversParentTypes['Panel']> };
  Traceability: TraceabilityFilter;
  VectorInput: VectorInput;
  VoiceBreakdown: VoiceBreakdown;
  VoicesOverTime: VoicesOverTime;
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

export type ActorKindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorKindCount'] = ResolversParentTypes['ActorKindCount']> = {
  category?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorTimelineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorTimeline'] = ResolversParentTypes['ActorTimeline']> = {
  actor?: Resolver<ResolversTypes['TimelineActor'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AddresseeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Addressee'] = ResolversParentTypes['Addressee']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Place' | 'StakeholderGroup', ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppearanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Appearance'] = ResolversParentTypes['Appearance']> = {
  actor?: Resolver<ResolversTypes['TimelineActor'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['CitationPlace'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConceptResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = {
  altLabels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['TermCategory']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<ConceptCitationsArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mentioner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CurationConflictResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CurationConflict'] = ResolversParentTypes['CurationConflict']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CurationOpResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CurationOp'] = ResolversParentTypes['CurationOp']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CurationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CurationResult'] = ResolversParentTypes['CurationResult']> = {
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type DiffResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DiffResult'] = ResolversParentTypes['DiffResult']> = {
  appeared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curationApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curationConflicts?: Resolver<Array<ResolversTypes['CurationConflict']>, ParentType, ContextType>;
  disappeared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['FactChange']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['DocumentFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['DocumentKind']>, ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
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
  category?: Resolver<Maybe<ResolversTypes['TermCategory']>, ParentType, ContextType>;
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

export type EchoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Echo'] = ResolversParentTypes['Echo']> = {
  meeting?: Resolver<ResolversTypes['SeriesMeeting'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['RecommendationRef'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EchoedInputResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EchoedInput'] = ResolversParentTypes['EchoedInput']> = {
  echoes?: Resolver<Array<ResolversTypes['Echo']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['StatementSummary'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['SeriesMeeting'], ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EvidencedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidenced'] = ResolversParentTypes['Evidenced']> = {
  __resolveType: TypeResolveFn<'Observation' | 'Statement' | 'Statistic', ParentType, ContextType>;
};

export type FactChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FactChange'] = ResolversParentTypes['FactChange']> = {
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citedIn?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GenderCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GenderCount'] = ResolversParentTypes['GenderCount']> = {
  category?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  curationApplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curationConflicts?: Resolver<Array<ResolversTypes['CurationConflict']>, ParentType, ContextType>;
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
  kind?: Resolver<Maybe<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
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
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<MeetingCitationsArgs, 'limit'>>;
  cycle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['MeetingFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['ParticipationCount']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingHubResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingHub'] = ResolversParentTypes['MeetingHub']> = {
  __resolveType: TypeResolveFn<'Document' | 'Meeting', ParentType, ContextType>;
};

export type MeetingVoicesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingVoices'] = ResolversParentTypes['MeetingVoices']> = {
  meeting?: Resolver<ResolversTypes['SeriesMeeting'], ParentType, ContextType>;
  statedParticipation?: Resolver<Array<ResolversTypes['ParticipationCount']>, ParentType, ContextType>;
  voices?: Resolver<ResolversTypes['VoiceBreakdown'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
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
  diffDocument?: Resolver<ResolversTypes['DiffResult'], ParentType, ContextType, RequireFields<MutationDiffDocumentArgs, 'filename'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'filename'>>;
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
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  drawsOn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendedBy?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
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
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  panellists?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['PanelOwner']>, ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Evidenced']>, ParentType, ContextType>;
  footnoteRefs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roleEvidence?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['ParticipationRole']>>, ParentType, ContextType>;
  statements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ParticipationCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ParticipationCount'] = ResolversParentTypes['ParticipationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ParticipantKind'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliatedWith?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  anonymous?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  chaired?: Resolver<Array<ResolversTypes['MeetingHub']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<PersonCitationsArgs, 'limit'>>;
  gender?: Resolver<Maybe<ResolversTypes['PersonGender']>, ParentType, ContextType>;
  genderEvidence?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  honorific?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pronoun?: Resolver<Maybe<ResolversTypes['Pronoun']>, ParentType, ContextType>;
  represents?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  spokeOn?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PlaceKind']>, ParentType, ContextType>;
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
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  driversOfMigration?: Resolver<Array<ResolversTypes['DriverRanking']>, ParentType, ContextType, Partial<QueryDriversOfMigrationArgs>>;
  engagementByKindAndAgendaItem?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType, RequireFields<QueryEngagementByKindAndAgendaItemArgs, 'includeUnattributed'>>;
  engagementByMeeting?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType>;
  engagementByTopic?: Resolver<ResolversTypes['EngagementMatrix'], ParentType, ContextType, Partial<QueryEngagementByTopicArgs>>;
  neighbourhood?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['NodeDetail']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'edgeLimit' | 'id'>>;
  recurringRecommendations?: Resolver<Array<ResolversTypes['RecurrenceStep']>, ParentType, ContextType, RequireFields<QueryRecurringRecommendationsArgs, 'minScore' | 'seriesId'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'mode' | 'query'>>;
  seriesTimeline?: Resolver<Maybe<ResolversTypes['SeriesTimeline']>, ParentType, ContextType, RequireFields<QuerySeriesTimelineArgs, 'id'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  stakeholderUptake?: Resolver<ResolversTypes['StakeholderUptake'], ParentType, ContextType, RequireFields<QueryStakeholderUptakeArgs, 'first' | 'minScore' | 'seriesId'>>;
  timeline?: Resolver<Maybe<ResolversTypes['ActorTimeline']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'id'>>;
  traceability?: Resolver<ResolversTypes['Traceability'], ParentType, ContextType, RequireFields<QueryTraceabilityArgs, 'minScore'>>;
  whoIsHeard?: Resolver<ResolversTypes['VoicesOverTime'], ParentType, ContextType, Partial<QueryWhoIsHeardArgs>>;
};

export type RecommendationRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecommendationRef'] = ResolversParentTypes['RecommendationRef']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecurrenceLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecurrenceLink'] = ResolversParentTypes['RecurrenceLink']> = {
  earlier?: Resolver<ResolversTypes['RecommendationRef'], ParentType, ContextType>;
  later?: Resolver<Maybe<ResolversTypes['RecommendationRef']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecurrenceStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecurrenceStep'] = ResolversParentTypes['RecurrenceStep']> = {
  from?: Resolver<ResolversTypes['SeriesMeeting'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['RecurrenceLink']>, ParentType, ContextType>;
  notRecurring?: Resolver<Array<ResolversTypes['RecurrenceLink']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recurring?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['SeriesMeeting'], ParentType, ContextType>;
};

export type RegionCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RegionCount'] = ResolversParentTypes['RegionCount']> = {
  category?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  subsections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface SelectionSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SelectionSet'], any> {
  name: 'SelectionSet';
}

export type SeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SeriesMeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesMeeting'] = ResolversParentTypes['SeriesMeeting']> = {
  cycle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SeriesParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesParticipant'] = ResolversParentTypes['SeriesParticipant']> = {
  actor?: Resolver<ResolversTypes['TimelineActor'], ParentType, ContextType>;
  dates?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SeriesRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesRef'] = ResolversParentTypes['SeriesRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SeriesStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesStep'] = ResolversParentTypes['SeriesStep']> = {
  droppedOut?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['TimelineMeeting'], ParentType, ContextType>;
  new?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Appearance']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SeriesTimelineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesTimeline'] = ResolversParentTypes['SeriesTimeline']> = {
  meetings?: Resolver<Array<ResolversTypes['SeriesStep']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['SeriesParticipant']>, ParentType, ContextType>;
  series?: Resolver<ResolversTypes['SeriesRef'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  dates?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workingGroup?: Resolver<Maybe<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
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

export type StakeholderUptakeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StakeholderUptake'] = ResolversParentTypes['StakeholderUptake']> = {
  echoed?: Resolver<Array<ResolversTypes['EchoedInput']>, ParentType, ContextType>;
  notTakenUp?: Resolver<Array<ResolversTypes['EchoedInput']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['StatementContext']>, ParentType, ContextType>;
  echoedBy?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['Speaker']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MentionTarget']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  paragraphNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  speakerKind?: Resolver<Maybe<ResolversTypes['SpeakerKind']>, ParentType, ContextType>;
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
  speakerKind?: Resolver<Maybe<ResolversTypes['SpeakerKind']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatisticResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type TimelineActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineActor'] = ResolversParentTypes['TimelineActor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['TimelineMeeting'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineMeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineMeeting'] = ResolversParentTypes['TimelineMeeting']> = {
  cycle?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['SeriesRef']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TopicKind']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  panels?: Resolver<Array<ResolversTypes['Panel']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TraceabilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Traceability'] = ResolversParentTypes['Traceability']> = {
  observations?: Resolver<Array<ResolversTypes['ObservationTrace']>, ParentType, ContextType>;
  untakenInputs?: Resolver<Array<ResolversTypes['StatementSummary']>, ParentType, ContextType>;
};

export type VoiceBreakdownResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VoiceBreakdown'] = ResolversParentTypes['VoiceBreakdown']> = {
  byActorKind?: Resolver<Array<ResolversTypes['ActorKindCount']>, ParentType, ContextType>;
  byGender?: Resolver<Array<ResolversTypes['GenderCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionCount']>, ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VoicesOverTimeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VoicesOverTime'] = ResolversParentTypes['VoicesOverTime']> = {
  meetings?: Resolver<Array<ResolversTypes['MeetingVoices']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['VoiceBreakdown'], ParentType, ContextType>;
};

export type WorkingGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WorkingGroup'] = ResolversParentTypes['WorkingGroup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  ActorKindCount?: ActorKindCountResolvers<ContextType>;
  ActorTimeline?: ActorTimelineResolvers<ContextType>;
  Addressee?: AddresseeResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  Appearance?: AppearanceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AxisEntry?: AxisEntryResolvers<ContextType>;
  Chairing?: ChairingResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  CurationConflict?: CurationConflictResolvers<ContextType>;
  CurationOp?: CurationOpResolvers<ContextType>;
  CurationResult?: CurationResultResolvers<ContextType>;
  DiffResult?: DiffResultResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DrawsOn?: DrawsOnResolvers<ContextType>;
  DrawsOnLink?: DrawsOnLinkResolvers<ContextType>;
  DriverOfMigration?: DriverOfMigrationResolvers<ContextType>;
  DriverRanking?: DriverRankingResolvers<ContextType>;
  Echo?: EchoResolvers<ContextType>;
  EchoedInput?: EchoedInputResolvers<ContextType>;
  EngagementCell?: EngagementCellResolvers<ContextType>;
  EngagementMatrix?: EngagementMatrixResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Evidenced?: EvidencedResolvers<ContextType>;
  FactChange?: FactChangeResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  GenderCount?: GenderCountResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingHub?: MeetingHubResolvers<ContextType>;
  MeetingVoices?: MeetingVoicesResolvers<ContextType>;
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
  ParticipationCount?: ParticipationCountResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationRef?: RecommendationRefResolvers<ContextType>;
  RecurrenceLink?: RecurrenceLinkResolvers<ContextType>;
  RecurrenceStep?: RecurrenceStepResolvers<ContextType>;
  RegionCount?: RegionCountResolvers<ContextType>;
  ScalarOrEnum?: GraphQLScalarType;
  SearchHit?: SearchHitResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SelectionSet?: GraphQLScalarType;
  Series?: SeriesResolvers<ContextType>;
  SeriesMeeting?: SeriesMeetingResolvers<ContextType>;
  SeriesParticipant?: SeriesParticipantResolvers<ContextType>;
  SeriesRef?: SeriesRefResolvers<ContextType>;
  SeriesStep?: SeriesStepResolvers<ContextType>;
  SeriesTimeline?: SeriesTimelineResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  StakeholderGroup?: StakeholderGroupResolvers<ContextType>;
  StakeholderUptake?: StakeholderUptakeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementContext?: StatementContextResolvers<ContextType>;
  StatementSummary?: StatementSummaryResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  TimelineActor?: TimelineActorResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineMeeting?: TimelineMeetingResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  Traceability?: TraceabilityResolvers<ContextType>;
  VoiceBreakdown?: VoiceBreakdownResolvers<ContextType>;
  VoicesOverTime?: VoicesOverTimeResolvers<ContextType>;
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
