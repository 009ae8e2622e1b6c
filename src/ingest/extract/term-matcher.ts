/**
 * One combined matcher for many labels: a trie over normalised word tokens, scanned
 * leftmost-longest. Cost is linear in the text (tokens × the longest label's length, a small
 * constant), however many labels there are, so a 10 MB paragraph or 100,000 paragraphs cost
 * what reading them costs. One regex per term per paragraph would be labels × text.
 *
 * Word tokens are letter/digit runs (an inner apostrophe kept: "women's"). Between two tokens
 * of a label, the text may have spaces, hyphens, dashes or apostrophes in any mix, so
 * "awareness-raising" = "awareness raising" and "migrants' rights" = "migrants rights". Other
 * punctuation in the text breaks a match unless the label itself has it ("St. Lucia").
 */

export interface MatcherEntry<T> {
  label: string;
  value: T;
  /** Compare tokens exactly (acronyms: "WHO" is not "who"). */
  caseSensitive?: boolean;
  /** The surface must contain a capitalised word (proper names: "Chad" the State, not "chad"). */
  requireCapital?: boolean;
}

export interface TermMatch<T> {
  value: T;
  label: string;
  start: number;
  end: number;
  surface: string;
}

interface Token {
  start: number;
  end: number;
  raw: string;
  norm: string;
}

interface Node<T> {
  children: Map<string, Edge<T>>;
  entries: StoredEntry<T>[];
}

interface Edge<T> {
  node: Node<T>;
  /** Punctuation (after removing soft separators) that a label has before this token, e.g. "." in "St. Lucia". */
  hardGaps: Set<string>;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const SOFT = /[\s\-‐‑‒–—'’]+/g;
const HYPHEN_ONLY = /^[-‐‑]$/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Case- and accent-insensitive token form; ASCII tokens skip the costly NFD. */
export function normalizeToken(raw: string): string {
  // Every code unit below 0x80 means plain ASCII: no accents to fold.
  const base = !NON_ASCII.test(raw)
    ? raw
    : raw
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/’/g, "'");
  return base.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) tokens.push(toToken(m));
  return tokens;
}

function toToken(m: RegExpExecArray): Token {
  return { start: m.index, end: m.index + m[0].length, raw: m[0], norm: normalizeToken(m[0]) };
}

function hardGap(gap: string): string {
  return gap.replace(SOFT, '');
}

/** A token glued to its neighbour by a bare hyphen is part of a compound ("anti-smuggling"). */
function hyphenJoined(text: string, from: number, to: number): boolean {
  return from >= 0 && HYPHEN_ONLY.test(text.slice(from, to));
}

function sameRaw(a: string, b: string): boolean {
  return a.replace(/’/g, "'") === b.replace(/’/g, "'");
}

interface LabelStep {
  norm: string;
  raw: string;
  /** The label's punctuation before this token, soft separators removed. */
  gap: string;
}

/**
 * A label's path through the trie. Matchers are built per document from mostly the same
 * vocabulary labels (organizations.ts), so each label is tokenised once per process.
 */
const labelStepsCache = new Map<string, LabelStep[]>();
const LABEL_CACHE_LIMIT = 50_000;

function labelSteps(label: string): LabelStep[] {
  let steps = labelStepsCache.get(label);
  if (steps) return steps;
  let prevEnd = -1;
  steps = tokenize(label).map((token) => {
    const gap = prevEnd < 0 ? '' : hardGap(label.slice(prevEnd, token.start));
    prevEnd = token.end;
    return { norm: token.norm, raw: token.raw, gap };
  });
  if (labelStepsCache.size >= LABEL_CACHE_LIMIT) labelStepsCache.clear();
  labelStepsCache.set(label, steps);
  return steps;
}

interface StoredEntry<T> extends MatcherEntry<T> {
  rawTokens: string[];
}

