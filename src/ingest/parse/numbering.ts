/**
 * The numbering schemes of UN documents, as small anchored readers. Every pattern is
 * anchored at the start of a line and has no nested or overlapping quantifiers, so each
 * call is linear in the line (a 10 MB line costs one pass, never a backtracking storm).
 *
 * - numbered paragraph:      "12. The Co-Chairs …"          (the unit of citation)
 * - sub-numbered paragraph:  "121.3 Ratify …" / "121.3. …"  (a recommendation under 121)
 * - lettered sub-item:       "(a) …" / "a) …"
 * - page footnote line:      "1 Hereinafter: …"             (number, space, no full stop)
 * - section heading number:  "II." (Roman) > "C." (capital letter) > "1." (digit)
 */

export interface LineMarker {
  /** As printed, e.g. "12" or "121.3". */
  printed: string;
  /** Where the text after the marker starts. */
  rest: number;
}

const PARAGRAPH = /^\s*(\d{1,6})\.(?=\s|$)\s*/;
const SUB_PARAGRAPH = /^\s*(\d{1,6})\.(\d{1,4})\.?(?=\s|$)\s*/;
const ITEM = /^\s*\(?([a-z])\)(?=\s)/;
const BARE_NOTE = /^\s*(\d{1,4})[ \t]+(?=\S)/;
const HEADING_NUMBER = /^\s*([IVXLCDM]{1,8}|[A-Z]|\d{1,3})[.)]\s+(?=\S)/;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function readParagraphMarker(line: string): (LineMarker & { n: number }) | null {
  const m = PARAGRAPH.exec(line);
  return m ? { printed: m[1] as string, n: Number(m[1]), rest: m[0].length } : null;
}

export function readSubParagraphMarker(line: string): (LineMarker & { parent: number; minor: number }) | null {
  const m = SUB_PARAGRAPH.exec(line);
  if (!m) return null;
  return { printed: `${Number(m[1])}.${Number(m[2])}`, parent: Number(m[1]), minor: Number(m[2]), rest: m[0].length };
}

/** "(a) …" or "a) …" at the start of a line: the letter, or null. */
export function readItemMarker(line: string): string | null {
  const m = ITEM.exec(line);
  return m ? (m[1] as string) : null;
}

/** "1 Hereinafter: …": a footnote line as printed at the foot of a page. */
export function readBareNoteMarker(line: string): (LineMarker & { n: number }) | null {
  const m = BARE_NOTE.exec(line);
  return m ? { printed: String(Number(m[1])), n: Number(m[1]), rest: m[0].length } : null;
}

export interface HeadingNumber {
  /** "II", "C", "1" as printed. */
  token: string;
  title: string;
}

/** "II. Opening" → { token: "II", title: "Opening" }; null when the heading has no number. */
export function readHeadingNumber(text: string): HeadingNumber | null {
  const m = HEADING_NUMBER.exec(text);
  if (!m) return null;
  const token = m[1] as string;
  // "AB." or "IIV." are not numbers: only single letters or valid Roman numerals.
  if (token.length > 1 && !/^\d+$/.test(token) && !isRoman(token)) return null;
  return { token, title: text.slice(m[0].length).trim() };
}

export function isRoman(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] as string] ?? 0;
    const next = v[s[i + 1] as string] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/**
 * Could this line be a heading title rather than a sentence? Short, no sentence-final or
 * list punctuation at the end, starting with a capital (or digit/quote). Used only where the
 * markup does not say (plain text, or an unmarked "II. Opening" line).
 */
export function looksLikeHeadingTitle(title: string, maxWords = 25): boolean {
  const t = title.trim();
  if (t.length === 0 || t.length > 250) return false;
  if (/[.;,:!?]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(t)) return false;
  return t.split(/\s+/).length <= maxWords;
}

/** "II. Opening" or "C. Implementation of …" on a line of its own (never a digit: "1." is a paragraph). */
export function looksLikeLetteredHeadingLine(line: string): boolean {
  const h = readHeadingNumber(line);
  return h !== null && !/^\d/.test(h.token) && looksLikeHeadingTitle(h.title);
}

/** A year ("2019. In addition …" after a page break) is not a paragraph number. */
export function isYearLike(n: number): boolean {
  return n >= 1900 && n <= 2100;
}
