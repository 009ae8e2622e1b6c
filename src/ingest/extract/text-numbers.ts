/**
 * Numbers as UN prose writes them: "Forty", "thirty-eight", "one hundred and two", "81",
 * "48,415", and ordinals "second", "2nd", "10th", "thirty-fourth". Values of number words come
 * from a library (words-to-numbers); this file finds where a number starts and ends, so every
 * figure keeps its exact offsets.
 */
import { wordsToNumbers } from 'words-to-numbers';

/** The ordinal words, only to find ordinals in text (their values come from the library). */
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Regex source for one ordinal ("10th", "tenth", "thirty-fourth", "twenty first"). Alternation of
 * literals with an optional tens prefix: no nested repetition, so no catastrophic backtracking.
 */
export const ORDINAL_SOURCE = `(?:\\d{1,4}(?:st|nd|rd|th)|(?:(?:${TENS_WORDS.join('|')})[- ])?(?:${ORDINAL_WORDS.join('|')}))`;
const ORDINAL_WHOLE = new RegExp(`^${ORDINAL_SOURCE}$`, 'i');

/** The library's value of a whole phrase, or null when it is not a number. */
function valueOf(phrase: string): number | null {
  const v = wordsToNumbers(phrase);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Value of an ordinal as written, or null when the word is not one. */
export function ordinalValue(word: string): number | null {
  const w = word.trim();
  if (!ORDINAL_WHOLE.test(w)) return null;
  const digits = /^(\d{1,4})(?:st|nd|rd|th)$/i.exec(w);
  if (digits) return Number(digits[1]);
  return valueOf(w.toLowerCase());
}

export interface NumberMatch {
  value: number;
  start: number;
  end: number;
}

const DIGITS_AT = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/y;
/** A run of words and the joiners inside spelled numbers ("thirty-eight", "one hundred and two"). */
const WORDS_AT = /[A-Za-z]+(?:[- ](?:and )?[A-Za-z]+){0,6}/y;
/** Words a spelled number never starts with, though the library reads them ("a hundred"). */
const NOT_A_START = /^(?:a|an|and|none|no)\b/i;
/** A cheap guard before asking the library: the first word starts like a number word. */
const MAY_BE_NUMBER =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand)(?![a-z])/i;

/** A number word anywhere in a text (the same words as MAY_BE_NUMBER, at a word start). */
const NUMBER_WORD = new RegExp(`\\b${MAY_BE_NUMBER.source.slice(1)}`, 'i');

/**
 * Whether a text may hold a cardinal, in digits or in words: a cheap test that lets callers skip
 * text with no number at all ("Nineteen written contributions" has no digit, but a number).
 */
export function mayHoldNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD.test(text);
}

/**
 * Reads a cardinal number starting exactly at `pos` ("Forty", "thirty-eight", "one hundred and
 * two", "81", "48,415"); null when no number starts there, or when the words are an ordinal.
 */
export function readCardinalAt(text: string, pos: number): NumberMatch | null {
  DIGITS_AT.lastIndex = pos;
  const d = DIGITS_AT.exec(text);
  if (d) return { value: Number(d[0].replace(/,/g, '')), start: pos, end: pos + d[0].length };
  WORDS_AT.lastIndex = pos;
  const w = WORDS_AT.exec(text);
  if (!w || NOT_A_START.test(w[0]) || !MAY_BE_NUMBER.test(w[0])) return null;
  // the longest leading run of words that the library reads as one number
  const run = w[0];
  let consumed = '';
  let value = 0;
  const readings: { consumed: string; value: number }[] = [];
  for (const m of run.matchAll(/[- ]|$/g)) {
    const prefix = run.slice(0, m.index);
    if (/[- ]and$/.test(prefix)) continue;
    const v = valueOf(prefix.toLowerCase());
    if (v === null) break;
    consumed = prefix;
    value = v;
    readings.push({ consumed, value });
  }
  // "Forty one-stop centres", "two one-day workshops": a word that goes on in a hyphenated
  // compound is not part of the number; the reading before it is
  if (readings.length > 1 && /^-\p{L}/u.test(text.slice(pos + consumed.length, pos + consumed.length + 2))) {
    readings.pop();
    ({ consumed, value } = readings[readings.length - 1]!);
  }
  // an ordinal's ending ("2nd", "hundredth"), but "thousand" ends in "nd" and is a cardinal
  const last = consumed.split(/[\s-]/).pop() ?? '';
  if (!consumed || ordinalValue(consumed) !== null || (/(?:st|nd|rd|th)$/i.test(last) && !/^thousand$/i.test(last))) return null;
  // "one" on its own is an article as often as a number ("one speaker"); callers decide.
  return { value, start: pos, end: pos + consumed.length };
}

/** Cardinal value of a whole string ("Forty", "38"), or null. */
export function cardinalValue(word: string): number | null {
  const w = word.trim();
  const m = readCardinalAt(w, 0);
  return m && m.end === w.length ? m.value : null;
}
