/**
 * Abbreviation definitions by the algorithm of
 *
 *   Ariel S. Schwartz and Marti A. Hearst (2003), "A simple algorithm for identifying
 *   abbreviation definitions in biomedical text", Pacific Symposium on Biocomputing 8:451-462.
 *
 * implemented after the authors' published reference implementation (ExtractAbbrev.java),
 * with character offsets added so every pair can be cited. No npm package implements it.
 *
 * 1. Candidates: "long form (short form)" and, when the parentheses hold more than two words
 *    or more characters than the text before them, "short form (long form)". The long-form
 *    window starts after the last ". " or ", " before the parenthesis. Inside the parentheses
 *    a ", " or "; " ends the short form ("(UNHCR, 2019)" → "UNHCR").
 * 2. A short form is valid when it has a letter, starts with a letter or digit and has at
 *    most two words; the swapped one must hold a capital.
 * 3. findBestLongForm: match the short form's letters and digits right to left, each to the
 *    nearest same character (case-insensitively) leftwards in the long form; its first
 *    character must start a word. The long form then runs from the start of that word.
 * 4. Reject when the long form is shorter than the short form, contains the short form as a
 *    word or ends with it, has more than min(2·|A|, |A|+5) words (|A|: the short form's
 *    letters and digits), or when |A| > 10.
 *
 * The only departures: text is read whole per paragraph (the paper reads a sentence per line;
 * its ". " rule keeps the window inside the sentence), and character classes are Unicode, so
 * "Fundación Mundial Déjame Vivir en Paz (FMDVEP)" is read as it is written.
 */

export interface AbbreviationPair {
  short: string;
  long: string;
  /** Offsets in the text (end exclusive). */
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
  /** Which way round the text wrote it. */
  order: 'long-short' | 'short-long';
}

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);
const hasCapital = (s: string): boolean => /\p{Lu}/u.test(s);
const tokens = (s: string): string[] => s.split(/\s+/).filter((t) => t !== '');

/** The paper's isValidShortForm: a letter somewhere, and a letter, digit or "(" first. */
export function isValidShortForm(s: string): boolean {
  return hasLetter(s) && (isLetterOrDigit(s[0]) || s[0] === '(');
}

/**
 * The paper's findBestLongForm: the shortest suffix of `longForm` (starting at a word) whose
 * characters cover the short form's letters and digits in order. Returns the suffix's offset
 * in `longForm`, or -1.
 */
export function findBestLongForm(shortForm: string, longForm: string): number {
  let l = longForm.length - 1;
  for (let s = shortForm.length - 1; s >= 0; s--) {
    const ch = shortForm[s]!.toLowerCase();
    if (!isLetterOrDigit(ch)) continue;
    while ((l >= 0 && longForm[l]!.toLowerCase() !== ch) || (s === 0 && l > 0 && isLetterOrDigit(longForm[l - 1]))) l--;
    if (l < 0) return -1;
    l--;
  }
  return longForm.lastIndexOf(' ', l) + 1;
}

/** The paper's extractAbbrPair checks, on an already trimmed pair. Returns the long form's offset in `longForm`, or -1. */
function bestPair(shortForm: string, longForm: string): number {
  if (shortForm.length < 2) return -1;
  const at = findBestLongForm(shortForm, longForm);
  if (at < 0) return -1;
  const best = longForm.slice(at);
  const longSize = best.split(/[\s-]+/).filter((t) => t !== '').length;
  const shortSize = [...shortForm].filter((c) => isLetterOrDigit(c)).length;
  if (
    best.length < shortForm.length ||
    best.includes(`${shortForm} `) ||
    best.endsWith(shortForm) ||
    longSize > shortSize * 2 ||
    longSize > shortSize + 5 ||
    shortSize > 10
  ) {
    return -1;
  }
  return at;
}

/**
 * Whether `shortForm` abbreviates the whole of `name` by the paper's test (the best long form
 * starts at the name's first word): "CoE" for "Council of Europe", not "PI" for "Peace Institute of Ljubljana".
 */
export function abbreviates(shortForm: string, name: string): boolean {
  return bestPair(shortForm, name.trim()) === 0;
}

