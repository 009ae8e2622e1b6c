/**
 * A counter value printed in one of Word's number formats (ECMA-376 §17.18.59 ST_NumberFormat).
 * The formats UN documents use are exact; any other (Asian counting systems, spelled-out
 * numbers in other languages) falls back to decimal, which keeps the value readable.
 */

import { toRoman } from '../numbering.js';
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'ordinal':
      return ordinal(n);
    default:
      return String(n);
  }
}

/**
 * Word's letters: a … z, then aa … zz, then aaa (the letter repeated, not "ab" as in
 * spreadsheet columns). Zero and negatives have no letter; Word prints nothing useful, we
 * print the number.
 */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Word writes Roman numbers only from 1 to 3999; past that its counter is plain digits. */
function roman(n: number): string {
  return n < 1 || n > 3999 ? String(n) : toRoman(n);
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
