/**
 * A counter value printed in one of Word's number formats (ECMA-376 §17.18.59 ST_NumberFormat).
 * The formats UN documents use are exact; any other (Asian counting systems, spelled-out
 * numbers in other languages) falls back to decimal, which keeps the value readable.
 */

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

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, glyphs] of ROMAN) {
    while (rest >= value) {
      out += glyphs;
      rest -= value;
    }
  }
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
