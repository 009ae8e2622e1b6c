/**
 * Lettered sub-items of a paragraph, "(a) … (b) … (c) …", whether printed inline ("These
 * were: (a) developments …; and (b) determining …") or as blocks of their own under the
 * paragraph. The paragraph text is already final (joined, normalised); items are spans of
 * it, so `text.slice(start, end) === item.text` always holds.
 *
 * Not every "(c)" is an item: "article 32, paragraph 3 (c)" is a citation. So a list must
 * start at (a) and reach at least (b), letters in sequence. Where a letter occurs more than
 * once ("(a) A national report … under paragraph 15 (a) (A/HRC/…); (b) …"), the occurrence
 * that opens a list entry is preferred: after ":" ";" "," "and"/"or", or at the start of a
 * joined block. Once the list has shown such punctuation, later letters must show it too,
 * so a stray "(c)" in a later sentence does not extend a two-item list.
 *
 * Linear: one scan for markers, then one pointer per letter.
 */
import type { ParsedItem } from './parsed-document.js';

interface Marker {
  letter: string;
  /** Index of "(". */
  at: number;
  /** Index just after ")". */
  end: number;
  strong: boolean;
}

export function letteredItems(text: string, blockStarts: ReadonlySet<number> = new Set()): ParsedItem[] {
  const byLetter = new Map<string, Marker[]>();
  const re = /\(([a-z])\)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const prev = text[at - 1];
    const next = text[end];
    if (prev !== undefined && !/\s/.test(prev)) continue;
    if (next !== undefined && !/\s/.test(next)) continue;
    const letter = m[1] as string;
    const list = byLetter.get(letter) ?? [];
    list.push({ letter, at, end, strong: blockStarts.has(at) || opensEntry(text, at) });
    byLetter.set(letter, list);
  }

  const chain: Marker[] = [];
  let position = -1;
  let needStrong = false;
  for (let code = 97; code <= 122; code++) {
    const candidates = byLetter.get(String.fromCharCode(code));
    if (!candidates) break;
    const after = candidates.filter((c) => c.at > position);
    const pick = after.find((c) => c.strong) ?? (needStrong ? undefined : after[0]);
    if (!pick) break;
    chain.push(pick);
    position = pick.at;
    if (pick.strong) needStrong = true;
  }
  if (chain.length < 2) return [];

  return chain.map((marker, i) => {
    let start = marker.end;
    while (start < text.length && /\s/.test(text[start] as string)) start++;
    const limit = i + 1 < chain.length ? (chain[i + 1] as Marker).at : text.length;
    const end = Math.max(start, trimEnd(text, start, limit));
    return { label: marker.letter, text: text.slice(start, end), start, end };
  });
}

/** Is the marker at `at` preceded by list punctuation (":", ";", ",", "and", "or") or nothing? */
function opensEntry(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k] as string)) k--;
  if (k < 0) return true;
  const c = text[k] as string;
  if (':;,—–'.includes(c)) return true;
  const word = text.slice(Math.max(0, k - 3), k + 1);
  return /(^|[\s,;])(and|or)$/.test(word);
}

/** End of an item without trailing spaces and list glue ("; and", ","). */
function trimEnd(text: string, start: number, limit: number): number {
  let end = limit;
  for (let round = 0; round < 3; round++) {
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    const before = end;
    for (const word of [' and', ' or']) {
      if (end - start > word.length && text.slice(end - word.length, end) === word) end -= word.length;
    }
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start && ';,'.includes(text[end - 1] as string)) end--;
    if (end === before) break;
  }
  return end;
}
