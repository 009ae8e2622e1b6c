/**
 * The user's search text → a Lucene query for Neo4j's full-text indexes. WORDS (the
 * default) escapes Lucene's syntax so "non-liability principle" or "A/HRC/43/15" is just
 * words; PHRASE quotes it; LUCENE passes it through for researchers who want AND/OR,
 * fuzzy~ or prefix*.
 */
import { badInput } from '../errors.js';

export type SearchMode = 'WORDS' | 'PHRASE' | 'LUCENE';

export const MAX_QUERY_LENGTH = 500;
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string, mode: SearchMode): string {
  const trimmed = text.trim();
  if (trimmed === '') throw badInput('search: `query` is empty');
  if (trimmed.length > MAX_QUERY_LENGTH) throw badInput(`search: \`query\` is longer than ${MAX_QUERY_LENGTH} characters`);
  switch (mode) {
    case 'LUCENE':
      return trimmed;
    case 'PHRASE':
      return `"${escape(trimmed)}"`;
    case 'WORDS': {
      // Lower case so AND/OR/NOT are words, not operators.
      const escaped = escape(trimmed.toLowerCase()).trim();
      if (!/[\p{L}\p{N}]/u.test(escaped)) throw badInput('search: `query` has no words to look for');
      return escaped;
    }
  }
}

function escape(s: string): string {
  return s.replace(SPECIAL, (c) => `\\${c}`);
}

/** The words of the query, for highlighting: letters and digits, operators left out. */
export function queryWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !['AND', 'OR', 'NOT', 'TO'].includes(w)).map((w) => w.toLowerCase()))].filter((w) => w.length > 1);
}