/** Offsets of `inner` trimmed inside text[from, to). */
function trimmed(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** How far a parenthesis and a long-form window may reach, in characters. */
const MAX_PAREN = 300;
const MAX_WINDOW = 400;

/** A short-form/long-form candidate of step 1, before the long form is narrowed (step 3). */
export interface AbbreviationCandidate {
  short: string;
  shortStart: number;
  shortEnd: number;
  /** The whole long-form window. */
  window: string;
  windowStart: number;
  order: AbbreviationPair['order'];
}

/** Step 1 and 2: every candidate pair in `text`, in order. */
export function abbreviationCandidates(text: string): AbbreviationCandidate[] {
  const out: AbbreviationCandidate[] = [];
  // `base` is where the paper's shrinking `currSentence` starts in the text.
  let base = 0;
  for (;;) {
    const rel = text.indexOf(' (', base);
    if (rel < 0) break;
    const open = rel + 1; // the "(" itself
    // Windows are bounded (a long form has at most 15 words, a short form 10 characters), so a
    // paragraph of megabytes without ". " or ")" costs linear time.
    const close = text.slice(open, open + MAX_PAREN).indexOf(')');
    if (close < 0) {
      base = open + 1;
      continue;
    }
    const closeAt = open + close;
    const from = Math.max(base, open - MAX_WINDOW);
    const lookback = text.slice(from, open);
    const cut = Math.max(lookback.lastIndexOf('. '), lookback.lastIndexOf(', '));
    const windowStart = cut < 0 ? from : from + cut + 2;
    let longSpan = trimmed(text, windowStart, open);
    let shortSpan = trimmed(text, open + 1, closeAt);
    let next = closeAt + 1;
    // Nested parentheses: "(Iran (Islamic Republic of))" — the paper extends to the matching ")".
    if (text.slice(open + 1, closeAt).includes('(')) {
      const outerRel = text.slice(closeAt + 1, closeAt + 1 + MAX_PAREN).indexOf(')');
      if (outerRel < 0) {
        base = closeAt + 1;
        continue;
      }
      const outer = closeAt + 1 + outerRel;
      shortSpan = trimmed(text, open + 1, outer);
      next = outer + 1;
    }
    let shortText = text.slice(shortSpan.start, shortSpan.end);
    for (const sep of [', ', '; ']) {
      const k = shortText.indexOf(sep);
      if (k >= 0) {
        shortSpan = trimmed(text, shortSpan.start, shortSpan.start + k);
        shortText = text.slice(shortSpan.start, shortSpan.end);
      }
    }
    let order: AbbreviationPair['order'] = 'long-short';
    if (tokens(shortText).length > 2 || shortText.length > longSpan.end - longSpan.start) {
      // "ACR (Long Form)": the word before the parenthesis is the short form.
      const wordStart = text.lastIndexOf(' ', open - 2) + 1;
      const candidate = trimmed(text, Math.max(wordStart, base), open - 1);
      longSpan = shortSpan;
      shortSpan = candidate;
      shortText = hasCapital(text.slice(candidate.start, candidate.end)) ? text.slice(candidate.start, candidate.end) : '';
      order = 'short-long';
    }
    if (shortText !== '' && isValidShortForm(shortText)) {
      out.push({
        short: shortText,
        shortStart: shortSpan.start,
        shortEnd: shortSpan.end,
        window: text.slice(longSpan.start, longSpan.end),
        windowStart: longSpan.start,
        order,
      });
    }
    base = next;
  }
  return out;
}

/** Step 3 and 4 on one candidate, with `short` as the short form to match (the candidate's own by default). */
export function narrow(c: AbbreviationCandidate, short: string = c.short): AbbreviationPair | null {
  const at = bestPair(short, c.window);
  if (at < 0) return null;
  return {
    short: c.short,
    long: c.window.slice(at),
    shortStart: c.shortStart,
    shortEnd: c.shortEnd,
    longStart: c.windowStart + at,
    longEnd: c.windowStart + c.window.length,
    order: c.order,
  };
}

/** Every abbreviation definition in `text`, in order. */
export function findAbbreviations(text: string): AbbreviationPair[] {
  return abbreviationCandidates(text)
    .map((c) => narrow(c))
    .filter((p): p is AbbreviationPair => p !== null);
}
