/**
 * Sentence and clause boundaries around a number, and the population a number counts. Kept
 * apart from statistics.ts so each rule can be tested alone.
 */

import { splitSentences } from './text-sentences.js';

export interface Range {
  start: number;
  end: number;
}

/** Sentences of a paragraph: the shared, memoised segmentation (text-sentences.ts), as ranges. */
export function sentences(text: string): Range[] {
  return splitSentences(text).map((x) => ({ start: x.start, end: x.end }));
}

/** "and only 8%": an "and" at most two words before the number opens its clause. */
const AND_BEFORE = /\s+and\s+((?:[\p{L}-]+\s+){0,2})$/u;
/** "… process and 36% stated …": an "and" followed within two words by a number closes the clause. */
const AND_AFTER = /\s+and\s+(?:[\p{L}-]+\s+){0,2}\(?\d/u;
const CONJUNCTION = /\b(?:while|whereas|although|though|but)\s+/gi;

/**
 * The clause a number belongs to: from the nearest comma, semicolon, colon, "while…" or
 * "and" (just before the number) on its left, to the next comma, semicolon, or "and" that
 * starts the next figure on its right, within the sentence. So "While 68% of interviewees had
 * used …, only 8% reported … and 36% stated …" gives three clauses. Thousands separators
 * ("48,415") and parentheses ("(47%)") do not cut.
 */
export function clauseAround(text: string, sentence: Range, numberStart: number, numberEnd: number): Range {
  // A clause is short: look at most 400 characters each way, so a run-on sentence stays cheap.
  const from = Math.max(sentence.start, numberStart - 400);
  const to = Math.min(sentence.end, numberEnd + 400);
  const before = text.slice(from, numberStart);
  const lefts = [0];
  for (const sep of [', ', '; ', ': ']) {
    const at = before.lastIndexOf(sep);
    if (at >= 0) lefts.push(at + sep.length);
  }
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(before); m !== null; m = CONJUNCTION.exec(before)) lefts.push(m.index + m[0].length);
  const and = AND_BEFORE.exec(before);
  if (and) lefts.push(before.length - and[1]!.length);
  const start = from + Math.max(...lefts);

  const after = text.slice(numberEnd, to);
  const rights = [after.length];
  const cut = /,\s|;/.exec(after);
  if (cut) rights.push(cut.index);
  const next = AND_AFTER.exec(after);
  if (next) rights.push(next.index);
  let end = numberEnd + Math.min(...rights);
  while (end > start && /[\s.!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const STOP_WORDS = new Set([
  'had',
  'have',
  'has',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'who',
  'that',
  'which',
  'whom',
  'whose',
  'in',
  'on',
  'at',
  'during',
  'for',
  'with',
  'by',
  'from',
  'to',
  'and',
  'or',
  'as',
  'than',
  'while',
  'since',
  'would',
  'could',
  'should',
  'will',
  'may',
  'might',
  'did',
  'do',
  'does',
  'reported',
  'said',
  'stated',
  'used',
  'interviewed',
  'surveyed',
  'comprised',
  'accounted',
  'represented',
  'declared',
  'acknowledged',
  'indicated',
  'this',
  'these',
  'their',
]);

/** People a figure can count: a population noun phrase ends with one of these. */
export const PEOPLE =
  /^(?:interviewees|respondents|migrants|people|persons|individuals|refugees|asylum[- ]seekers|seekers|children|minors|women|men|girls|boys|youth|victims|smugglers|households|families|detainees|workers|participants|survivors|nationals|citizens|settlements|communities)$/i;

/** "of interviewees had used …" → "interviewees"; "of the Roma settlements, …" → "Roma settlements". */
export function ofPopulation(textAfterNumber: string): string | null {
  const m = /^\s+of\s+(?:the\s+|all\s+|those\s+)?((?:[\p{L}’'-]+\s*){1,4})/u.exec(textAfterNumber);
  if (!m) return null;
  const words: string[] = [];
  for (const w of m[1]!.trim().split(/\s+/)) {
    if (STOP_WORDS.has(w.toLowerCase())) break;
    words.push(w);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** "women comprised only 23 per cent" → "women". */
export function subjectPopulation(textBeforeNumber: string): string | null {
  const m =
    /([\p{L}-]+)\s+(?:comprised|made up|accounted for|represented|constituted|were|was)\s+(?:(?:only|about|around|some|nearly|almost|over|under|approximately|more than|less than|just)\s+)?$/u.exec(
      textBeforeNumber,
    );
  return m && PEOPLE.test(m[1]!) ? m[1]! : null;
}

export function isPeople(phrase: string | null): boolean {
  if (!phrase) return false;
  return PEOPLE.test(phrase.split(/\s+/).pop() ?? '');
}
