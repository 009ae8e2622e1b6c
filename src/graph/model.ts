/**
 * The graph's vocabulary: node labels, relationship types and the generic shapes that
 * resolve produces, load writes, and export reads. The GraphQL schema (schema/*.graphql)
 * describes the same model for the API; keep the two in step.
 *
 * Every node has a deterministic `id` (see ids.ts) and a display `name`, so full-text
 * search and the viewer can treat all nodes alike. Nodes read out of one document carry
 * `documentId` (they belong to it and are replaced when it is re-ingested); shared nodes
 * (organizations, concepts, places…) have none and are met by every document that names them.
 * Relationships read from text carry `documentId`, `paragraphs` (paragraph numbers),
 * `method` and `confidence`.
 */

export const NODE_LABELS = [
  'Document',
  'Section',
  'Paragraph',
  'Footnote',
  'Meeting',
  'Series',
  'WorkingGroup',
  'Session',
  'AgendaItem',
  'Panel',
  'Topic',
  'Organization',
  'Person',
  'Statement',
  'DriverOfMigration',
  'Concept',
  'Observation',
  'StakeholderGroup',
  'Statistic',
  'Place',
  'Instrument',
  'Project',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'HAS_SECTION', // Document → Section (every section)
  'HAS_SUBSECTION', // Section → Section
  'HAS_PARAGRAPH', // Document → Paragraph (every paragraph)
  'CONTAINS', // Section → Paragraph
  'HAS_SUBPARAGRAPH', // Paragraph 121 → Paragraph 121.3
  'NEXT', // Paragraph → following Paragraph
  'HAS_FOOTNOTE', // Document → Footnote
  'CITES_FOOTNOTE', // Paragraph → Footnote
  'RECORDS', // Document → Meeting
  'FOLLOWS', // Meeting → Session
  'IN_SERIES', // Meeting → Series
  'OF', // Session → WorkingGroup
  'CHAIRED_BY', // Meeting → Person
  'AFFILIATED_WITH', // Person → Organization | Place (a State's delegation) {position}
  'HAS_AGENDA_ITEM', // Meeting → AgendaItem
  'HAS_PANEL', // AgendaItem → Panel
  'HAS_TOPIC', // AgendaItem → Topic (discussion points)
  'ON_TOPIC', // Panel → Topic
  'SPOKE_ON', // Person → Panel {position}
  'REPRESENTS', // Person → Organization | Place
  'MADE_BY', // Statement → Person | Organization | Place (a State speaking)
  'IN', // Statement → Panel | AgendaItem
  'EVIDENCED_BY', // Statement | Statistic | Observation → Paragraph {start, end, quote}
  'MENTIONS', // Paragraph | Footnote | Statement | Observation → Concept | DriverOfMigration | Place | Instrument | Organization | Project
  'REPORTS', // Statement → Statistic
  'REPORTED_BY', // Statistic → Organization | Place
  'PRODUCED', // Meeting → Observation
  'ADDRESSED_TO', // Observation → Organization | StakeholderGroup | Place
  'RECOMMENDED_BY', // Observation → Place (the recommending State)
  'DRAWS_ON', // Observation → Statement {score, shared}
  'PARTICIPATED_IN', // Organization | Place → Meeting {role, statements} (derived)
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Property values Neo4j can store: primitives and homogeneous lists of them. */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  properties: Properties;
}

export interface GraphRelationship {
  type: RelationshipType;
  start: string;
  end: string;
  properties: Properties;
}

/** One document's share of the graph, as resolve hands it to load. */
export interface DocumentGraph {
  documentId: string;
  /** Changes whenever the text, the vocabularies, the curation file or the pipeline version change. */
  ingestHash: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
