/**
 * Evidence builders: every fact points back to its words (domain model, principle 1), so the
 * offsets and the quote are always taken from the same paragraph text.
 */
import type { ParsedParagraph } from '../parse/parsed-document.js';
import type { Evidence } from './facts.js';

/** Evidence for `text[start, end)` of a paragraph, trimmed of surrounding spaces. */
export function spanEvidence(p: ParsedParagraph, start: number, end: number): Evidence {
  let s = Math.max(0, start);
  let e = Math.min(p.text.length, end);
  while (s < e && /\s/.test(p.text[s] as string)) s++;
  while (e > s && /\s/.test(p.text[e - 1] as string)) e--;
  return { paragraph: p.number, start: s, end: e, quote: p.text.slice(s, e) };
}

/** Evidence for a whole paragraph (structure read from numbering). */
export function paragraphEvidence(p: ParsedParagraph): Evidence {
  return spanEvidence(p, 0, p.text.length);
}
