/**
 * What the viewer works with, independent of the API's exact field names: graph-api.ts is
 * the one place that maps GraphQL answers onto these shapes, so a rename in the schema is a
 * one-file change.
 */

/** Which kind of place a citation points at (the schema's CitationPlace). */
export type CitationPlace = 'PARAGRAPH' | 'NOTE' | 'ANNEX' | 'TEXT' | 'TITLE_PAGE';

/** Where a fact was read: a paragraph, a note, an annex block or a title line, ready to cite. */
export interface Citation {
  documentId: string;
  documentTitle: string | null;
  /** The evidence key: "22" for a paragraph, "fn1" for note 1, "annex-3", "title-0". */
  paragraph: string;
  place: CitationPlace;
  paragraphId: string;
  text: string;
  citation: string;
  /** The words the fact was read from, when the extractor recorded them. */
  quote: string | null;
  /** Where the quote starts and ends in `text` (character offsets), when recorded. */
  start: number | null;
  end: number | null;
}

export type Properties = Record<string, unknown>;

export interface GraphNode {
  id: string;
  /** The node's label (Organization, Statement…): its type in the legend. */
  label: string;
  name: string;
  properties: Properties;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
  evidence: Citation[];
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The API cut the answer at its limit. */
  truncated: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  node: Pick<GraphNode, 'id' | 'label' | 'name'>;
  snippet: string;
  highlights: TextRange[];
  /** The property that matched: text, name, acronym… */
  field: string;
}

export interface NodeDetail {
  node: GraphNode;
  evidence: Citation[];
}

export interface StatementSummary {
  id: string;
  name: string;
  text: string | null;
  speakers: string[];
  citation: Citation | null;
}

export interface MatrixAxisEntry {
  id: string;
  label: string;
  kind: string | null;
  total: number;
}

export interface EngagementMatrix {
  rows: MatrixAxisEntry[];
  columns: MatrixAxisEntry[];
  cells: { row: string; column: string; count: number; statements: StatementSummary[] }[];
  totalStatements: number;
}

export type EngagementKind = 'topic' | 'meeting';
