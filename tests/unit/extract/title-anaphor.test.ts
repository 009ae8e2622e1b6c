import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Ghana'));

describe('a title that points back to the one person given that post', () => {
  it('reads it after an opening phrase, with a lower-case "the"', () => {
    const doc = buildDoc([
      '1. The Special Rapporteur on the right to food, Kwame Boateng, made an opening statement.',
      '2. The panellists were Ana Ruiz, Director of Food First, and Li Wen, Adviser at Grain Watch.',
      '3. Closing the debate, the Special Rapporteur warned that harvests had failed in 12 districts.',
    ]);
    const f = extractFacts(doc, vocab);
    const boateng = f.persons.find((p) => p.name === 'Kwame Boateng');
    expect(boateng).toBeDefined();
    const inThree = f.statements.filter((s) => s.paragraph === '3');
    expect(inThree.map((s) => s.speaker.personKey)).toContain(boateng!.key);
  });
});
