/**
 * Full-text search over the indexes src/db/migrations.ts creates: paragraph text,
 * statement/observation/statistic text, and the names of every node. Which indexes are
 * asked depends on the labels wanted; their names come from the migrations, never from a
 * request. The query text is always a parameter.
 */
import { FULLTEXT_INDEXES } from '../../db/migrations.js';
import type { NodeLabel } from '../../graph/model.js';
import { citation, graphNode } from './projection.js';

interface IndexInfo {
  name: string;
  /** Labels the index covers; null = all labels (the names index). */
  labels: readonly NodeLabel[] | null;
}

export const SEARCH_INDEXES: readonly IndexInfo[] = [
  { name: FULLTEXT_INDEXES.paragraphText, labels: ['Paragraph'] },
  { name: FULLTEXT_INDEXES.statementText, labels: ['Statement', 'Observation', 'Statistic'] },
  { name: FULLTEXT_INDEXES.nodeNames, labels: null },
];

/** The indexes worth asking for these labels (all when none are given). */
export function indexesFor(types: readonly NodeLabel[] | null): string[] {
  return SEARCH_INDEXES.filter((i) => !types || i.labels === null || i.labels.some((l) => types.includes(l))).map((i) => i.name);
}

/**
 * Each index returns its best $fetch hits; a node found by several keeps its best score.
 * Scores of different indexes are all Lucene BM25 over short texts, close enough to rank
 * together. The citation is the paragraph itself, or the first paragraph a fact was read from.
 */
export function searchQuery(indexes: readonly string[]): string {
  const known = new Set(SEARCH_INDEXES.map((i) => i.name));
  const branches = indexes.map((name) => {
    if (!known.has(name)) throw new Error(`unknown full-text index ${name}`);
    return `CALL db.index.fulltext.queryNodes('${name}', $query, {limit: $fetch}) YIELD node, score RETURN node, score`;
  });
  return `
CALL {
  ${branches.join('\n  UNION ALL\n  ')}
}
WITH node, score WHERE $types IS NULL OR head(labels(node)) IN $types
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $first
RETURN ${graphNode('node')} AS node, score,
  CASE WHEN node:Paragraph THEN ${citation('node')}
       ELSE COLLECT {
         MATCH (node)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote)
         RETURN ${citation('p', 'e.quote')} ORDER BY p.order LIMIT 1
       }[0] END AS citation`;
}
