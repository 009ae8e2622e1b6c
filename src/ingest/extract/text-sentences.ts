/**
 * Sentence splitting with offsets into the paragraph text, so every fact can quote the exact
 * span it was read from. One left-to-right pass, no regex backtracking: documents of 100,000
 * paragraphs go through this for every extractor.
 */

export interface Sentence {
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset after the last character (end exclusive), trailing spaces excluded. */
  end: number;
  text: string;
}

/**
 * Words that end in a full stop without ending the sentence. UN texts are full of
 * honorifics ("Ms. Kakosimou") and citation abbreviations ("para. 53", "No. 29").
 */
const ABBREVIATIONS = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'para',
  'paras',
  'p',
  'pp',
  'art',
  'arts',
  'vol',
  'rev',
  'cf',
  'jr',
  'sr',
  'ltd',
  'inc',
  'co',
  'corp',
  'vs',
  'v',
  'approx',
  'fig',
  'ed',
  'eds',
  'op',
  'cit',
  'ibid',
  'amb',
  'h.e',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'u.k',
  'mme',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '*']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The token (run of non-space characters) that ends just before `dot`, lower-cased, without the dot. */
function tokenBefore(text: string, dot: number): string {
  let i = dot - 1;
  // abbreviations are short: never walk back further (a URL full of dots stays linear)
  const stop = Math.max(-1, dot - 12);
  while (i > stop && !isSpace(text[i]) && text[i] !== '(') i--;
  if (i === stop && stop >= 0) return '';
  return text.slice(i + 1, dot).toLowerCase();
}

/** True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const token = tokenBefore(text, dot);
  if (token === '') return false;
  if (ABBREVIATIONS.has(token)) return true;
  // A single capital letter is an initial ("J. Smith"), and dotted forms ("U.N") are abbreviations.
  if (token.length === 1 && /[a-z]/.test(token)) return text[dot - 1] !== text[dot - 1]?.toLowerCase();
  return token.includes('.') && token.length <= 6;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isAbbreviationDot(text, i)) continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j] as string)) j++;
    // A footnote number glued after the full stop ("Statelessness.6 JS2") still ends the
    // sentence; a decimal ("48.5") does not, because a digit precedes its dot.
    if (ch === '.' && !isDigit(text[i - 1])) {
      let k = j;
      while (k < n && k - j < 3 && isDigit(text[k])) k++;
      if (k > j && (k >= n || isSpace(text[k]))) j = k;
    }
    if (j < n && !isSpace(text[j])) continue;
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k < n && isLower(text[k])) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return sentences;
}
