/**
 * Footnote numbers that PDF extraction glued into the running text: "submissions1 to",
 * "(UPR).5", "cell46)", "JS384" (= JS3 + note 84), or left after a full stop with a space:
 * "the Paris Principles. 10 HRORS reported". They are not words; left in place they turn
 * "submissions" into "submissions1" for every extractor downstream.
 *
 * A digit run is only taken as a footnote reference when all of these hold:
 * - the document has a footnote with that number (no notes, no stripping);
 * - it is the next expected reference, or at most MAX_GAP past it: notes are numbered in
 *   reading order, so the sequence rules out "article 4" when note 40 is due;
 * - it is glued to a word or closing punctuation, or it follows sentence punctuation and a
 *   space (not a citation abbreviation: "para. 3", "p. 2");
 * - it is not part of a larger number ("115.18", "48,415", "2017-2021");
 * - glued to an acronym, the document must show the acronym without those digits: "HRORS103"
 *   is HRORS + note 103 when "HRORS" occurs on its own, "JS384" is JS3 + note 84 when "JS3"
 *   occurs, but "JS2" stays a name when only "JS2" occurs. The counts come from all of the
 *   document's text, notes included (that is where acronyms are usually defined).
 *
 * Stripped references are returned in order, so nothing is lost: the paragraph records them.
 * One regex pass over the text with constant look-around: linear.
 */

const MAX_GAP = 3;
const CLOSERS = new Set(['.', ',', ';', ':', ')', ']', '”', '’', '"', "'", '»']);
const SENTENCE_END = new Set(['.', ';', ':', '”', '"']);
const AFTER_OK = new Set(['.', ',', ';', ':', ')', ']', '”', '’', '"', "'", '?', '!']);
const CITATION_ABBREVIATIONS = new Set([
  'para',
  'paras',
  'p',
  'pp',
  'no',
  'nos',
  'art',
  'arts',
  'vol',
  'chap',
  'sect',
  'add',
  'corr',
  'rev',
  'fig',
  'item',
  'annex',
]);

export class FootnoteRefScanner {
  private expected = 1;

  constructor(
    private readonly known: ReadonlySet<number>,
    /** How often each word token ("JS3", "HRORS", "submissions1") occurs in the document. */
    private readonly words: ReadonlyMap<string, number> = new Map(),
  ) {
    let min = Number.POSITIVE_INFINITY;
    for (const n of known) if (n < min) min = n;
    if (known.size > 0) this.expected = min;
  }

  /** A reference seen in the markup (`<sup>5</sup>`) moves the sequence on too. */
  saw(ref: string): void {
    const n = Number(ref);
    if (Number.isInteger(n) && n >= this.expected) this.expected = n + 1;
  }

