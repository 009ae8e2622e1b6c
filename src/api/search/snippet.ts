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

export function snippetFor(properties: Record<string, unknown>, words: string[]): Snippet {
  const fields = SEARCHABLE_FIELDS.filter((f) => typeof properties[f] === 'string' && (properties[f] as string).length > 0);
  const matching = fields.find((f) => firstMatch(properties[f] as string, words) !== null);
  const field = matching ?? fields[0] ?? 'name';
  const text = typeof properties[field] === 'string' ? (properties[field] as string) : '';
  return { field, ...window(text, words) };
}

/** ~SNIPPET_LENGTH characters around the first match, cut at word boundaries, with every match in it. */
export function window(text: string, words: string[], length = SNIPPET_LENGTH): { snippet: string; highlights: TextRange[] } {
  if (text.length <= length) return { snippet: text, highlights: matches(text, words) };
  const at = firstMatch(text, words) ?? 0;
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
  return { snippet, highlights: matches(snippet, words) };
}

function wordPattern(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A word starts where a letter or digit is not preceded by one (the index's tokens).
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'giu');
}

function firstMatch(text: string, words: string[]): number | null {
  const re = wordPattern(words);
  if (!re) return null;
  const m = re.exec(text);
  return m ? m.index : null;
}

function matches(text: string, words: string[]): TextRange[] {
  const re = wordPattern(words);
  if (!re) return [];
  const out: TextRange[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