export interface MatcherOptions {
  /**
   * A further fold of every normalised token, label's and text's alike: a tolerant matcher
   * ("organisations" = "organization") passes one; the default compares normalised tokens.
   */
  fold?: (norm: string) => string;
}

export class TermMatcher<T> {
  private readonly root: Node<T> = { children: new Map(), entries: [] };
  private depth = 0;
  private readonly fold: ((norm: string) => string) | undefined;

  constructor(entries: Iterable<MatcherEntry<T>>, options: MatcherOptions = {}) {
    this.fold = options.fold;
    for (const entry of entries) this.add(entry);
  }

  private add(entry: MatcherEntry<T>): void {
    const steps = labelSteps(entry.label);
    if (steps.length === 0) return;
    let node = this.root;
    for (const { norm, gap } of steps) {
      const key = this.fold ? this.fold(norm) : norm;
      let edge = node.children.get(key);
      if (!edge) {
        edge = { node: { children: new Map(), entries: [] }, hardGaps: new Set() };
        node.children.set(key, edge);
      }
      if (gap) edge.hardGaps.add(gap);
      node = edge.node;
    }
    node.entries.push({ ...entry, rawTokens: steps.map((t) => t.raw) });
    this.depth = Math.max(this.depth, steps.length);
  }

  /**
   * All leftmost-longest, non-overlapping matches in `text`, in order. Tokens are read through
   * a window as long as the longest label, so memory stays small on huge texts.
   */
  scan(text: string): TermMatch<T>[] {
    const out: TermMatch<T>[] = [];
    if (this.depth === 0) return out;
    const re = new RegExp(TOKEN.source, 'gu');
    const window: Token[] = [];
    let exhausted = false;
    const fill = (): void => {
      while (!exhausted && window.length <= this.depth) {
        const m = re.exec(text);
        // exec restarts from 0 after a miss, so remember that the text is used up.
        if (m === null) exhausted = true;
        else window.push(toToken(m));
      }
    };
    let prevEnd = -1;
    fill();
    while (window.length > 0) {
      const found = this.longestAt(text, window, prevEnd);
      if (found) out.push(found.match);
      const consumed = found ? found.count : 1;
      prevEnd = window[consumed - 1]!.end;
      window.splice(0, consumed);
      fill();
    }
    return out;
  }

  private longestAt(text: string, tokens: Token[], prevEnd: number): { match: TermMatch<T>; count: number } | null {
    const first = tokens[0]!;
    if (hyphenJoined(text, prevEnd, first.start)) return null;
    let node = this.root;
    let best: { match: TermMatch<T>; count: number } | null = null;
    for (let j = 0; j < tokens.length && j < this.depth; j++) {
      const token = tokens[j]!;
      const edge = node.children.get(this.fold ? this.fold(token.norm) : token.norm);
      if (!edge) break;
      if (j > 0) {
        const gap = hardGap(text.slice(tokens[j - 1]!.end, token.start));
        if (gap && !edge.hardGaps.has(gap)) break;
      }
      node = edge.node;
      if (node.entries.length === 0) continue;
      const next = tokens[j + 1];
      if (next && hyphenJoined(text, token.end, next.start)) continue;
      const entry = node.entries.find((e) => accepts(e, tokens, j));
      if (entry) {
        const surface = text.slice(first.start, token.end);
        best = { match: { value: entry.value, label: entry.label, start: first.start, end: token.end, surface }, count: j + 1 };
      }
    }
    return best;
  }
}

function accepts<T>(entry: StoredEntry<T>, tokens: Token[], last: number): boolean {
  // Some token must be capitalised: "former Yugoslav Republic of Macedonia" yes, "turkey" no.
  if (entry.requireCapital && !tokens.slice(0, last + 1).some((t) => /^\p{Lu}/u.test(t.raw))) return false;
  if (!entry.caseSensitive) return true;
  return entry.rawTokens.length === last + 1 && entry.rawTokens.every((raw, k) => sameRaw(raw, tokens[k]!.raw));
}
