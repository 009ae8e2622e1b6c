import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../../src/ingest/extract/statistics.js';

const values = (text: string) => figuresIn(text, { start: 0, end: text.length }).map((f) => [f.value, f.unit]);

describe('a range of percentages', () => {
  it('reads both bounds of "from X to Y per cent" and "between X and Y%"', () => {
    expect(values('Enrolment of girls rose from 38 to 57 per cent in five years.')).toEqual([
      [38, '%'],
      [57, '%'],
    ]);
    expect(values('Between 12 and 20% of households lacked a latrine.')).toEqual([
      [12, '%'],
      [20, '%'],
    ]);
  });

  it('does not read a range of years', () => {
    expect(values('Between 2019 and 2023 the survey was repeated.')).toEqual([]);
  });
});
