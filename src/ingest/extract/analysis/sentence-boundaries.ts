/**
 * Sentence boundaries by a library (sbd, "Sentence Boundary Detection"), with the exact character
 * offsets the evidence needs. sbd returns the sentences as strings; with `preserve_whitespace` they
 * concatenate back to the input, so each sentence's offset is where the previous one ended.
 *
 * Two UN conventions sbd does not know are applied after it, each a construction of UN records:
 * citation abbreviations ("para. 53", "No. 29", "H.E."), and footnote numbers glued to a full
 * stop ("… the Convention.6 JS2 recommended …"), which end a sentence.
 */
import sbd from 'sbd';

export interface Sentence {
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset after the last character (end exclusive), trailing spaces excluded. */
  end: number;
  text: string;
}

/**
 * sbd compares abbreviations case-sensitively and an explicit list replaces its own, so this is
 * its English list's titles plus the honorifics and citation words of UN records, in both cases.
 */
const ABBREVIATIONS = [
  'Mr',
  'Ms',
  'Mrs',
  'Mme',
  'Miss',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'Rev',
  'Amb',
  'H.E',
  'Gen',
  'Col',
  'Capt',
  'Lt',
  'Maj',
  'Sen',
  'Gov',
  'No',
  'Nos',
  'para',
  'paras',
  'Para',
  'Paras',
  'p',
  'pp',
  'art',
  'arts',
  'Art',
  'Arts',
  'vol',
  'Vol',
  'cf',
  'Cf',
  'op',
  'cit',
  'ibid',
  'Ibid',
  'approx',
  'fig',
  'Fig',
  'ed',
  'eds',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'v',
  'Ltd',
  'Inc',
  'inc',
  'Co',
  'Corp',
  'Dept',
  'Univ',
  'U.S',
  'U.N',
  'U.K',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const OPTIONS = {
  preserve_whitespace: true,
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  abbreviations: ABBREVIATIONS,
};

/** Short words that end in a full stop inside a sentence, lower-cased (for the pieces sbd still cuts). */
const INSIDE = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function trimmed(text: string, s: number, e: number): Sentence | null {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/** Offsets of sbd's pieces; falls back to one sentence if the pieces do not rebuild the text. */
function pieces(text: string): [number, number][] {
  const parts: string[] = sbd.sentences(text, OPTIONS);
  const out: [number, number][] = [];
  let at = 0;
  for (const part of parts) {
    const i = text.indexOf(part, at);
    if (i < 0) return [[0, text.length]];
    out.push([at, i + part.length]);
    at = i + part.length;
  }
  if (at < text.length) out.push([at, text.length]);
  return out;
}

/** The word before the final full stop of a piece, lower-cased ("para" for "… in para."). */
function lastWord(text: string, end: number): string {
  const m = /(\S+)\.\s*$/.exec(text.slice(Math.max(0, end - 16), end));
  return (m?.[1] ?? '').replace(/^[("“]+/, '').toLowerCase();
}

/** Splits at footnote numbers glued to a full stop ("Convention.6 JS2"); a decimal has a digit before its dot. */
function splitGluedFootnotes(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?<=[^\d\s.]\.["”’)]*)\d{1,3}(?=\s+["“(]?\p{Lu})/gu;
  re.lastIndex = 0;
  let from = s;
  for (const m of text.slice(s, e).matchAll(re)) {
    const cut = s + (m.index ?? 0) + m[0].length;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, e]);
  return out;
}

export function sentenceBoundaries(text: string): Sentence[] {
  const merged: [number, number][] = [];
  for (const [s, e] of pieces(text)) {
    const prev = merged[merged.length - 1];
    const next = text.slice(s).trimStart();
    // sbd still cuts after an abbreviation it was given when a number or a capital follows
    // ("para. 53", "Mr. J. Smith"), and before a lower-case word; both continue the sentence.
    if (
      prev &&
      (INSIDE.has(lastWord(text, prev[1])) ||
        /^\p{Ll}/u.test(next) ||
        /^\p{Lu}\.\s*$/u.test(
          text
            .slice(prev[1] - 3, prev[1])
            .trim()
            .slice(-2),
        ))
    ) {
      prev[1] = e;
    } else merged.push([s, e]);
  }
  const out: Sentence[] = [];
  for (const [s, e] of merged) {
    for (const [a, b] of splitGluedFootnotes(text, s, e)) {
      const t = trimmed(text, a, b);
      if (t) out.push(t);
    }
  }
  return out;
}
