/**
 * Neo4j's full-text procedures return the node and a score, not where the words matched;
 * the snippet and its highlights are found here, on the text the index holds.
 */

export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  field: string;
  snippet: string;
  highlights: TextRange[];
}

export const SNIPPET_LENGTH = 240;

/** The properties each index covers, in the order a hit is explained by them. */
const SEARCHABLE_FIELDS = ['text', 'description', 'name', 'acronym', 'title'] as const;

/** Finds the query's words in texts; compiled once per search, used on every hit. */
export interface WordMatcher {
  first(text: string): number | null;
  all(text: string): TextRange[];
}

export function wordMatcher(words: string[]): WordMatcher {
  const re = wordPattern(words);
  return {
    first(text) {
      if (!re) return null;
      re.lastIndex = 0;
      const m = re.exec(text);
      return m ? m.index : null;
    },
    all(text) {
      if (!re) return [];
      // matchAll starts where the last exec left off (lastIndex): start from the beginning.
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    },
  };
}

export function snippetFor(properties: Record<string, unknown>, matcher: WordMatcher): Snippet {
  const fields = SEARCHABLE_FIELDS.filter((f) => typeof properties[f] === 'string' && (properties[f] as string).length > 0);
  const matching = fields.find((f) => matcher.first(properties[f] as string) !== null);
  const field = matching ?? fields[0] ?? 'name';
  const text = typeof properties[field] === 'string' ? (properties[field] as string) : '';
  return { field, ...window(text, matcher) };
}

/** ~SNIPPET_LENGTH characters around the first match, cut at word boundaries, with every match in it. */
export function window(text: string, matcher: WordMatcher, length = SNIPPET_LENGTH): { snippet: string; highlights: TextRange[] } {
  if (text.length <= length) return { snippet: text, highlights: matcher.all(text) };
  const at = matcher.first(text) ?? 0;
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { snippet, highlights: matcher.all(snippet) };
}

function wordPattern(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A word starts where a letter or digit is not preceded by one (the index's tokens).
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'giu');
}
