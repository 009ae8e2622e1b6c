import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { anonymousSubjectAt, orgIndex } from '../../../src/ingest/extract/text-subjects.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

describe('representatives of unnamed groups as anonymous speakers', () => {
  it('reads "Representatives of regional groups stressed", "Representatives of several States asked"', () => {
    expect(anonymousSubjectAt('Representatives of regional groups stressed the role of courts.', 0)?.noun).toBe('participant');
    expect(anonymousSubjectAt('Representatives of several States asked about funding.', 0)?.plural).toBe(true);
  });

  it('leaves captions and named bodies alone', () => {
    expect(anonymousSubjectAt('Representatives of States Members of the Council: Chile, Peru.', 0)).toBeNull();
    expect(anonymousSubjectAt('Representatives of the African Union stressed the role of courts.', 0)).toBeNull();
  });
});

describe('a known name with words in lower case as a subject', () => {
  const known = { name: 'Organisation des peuples autochtones du Pacifique', acronym: null, aliases: [] } as never;
  it('is found at a subject position, after "the"', () => {
    const idx = orgIndex([], [known]);
    expect(orgIndex([known]).nameAt?.('The Organisation des peuples autochtones du Pacifique warned that …', 0)?.name).toBe(
      'Organisation des peuples autochtones du Pacifique',
    );
    expect(idx.nameAt?.('The Organisation des Nations Unies said …', 0) ?? null).toBeNull();
  });

  it('makes it the speaker of its sentence when the document names it', () => {
    const doc = buildDoc([
      '1. Statements were made by the Organisation des peuples autochtones du Pacifique (OPAP) and by Chile.',
      '2. The Organisation des peuples autochtones du Pacifique described the loss of fishing grounds.',
    ]);
    const f = extractFacts(doc, emptyVocab(countries('Chile')));
    expect(f.statements.filter((s) => s.paragraph === '2').map((s) => s.speaker.organization?.name)).toEqual([
      'Organisation des peuples autochtones du Pacifique',
    ]);
  });
});
