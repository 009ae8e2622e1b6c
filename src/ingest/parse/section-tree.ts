/**
 * Headings → the section tree. The hierarchy comes from the numbering scheme, not from the
 * number of `#`: converters get heading levels wrong (the seed has Roman sections at both
 * `##` and `###`), but "III." is always a top-level part, "C." is always inside a Roman part
 * and "1." inside a lettered one. Ranks: Roman (1) > capital letter (2) > digit (3) >
 * unnumbered (4); a heading closes every open section of the same or a lower rank.
 *
 * Unnumbered headings ("Equality and non-discrimination", "Introduction") have no number to
 * rank by, so there the `#` depth is the best evidence we have: one at the depth of the
 * outermost numbered section or shallower is a new top-level part ("## Annex" after
 * "## II."); deeper (or equal to a deeper numbered heading, as in "#### 1. …" followed by
 * "#### Equality …") it nests under the innermost numbered section. Annexes, notes and
 * references are top-level whatever their depth.
 *
 * "I", "V", "X", "C", "D", "L", "M" are both letters and Roman numerals; the sequence decides
 * ("C." after "B." is a letter; "V." after "IV." is a numeral).
 */
import type { ParsedSection } from './parsed-document.js';
import { isRoman, readHeadingNumber, romanValue, toRoman } from './numbering.js';

type Rank = 0 | 1 | 2 | 3 | 4;

interface Open {
  section: ParsedSection;
  rank: Rank;
  /** `#` count; null for headings recognised in plain text. */
  depth: number | null;
}

const ANNEX = /^(annex|annexes|appendix|appendices)\b/i;
const FORCED_TOP = /^(notes|endnotes|footnotes|references|bibliography|annex|annexes|appendix|appendices)\b/i;
const NOTES = /^(notes|endnotes|footnotes)\s*:?\s*$/i;

export class SectionTree {
  readonly sections: ParsedSection[] = [];
  private readonly stack: Open[] = [];
  private readonly keys = new Set<string>();
  private readonly suffixes = new Map<string, number>();
  private lastRoman = 0;
  private lastLetter: string | null = null;

  /** The innermost open section, where the next paragraph belongs. */
  get currentKey(): string | null {
    return this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Open).section.key : null;
  }

  /** Inside an annex, paragraph numbers may start again at 1 (see the assembler). */
  get inAnnex(): boolean {
    return this.stack.some((o) => o.rank === 0);
  }

  /** Adds a heading; `text` is the heading as printed ("II. Opening"), markup already removed. */
  add(text: string, depth: number | null): ParsedSection {
    const numbered = readHeadingNumber(text);
    const rank = numbered ? this.rankOf(numbered.token) : null;
    if (numbered && rank !== null) return this.addNumbered(numbered.token, numbered.title, rank, depth);
    return this.addUnnumbered(text.trim(), depth);
  }

  /** Would `text` be read as a numbered heading right now (used for plain-text guesses)? */
  isNumbered(text: string): boolean {
    const numbered = readHeadingNumber(text);
    return numbered !== null && this.rankOf(numbered.token) !== null;
  }

  static isNotesTitle(text: string): boolean {
    return NOTES.test(text.trim());
  }

  private rankOf(token: string): Rank | null {
    if (/^\d+$/.test(token)) return 3;
    if (token.length > 1) return isRoman(token) ? 1 : null;
    const expectedLetter = this.lastLetter ? String.fromCharCode(this.lastLetter.charCodeAt(0) + 1) : 'A';
    if (token === expectedLetter) return 2;
    if (token === toRoman(this.lastRoman + 1)) return 1;
    if ('IVX'.includes(token)) return 1;
    return 2;
  }

  private addNumbered(token: string, title: string, rank: Rank, depth: number | null): ParsedSection {
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= rank) this.stack.pop();
    if (rank === 1) {
      this.lastRoman = romanValue(token);
      this.lastLetter = null;
    } else if (rank === 2) {
      this.lastLetter = token;
    }
    const parent = this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Open).section : null;
    const key = this.uniqueKey(parent ? `${parent.key}.${token}` : token);
    return this.push(
      { key, number: token, title, level: this.stack.length + 1, order: this.sections.length, parentKey: parent?.key ?? null },
      rank,
      depth,
    );
  }

  private addUnnumbered(title: string, depth: number | null): ParsedSection {
    const isAnnex = ANNEX.test(title);
    if (FORCED_TOP.test(title)) {
      this.stack.length = 0;
      if (isAnnex) this.lastRoman = 0; // an annex may number its own parts from I again
    } else {
      const d = depth ?? Number.POSITIVE_INFINITY;
      // Close unnumbered siblings (and deeper unnumbered headings).
      while (this.stack.length > 0) {
        const top = this.stack[this.stack.length - 1] as Open;
        if (top.rank === 4 && (top.depth ?? Number.POSITIVE_INFINITY) >= d) this.stack.pop();
        else break;
      }
      const outer = this.stack.findIndex((o) => o.rank >= 1 && o.rank <= 3);
      const outerDepth = outer === -1 ? null : (this.stack[outer] as Open).depth;
      if (outer !== -1 && depth !== null && outerDepth !== null && depth <= outerDepth) {
        this.stack.length = outer;
      } else {
        // Nest under the innermost numbered section that is not deeper than this heading.
        while (this.stack.length > 0) {
          const top = this.stack[this.stack.length - 1] as Open;
          if (top.rank >= 1 && top.rank <= 3 && depth !== null && top.depth !== null && top.depth > depth) this.stack.pop();
          else break;
        }
      }
    }
    const parent = this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Open).section : null;
    const key = this.uniqueKey(`s${this.sections.length}`);
    return this.push(
      { key, number: null, title, level: this.stack.length + 1, order: this.sections.length, parentKey: parent?.key ?? null },
      isAnnex ? 0 : 4,
      depth,
    );
  }

  private push(section: ParsedSection, rank: Rank, depth: number | null): ParsedSection {
    this.sections.push(section);
    this.keys.add(section.key);
    this.stack.push({ section, rank, depth });
    return section;
  }

  /** Keys are ids downstream: a second "II" (a numbering slip) becomes "II_2", never a clash. */
  private uniqueKey(key: string): string {
    if (!this.keys.has(key)) return key;
    // Remember the last suffix per key, so a thousand repeated headings stay linear.
    let n = this.suffixes.get(key) ?? 2;
    while (this.keys.has(`${key}_${n}`)) n++;
    this.suffixes.set(key, n + 1);
    return `${key}_${n}`;
  }
}
