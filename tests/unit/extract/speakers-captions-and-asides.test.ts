/**
 * Speakers as a Commission's thematic discussion records them: caption lists parted by
 * semicolons ("(a) Speakers from Member States: …; X, on behalf of …; …"), "the presiding
 * officer", "speakers from the floor", an aside between an observer and the verb, and a surname
 * behind a lower-case particle. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { rosterEntries } from '../../../src/ingest/extract/panels/rosters.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Chile', 'Norway', 'Egypt', 'Fiji', 'Peru'));

function speakers(lines: string[], paragraph: string): string[] {
  const f = extractFacts(buildDoc(lines), vocab);
  return f.statements
    .filter((s) => s.paragraph === paragraph)
    .map((s) => {
      const person = s.speaker.personKey ? f.persons.find((p) => p.key === s.speaker.personKey)?.name : null;
      return person ?? s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.kind;
    });
}

describe('caption lists parted by semicolons', () => {
  it('keeps the commas of an entry and drops whom it spoke for', () => {
    const text = 'Egypt, on behalf of the Group of Arab States; Fiji; Norway, speaking on behalf of the Nordic countries; Peru.';
    expect(rosterEntries(text, 0, text.length).map((e) => e.name)).toEqual(['Egypt', 'Fiji', 'Norway', 'Peru']);
  });

  it('reads "Speakers from …" and civil society captions as groups, a bracketed State as a seat', () => {
    const lines = [
      '1. The following spoke: (a) Speakers from Member States: Chile; Egypt, on behalf of the Group of Arab States; Fiji; (b) Speakers from civil society: Fundación Tierra Limpia (Peru); Ocean Watchers Network (OWN).',
    ];
    expect(speakers(lines, '1')).toEqual(['Chile', 'Egypt', 'Fiji', 'Fundación Tierra Limpia', 'Ocean Watchers Network']);
  });
});

describe('subjects that name their speaker indirectly', () => {
  it('takes "the presiding officer" for the chair and "speakers from the floor" for participants', () => {
    const lines = [
      '1. Before the vote, the presiding officer recalled the rules of procedure.',
      '2. Two speakers from the floor asked whether the data were public.',
    ];
    expect(speakers(lines, '1')).toEqual(['chair']);
    expect(speakers(lines, '2')).toEqual(['participant']);
  });

  it('steps over a participle aside between an observer and the verb', () => {
    const lines = ['1. The observer for the Baltic Institute of Penal Studies, associated with the regional network, described a training course.'];
    expect(speakers(lines, '1')).toEqual(['Baltic Institute of Penal Studies']);
  });

  it('reads an organization named in sentence case up to its acronym after "observer for"', () => {
    const lines = ['1. The observer for the Associação para a defesa dos rios amazônicos (ADRA) described mercury pollution.'];
    expect(speakers(lines, '1')).toEqual(['Associação para a defesa dos rios amazônicos']);
  });

  it('reads a surname that opens on a lower-case particle after its honorific', () => {
    const lines = [
      '1. Mr. Joost van der Meer, Senior Adviser at the Port Authority of Rotterdam, opened the session.',
      '2. Mr. van der Meer recounted how inspections had changed.',
    ];
    expect(speakers(lines, '2')).toEqual(['Joost van der Meer']);
  });
});
