import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { looksLikeName } from '../../../src/ingest/extract/organizations/not-organizations.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Chile', 'Ghana', 'Peru'));

function withNote(note: string) {
  const doc = buildDoc(['## IV. Interactive discussion', '20. Statements were delivered by 3 States and 3 organizations.']);
  doc.paragraphs[0]!.footnoteRefs = ['2'];
  doc.footnotes = [{ number: '2', text: note }];
  return extractFacts(doc, vocab).organizations.map((o) => o.name);
}

describe('organizations in a note that lists speakers under captions', () => {
  it('reads the entries of organization captions in a note that opens on the States', () => {
    const names = withNote(
      'States: Chile, Ghana, Peru. Intergovernmental organizations: Union économique et monétaire ouest-africaine. Non-governmental organizations: Ligue des droits des détenus, Detainee Families Support Network.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Union économique et monétaire ouest-africaine', 'Ligue des droits des détenus', 'Detainee Families Support Network']),
    );
    expect(names).not.toContain('Chile');
  });

  it('leaves a note that does not open on the States to the other readers', () => {
    expect(withNote('Civil society: submissions were received from many groups.')).toEqual([]);
  });
});

describe('a name that opens on its head noun, its other words in lower case', () => {
  it('accepts "Coalition des …", "Plataforma de …", "Sindicato de …"', () => {
    expect(looksLikeName('Coalition des familles de disparus')).toBe(true);
    expect(looksLikeName('Plataforma de defensoras comunitarias')).toBe(true);
    expect(looksLikeName('Sindicato de trabajadoras del hogar')).toBe(true);
    expect(looksLikeName('Several of the families concerned')).toBe(false);
  });
});

describe('a speakers note whose first caption names the Council members', () => {
  it('reads "Member States of the Human Rights Council: …; Observer States: …; Non-governmental organizations: …"', () => {
    const names = withNote(
      'Member States of the Human Rights Council: Chile, Ghana; Observer States: Peru; Non-governmental organizations: Child Nationality Watch.',
    );
    expect(names).toContain('Child Nationality Watch');
  });
});
