/**
 * A list inside an organization's name written in Spanish, French or Portuguese ("de …, … y …")
 * continues the name, also when the organization is the subject of a statement.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { innerListEnd } from '../../../src/ingest/extract/name-lists.js';
import { readOrgRef } from '../../../src/ingest/extract/text-names.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

describe('a list inside a name in a Romance language', () => {
  it('continues the name past "de …, … y/et …"', () => {
    const text = 'The Asociación de Pescadores, Buzos y Marineros said that boats were lost.';
    expect(innerListEnd(text, text.indexOf(','))).toBe(text.indexOf('Marineros'));
    expect(readOrgRef(text, 0)?.name).toBe('Asociación de Pescadores, Buzos y Marineros');
    const fr = 'Le Collectif des Pêcheurs, Mareyeurs et Transformateurs a parlé.';
    expect(readOrgRef(fr, 3)?.name).toBe('Collectif des Pêcheurs, Mareyeurs et Transformateurs');
  });

  it('makes such an organization the speaker of its statement, after a participle clause', () => {
    const f = extractFacts(
      buildDoc([
        '1. The Asociación de Pescadores, Buzos y Marineros, speaking on behalf of a network of coastal groups, said that its members had lost 40 boats.',
      ]),
      emptyVocab(countries('Chile')),
    );
    expect(f.statements.map((s) => s.speaker.organization?.name)).toEqual(['Asociación de Pescadores, Buzos y Marineros']);
  });

  it('does not read a list of States after "of" as one name when the name starts at the first State', () => {
    const text = 'The representatives of Brazil, Chile and Peru said that the rules had changed.';
    expect(readOrgRef(text, text.indexOf('Brazil'))?.name).toBe('Brazil');
  });
});
