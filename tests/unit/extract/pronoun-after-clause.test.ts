import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

describe('a pronoun after one leading clause continues the previous speaker', () => {
  it('attributes the paragraph and its figures to the person who spoke before', () => {
    const doc = buildDoc([
      '1. Ms. Ana Ruiz, Director of Food First, described the findings of her organization. She stated that hunger had grown.',
      '2. Citing interviews with 1,450 respondents in six provinces, she said that 38 per cent of respondents had skipped meals.',
    ]);
    const f = extractFacts(doc, emptyVocab(countries('Peru')));
    const ana = f.persons.find((p) => p.name === 'Ana Ruiz');
    expect(f.statements.filter((s) => s.paragraph === '2').map((s) => s.speaker.personKey)).toEqual([ana?.key]);
    expect(f.statistics.filter((s) => s.evidence[0]?.paragraph === '2').map((s) => [s.value, s.reportedBy?.name])).toEqual([
      [1450, 'Food First'],
      [38, 'Food First'],
    ]);
  });
});
