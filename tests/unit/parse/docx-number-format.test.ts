import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/ingest/parse/docx/number-format.js';

describe('Word number formats', () => {
  it('letters go a … z, then aa, bb (the letter doubled, as Word prints them)', () => {
    expect([1, 2, 26, 27, 28, 52, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'b', 'z', 'aa', 'bb', 'zz', 'aaa']);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
  });

  it('Roman numerals, ordinals, zero-padded and absent numbers', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect(formatNumber(12, 'lowerRoman')).toBe('xii');
    expect([1, 2, 3, 11, 12, 13, 21, 102].map((n) => formatNumber(n, 'ordinal'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '13th',
      '21st',
      '102nd',
    ]);
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(7, 'none')).toBe('');
    // Formats we do not spell out (Asian counting, words) stay readable as decimal.
    expect(formatNumber(7, 'chineseCounting')).toBe('7');
  });
});
