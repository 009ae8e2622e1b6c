import { describe, expect, it } from 'vitest';
import { findPanelOpenings } from '../../../src/ingest/extract/panels/panel-openings.js';
import { structureOf } from '../../../src/ingest/extract/text-structure.js';
import { buildDoc } from './fixture.js';

const titles = (lines: string[]) => {
  const doc = buildDoc(lines);
  return findPanelOpenings(doc, structureOf(doc)).map((p) => p.title);
};

describe('a held expert panel on a quoted theme', () => {
  it('reads "held an expert panel" like any other held panel', () => {
    expect(titles(['1. On 2 June 2024 the Committee held an expert panel on access to justice for older persons.'])).toEqual([
      'access to justice for older persons',
    ]);
  });

  it('takes the quoted words as the title when the subject is "the … theme …, "X""', () => {
    expect(
      titles([
        '1. At its 4th meeting, the Commission convened an interactive expert panel on the review theme of its sixty-ninth session, “Social protection for women migrant workers”.',
      ]),
    ).toEqual(['Social protection for women migrant workers']);
  });

  it('keeps an unquoted subject as written', () => {
    expect(titles(['1. The Forum held a thematic panel on the emerging theme of rural broadband.'])).toEqual(['the emerging theme of rural broadband']);
  });
});
