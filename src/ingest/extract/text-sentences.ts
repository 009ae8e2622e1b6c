/**
 * Sentences with offsets into the paragraph text, so every fact can quote the exact span it was
 * read from. The boundaries come from a library (analysis/sentence-boundaries.ts); this file
 * memoises them per paragraph text, so the extractors that each call `splitSentences` on the
 * same paragraph share one segmentation instead of re-splitting it.
 */
import { sentenceBoundaries, type Sentence } from './analysis/sentence-boundaries.js';

export type { Sentence } from './analysis/sentence-boundaries.js';

/** Paragraph text → its sentences. Bounded so a 100,000-paragraph ingest does not keep them all. */
const memo = new Map<string, readonly Sentence[]>();
const MEMO_LIMIT = 5000;

export function splitSentences(text: string): Sentence[] {
  let hit = memo.get(text);
  if (!hit) {
    hit = Object.freeze(sentenceBoundaries(text).map((s) => Object.freeze(s)));
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
    memo.set(text, hit);
  }
  // a fresh array each call: callers may push or sort their own copy
  return [...hit];
}
