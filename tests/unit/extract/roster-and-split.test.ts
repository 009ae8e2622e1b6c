import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Chile'));
const speakersOf = (line: string) =>
  extractFacts(buildDoc([line]), vocab)
    .statements.filter((s) => s.paragraph === '1')
    .map((s) => s.speaker.surface);

describe('the last "and" of an organizations roster', () => {
  it('starts a new entry when a new organization name follows it', () => {
    expect(
      speakersOf('1. The following non-governmental organizations also took the floor: Rede Terra, Action for Rivers in Asia and Andes Water Network.'),
    ).toEqual(['Rede Terra', 'Action for Rivers in Asia', 'Andes Water Network']);
  });

  it('keeps "and" inside a name after a joiner', () => {
    expect(
      speakersOf('1. The following non-governmental organizations also took the floor: Rede Terra, Institute for Peace and Co-operation in Europe.'),
    ).toEqual(['Rede Terra', 'Institute for Peace and Co-operation in Europe']);
  });
});
