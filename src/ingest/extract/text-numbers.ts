/**
 * Numbers as UN prose writes them: "Forty", "thirty-eight", "81", "48,415", and ordinals
 * "second", "2nd", "10th", "thirty-fourth". Word numbers are parsed token by token rather
 * than with one big regex, which keeps matching linear and the grammar readable.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

const TENS_WORDS = Object.keys(TENS).join('|');
const ORDINAL_WORDS = [...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS)].join('|');

/**
 * Regex source for one ordinal ("10th", "tenth", "thirty-fourth", "twenty first"). Alternation of
 * literals with an optional tens prefix: no nested repetition, so no catastrophic backtracking.
 */
export const ORDINAL_SOURCE = `(?:\\d{1,4}(?:st|nd|rd|th)|(?:(?:${TENS_WORDS})[- ])?(?:${ORDINAL_WORDS}))`;

/** Value of an ordinal as written, or null when the word is not one. */
export function ordinalValue(word: string): number | null {
  const w = word.trim().toLowerCase();
  const digits = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const parts = w.split(/[- ]+/);
  if (parts.length === 1) {
    const p = parts[0] as string;
    return ORDINAL_UNITS[p] ?? ORDINAL_TENS[p] ?? null;
  }
  if (parts.length === 2) {
    const tens = TENS[parts[0] as string];
    const unit = ORDINAL_UNITS[parts[1] as string];
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

export interface NumberMatch {
  value: number;
  start: number;
  end: number;
}

const WORD_AT = /[A-Za-z]+/y;
const DIGITS_AT = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/y;

/**
 * Reads a cardinal number starting exactly at `pos` ("Forty", "thirty-eight", "one hundred and
 * two", "81", "48,415"); null when no number starts there. `end` excludes trailing separators.
 */
export function readCardinalAt(text: string, pos: number): NumberMatch | null {
  DIGITS_AT.lastIndex = pos;
  const d = DIGITS_AT.exec(text);
  if (d) return { value: Number(d[0].replace(/,/g, '')), start: pos, end: pos + d[0].length };

  let total = 0;
  let current = 0;
  let seen = false;
  let end = pos;
  let i = pos;
  let lastKind: 'unit' | 'tens' | 'scale' | null = null;
  for (;;) {
    WORD_AT.lastIndex = i;
    const m = WORD_AT.exec(text);
    if (!m) break;
    const word = m[0].toLowerCase();
    const unit = UNITS[word];
    const tens = TENS[word];
    if (unit !== undefined && lastKind !== 'unit' && !(lastKind === 'tens' && unit >= 10)) {
      current += unit;
      lastKind = 'unit';
    } else if (tens !== undefined && lastKind !== 'unit' && lastKind !== 'tens') {
      current += tens;
      lastKind = 'tens';
    } else if (word === 'hundred' && seen && lastKind !== 'scale') {
      current *= 100;
      lastKind = 'scale';
    } else if (word === 'thousand' && seen) {
      total += current * 1000;
      current = 0;
      lastKind = 'scale';
    } else break;
    seen = true;
    end = i + m[0].length;
    // Separators inside a number: "thirty-eight", "one hundred", "one hundred and two".
    const sep = text[end];
    if (sep === '-' || sep === ' ') {
      i = end + 1;
      if (lastKind === 'scale' && text.startsWith('and ', i)) i += 4;
    } else break;
  }
  if (!seen) return null;
  // "one" on its own is an article as often as a number ("one speaker"); callers decide.
  return { value: total + current, start: pos, end };
}

/** Cardinal value of a whole string ("Forty", "38"), or null. */
export function cardinalValue(word: string): number | null {
  const w = word.trim();
  const m = readCardinalAt(w, 0);
  return m && m.end === w.length ? m.value : null;
}
