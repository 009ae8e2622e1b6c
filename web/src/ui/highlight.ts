/**
 * Marks words inside a text with <mark>, building text nodes only: the text is never parsed
 * as HTML, whatever it contains.
 */
import type { TextRange } from '../api/types.js';

/** Case-insensitive occurrences of each needle, merged where they overlap. */
export function rangesOf(text: string, needles: (string | null | undefined)[]): TextRange[] {
  const lower = text.toLowerCase();
  const out: TextRange[] = [];
  for (const raw of needles) {
    const needle = raw?.trim().toLowerCase();
    // Very short needles (an acronym of 1–2 letters) would light up half the paragraph.
    if (!needle || needle.length < 3) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      out.push({ start: at, end: at + needle.length });
    }
  }
  return merge(out, text.length);
}

/**
 * The quoted words of a citation, where they stand: the recorded offsets when they hold the
 * quote (so a phrase said twice is marked once, where it was read), else the quote's first
 * occurrence. Null when the quote cannot be placed, or when it is the whole paragraph:
 * marking everything would say nothing.
 */
export function quoteRange(text: string, quote: string | null, start: number | null, end: number | null): TextRange | null {
  let range: TextRange | null = null;
  if (
    start !== null &&
    end !== null &&
    start >= 0 &&
    end <= text.length &&
    start < end &&
    (quote === null || text.slice(start, end) === quote)
  ) {
    range = { start, end };
  } else if (quote?.trim()) {
    const at = text.toLowerCase().indexOf(quote.trim().toLowerCase());
    if (at !== -1) range = { start: at, end: at + quote.trim().length };
  }
  if (!range) return null;
  const whole = text.slice(0, range.start).trim() === '' && text.slice(range.end).trim() === '';
  return whole ? null : range;
}

export function merge(ranges: TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export function highlighted(text: string, ranges: TextRange[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const r of merge(ranges, text.length)) {
    if (r.start > at) frag.append(document.createTextNode(text.slice(at, r.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(r.start, r.end);
    frag.append(mark);
    at = r.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}
