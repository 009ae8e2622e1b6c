import { describe, it, expect } from 'vitest';
import { keepDriverMentions } from '../../../src/ingest/extract/driver-context.js';
import { extractTermMentions } from '../../../src/ingest/extract/term-mentions.js';
import type { VocabularyTerm } from '../../../src/ingest/extract/vocabulary.js';
import { parseDocument } from '../../../src/ingest/parse/index.js';

const drivers: VocabularyTerm[] = [
  { id: 'driver:violence', prefLabel: 'violence', altLabels: [], category: 'security' },
  { id: 'driver:drought', prefLabel: 'drought', altLabels: ['droughts'], category: 'environment' },
  { id: 'driver:poverty', prefLabel: 'poverty', altLabels: [], category: 'economic' },
];

const doc = parseDocument(
  Buffer.from(
    [
      '1. Families fleeing drought and violence crossed the border. Violence by guards was also reported at the camps.',
      '',
      '2. Speakers named poverty as the main driver of departures.',
      '',
      '3. Poverty statistics were published by the ministry.',
      '',
      '4. Drought pushes young people towards recruiters.',
    ].join('\n'),
  ),
  'drivers.md',
);

describe('drivers of migration in context', () => {
  it('keeps a driver where its sentence speaks of why people move, and drops it elsewhere', () => {
    const kept = keepDriverMentions(doc, extractTermMentions(doc, drivers));
    // One fact per (term, paragraph): gather each term's occurrences across facts.
    const where: Record<string, string[]> = {};
    for (const m of kept) (where[m.term] ??= []).push(...m.evidence.map((e) => `${e.paragraph}:${e.quote}`));
    expect(where['driver:drought']).toEqual(['1:drought', '4:Drought']);
    // Only the first sentence's "violence" is a reason to flee; the guards' violence is not.
    expect(where['driver:violence']).toEqual(['1:violence']);
    expect(where['driver:poverty']).toEqual(['2:poverty']);
  });
});
