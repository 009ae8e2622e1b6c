/**
 * The texts an extractor may cite, each with the key its evidence carries. Numbered
 * paragraphs are cited by their number ("22", "121.3"). Footnotes are cited as `fn<number>`
 * ("fn1"): a letter prefix cannot collide with a paragraph number, and a UPR summary names its
 * stakeholders only in its first endnote, so that list must be citable too. An unnumbered
 * block (a delegation list in an annex) is `annex-<n>` (its 0-based order among unnumbered
 * blocks), a title-block line `title-<n>` (its 0-based line). Resolve and the API read a key
 * back with `placeOfKey`, so every kind of key finds its text.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence } from './facts.js';

export interface CitableText {
  key: string;
  text: string;
  kind: 'paragraph' | 'footnote';
  /** Footnote numbers the paragraph cites (empty for footnotes). */
  footnoteRefs: string[];
}

export const FOOTNOTE_PREFIX = 'fn';
export const ANNEX_PREFIX = 'annex-';
export const TITLE_PREFIX = 'title-';

export function footnoteKey(number: string): string {
  return `${FOOTNOTE_PREFIX}${number}`;
}

export function annexKey(order: number): string {
  return `${ANNEX_PREFIX}${order}`;
}

export function titleKey(line: number): string {
  return `${TITLE_PREFIX}${line}`;
}

/** Which kind of place an evidence key names, and the note number for a footnote. */
export type CitedPlace = { place: 'paragraph' } | { place: 'note'; number: string } | { place: 'annex' } | { place: 'title' };

export function placeOfKey(key: string): CitedPlace {
  if (key.startsWith(FOOTNOTE_PREFIX)) return { place: 'note', number: key.slice(FOOTNOTE_PREFIX.length) };
  if (key.startsWith(ANNEX_PREFIX)) return { place: 'annex' };
  if (key.startsWith(TITLE_PREFIX)) return { place: 'title' };
  return { place: 'paragraph' };
}

export function paragraphTexts(doc: ParsedDocument): CitableText[] {
  return doc.paragraphs.map((p) => ({ key: p.number, text: p.text, kind: 'paragraph' as const, footnoteRefs: p.footnoteRefs }));
}

export function footnoteTexts(doc: ParsedDocument): CitableText[] {
  return doc.footnotes.map((f) => ({ key: footnoteKey(f.number), text: f.text, kind: 'footnote' as const, footnoteRefs: [] }));
}

export function evidenceAt(key: string, text: string, start: number, end: number): Evidence {
  return { paragraph: key, start, end, quote: text.slice(start, end) };
}

/**
 * Drops repeated spans and spans nested in a wider span of the same paragraph ("UNODC" inside
 * "United Nations Office on Drugs and Crime (UNODC)"). Sorting by start, widest first, makes
 * it one sweep per paragraph, so a paragraph with 100,000 mentions stays cheap.
 */
export function dropNested(items: Evidence[]): Evidence[] {
  const byParagraph = new Map<string, Evidence[]>();
  for (const e of items) {
    const list = byParagraph.get(e.paragraph);
    if (list) list.push(e);
    else byParagraph.set(e.paragraph, [e]);
  }
  const kept = new Set<Evidence>();
  for (const list of byParagraph.values()) {
    const spans = list.filter((e) => e.start !== undefined && e.end !== undefined).sort((a, b) => a.start! - b.start! || b.end! - a.end!);
    let maxEnd = -1;
    for (const e of spans) {
      if (e.end! > maxEnd) kept.add(e);
      maxEnd = Math.max(maxEnd, e.end!);
    }
    for (const e of list) if (e.start === undefined || e.end === undefined) kept.add(e);
  }
  return items.filter((e) => kept.has(e));
}

/** Whether some span of `outer` in the same paragraph covers the span asked about (binary search per paragraph). */
export function coverage(outer: Evidence[]): (e: Evidence) => boolean {
  const grouped = new Map<string, Evidence[]>();
  for (const e of outer) {
    if (e.start === undefined || e.end === undefined) continue;
    const list = grouped.get(e.paragraph);
    if (list) list.push(e);
    else grouped.set(e.paragraph, [e]);
  }
  const index = new Map<string, { starts: number[]; maxEnds: number[] }>();
  for (const [key, list] of grouped) {
    list.sort((a, b) => a.start! - b.start!);
    let max = -1;
    index.set(key, { starts: list.map((e) => e.start!), maxEnds: list.map((e) => (max = Math.max(max, e.end!))) });
  }
  return (e) => {
    const p = index.get(e.paragraph);
    if (!p || e.start === undefined || e.end === undefined) return false;
    let lo = 0;
    let hi = p.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (p.starts[mid]! <= e.start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && p.maxEnds[last]! >= e.end;
  };
}