  /**
   * Strips recognised references from `text`. `trailingSpaced` also accepts "… life 50" at the
   * very end (a heading's note, which has no punctuation before it).
   */
  strip(text: string, trailingSpaced = false): { text: string; refs: string[] } {
    if (this.known.size === 0) return { text, refs: [] };
    const refs: string[] = [];
    const cuts: [number, number][] = [];
    const re = /\d+/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const run = m[0];
      const s = m.index;
      const e = s + run.length;
      if (run.length > 7) continue;
      const next = text[e];
      if (next !== undefined && !/\s/.test(next) && !AFTER_OK.has(next)) continue;
      // "115.18" / "48,415": the run continues as a decimal or thousands group, unless what
      // follows the dot is exactly the note due and a new sentence ("put at 310.61 KWT urged …":
      // 310, then note 61): the number is then read without its decimals and the note is cut.
      if ((next === '.' || next === ',') && /\d/.test(text[e + 1] ?? '') && !(next === '.' && this.noteAfterDot(text, e))) continue;
      const prev = text[s - 1];
      if (prev === undefined) continue;

      if (/\p{L}/u.test(prev)) {
        // Glued to a word. "JS384" with note 84 due: the word keeps "JS3".
        const hit = this.matchGlued(text, s, run);
        if (hit !== null) {
          refs.push(String(hit.n));
          cuts.push([e - hit.len, e]);
          this.expected = hit.n + 1;
        }
        continue;
      }
      if (CLOSERS.has(prev)) {
        // "(UPR).5", "cell46)": but not "3.5" or "1,000" (a digit before the punctuation),
        // unless it is a year ending a sentence and exactly the note due: "in 2018.74".
        if (
          /\d/.test(text[s - 2] ?? '') &&
          !(prev === '.' && endsWithYear(text, s - 1) && Number(run) === this.expected) &&
          !(prev === '.' && this.noteAfterDot(text, s - 1))
        )
          continue;
        if (this.accept(run)) {
          refs.push(String(Number(run)));
          cuts.push([s, e]);
        }
        continue;
      }
      if (/\s/.test(prev)) {
        let k = s - 1;
        while (k >= 0 && k > s - 4 && /\s/.test(text[k] as string)) k--;
        const before = text[k];
        const afterSentence = before !== undefined && SENTENCE_END.has(before) && !this.isCitation(text, k);
        // Only for short heading titles, so the end-of-text test costs nothing on long paragraphs.
        const headingTail = trailingSpaced && before !== undefined && /[\p{L})]/u.test(before) && text.slice(e).trim() === '';
        if ((afterSentence || headingTail) && this.accept(run)) {
          refs.push(String(Number(run)));
          cuts.push([k + 1, e]);
        }
      }
    }
    if (cuts.length === 0) return { text, refs };
    const out: string[] = [];
    let at = 0;
    for (const [a, b] of cuts) {
      out.push(text.slice(at, a));
      at = b;
    }
    out.push(text.slice(at));
    return { text: out.join(''), refs };
  }

  /** After the number ending at `dot`: ".61 KWT …", the due note and then a capitalised word. */
  private noteAfterDot(text: string, dot: number): boolean {
    const m = /^\.(\d{1,4})\s+\p{Lu}/u.exec(text.slice(dot, dot + 10));
    return m !== null && Number(m[1]) === this.expected && this.known.has(this.expected);
  }

  private accept(run: string): boolean {
    const n = Number(run);
    if (!this.known.has(n) || n < this.expected || n > this.expected + MAX_GAP) return false;
    this.expected = n + 1;
    return true;
  }

  /**
   * Digits glued to the letters before `at`: the whole run ("submissions1"), or for an acronym
   * the part the document does not use as a name ("JS384" → note 84 when "JS3" is a name).
   */
  private matchGlued(text: string, at: number, run: string): { n: number; len: number } | null {
    let k = at - 1;
    while (k >= 0 && at - k <= 30 && /\p{L}/u.test(text[k] as string)) k--;
    const letters = text.slice(k + 1, at);
    const acronym = (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    const n = Number(run);
    const inWindow = this.known.has(n) && n >= this.expected && n <= this.expected + MAX_GAP;
    if (inWindow && (!acronym || ((this.words.get(letters) ?? 0) > 0 && (this.words.get(letters + run) ?? 0) <= 1))) {
      return { n, len: run.length };
    }
    if (!acronym) return null;
    for (let c = this.expected; c <= this.expected + MAX_GAP; c++) {
      const want = String(c);
      if (!this.known.has(c) || run.length <= want.length || !run.endsWith(want)) continue;
      if ((this.words.get(letters + run.slice(0, run.length - want.length)) ?? 0) > 0) {
        this.expected = c;
        return { n: c, len: want.length };
      }
    }
    return null;
  }

  /** "para. 3", "p. 2", "No. 29": a number that belongs to a citation, not a note. */
  private isCitation(text: string, dot: number): boolean {
    if (text[dot] !== '.') return false;
    let k = dot - 1;
    while (k >= 0 && k > dot - 8 && /\p{L}/u.test(text[k] as string)) k--;
    const word = text.slice(k + 1, dot).toLowerCase();
    // A lone capital is an initial ("Mr. J. 5"); the list holds citation abbreviations.
    return CITATION_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(k + 1, dot));
  }
}

/** Do the four characters before `dot` form a year (1900–2099) standing alone? */
function endsWithYear(text: string, dot: number): boolean {
  const year = text.slice(dot - 4, dot);
  return /^(19|20)\d\d$/.test(year) && !/\d/.test(text[dot - 5] ?? '');
}

/** Word tokens (letters, optionally followed by digits) and how often each occurs. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}+\d*/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}
