import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../../src/ingest/extract/statistics.js';

const figures = (s: string) => figuresIn(s, { start: 0, end: s.length }).map((f) => [f.value, f.unit]);

describe('"N of M <things>" as a part and its total', () => {
  it('reads both numbers, counted in the same things', () => {
    const got = figures('The expert added that only 9 of 54 African States had abolished the penalty.');
    expect(got).toContainEqual([9, 'African States']);
    expect(got.some(([v]) => v === 54)).toBe(true);
    expect(figures('In 2024, 31 of 120 registered complaints were upheld.')).toContainEqual([31, 'registered complaints']);
  });

  it('does not read a law number or a year as a total', () => {
    expect(figures('Under Law 12 of 2019 establishing the agency, no fee applied.').some(([v]) => v === 12)).toBe(false);
    expect(figures('Decree 5 of 2015 requires consent.').some(([v]) => v === 5)).toBe(false);
  });
});
