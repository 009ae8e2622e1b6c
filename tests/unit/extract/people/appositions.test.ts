import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { isPersonApposition } from '../../../../src/ingest/extract/people/name-shapes.js';
import { findAffiliations } from '../../../../src/ingest/extract/org-phrases.js';

const lookup = (s: string) => (['Uganda', 'Kenya'].includes(s) ? s : null);
const people = (text: string) => findPersonMentions(text, lookup).map((m) => [m.name, m.position, m.organization?.name ?? null]);

describe('a name vouched for by an indefinite apposition', () => {
  it('reads "the case of X, a <post> with <employer>" and "of X, an elderly <person noun>"', () => {
    expect(people('The union raised the detention of Okello Ojok-Amuge, a correspondent with Radio Pacis in Arua, in May.')).toEqual([
      ['Okello Ojok-Amuge', 'correspondent', 'Radio Pacis'],
    ]);
    expect(people('Witnesses described the beating of Nakato Birungi Ssali, a young widow from Masaka.')).toEqual([
      ['Nakato Birungi Ssali', null, null],
    ]);
  });

  it('does not take an organization or a place described by an apposition', () => {
    expect(isPersonApposition(', a network of tenant groups')).toBe(false);
    expect(isPersonApposition(', a district in the north')).toBe(false);
    expect(isPersonApposition(', an experienced midwife')).toBe(true);
    expect(people('The report of Human Rights Network Uganda, a coalition of 40 groups, was cited.')).toEqual([]);
  });

  it('reads "Commissioner X, <post>" as a person addressed by office', () => {
    expect(people('Letter of Commissioner Tendai Moyo-Banda, Special Rapporteur on Prisons in Africa, dated June.')).toEqual([
      ['Tendai Moyo-Banda', 'Special Rapporteur on Prisons in Africa', null],
    ]);
  });
});

describe('a person’s employer as an organization', () => {
  it('reads "a <post> with/at <Name>", without the town it sits in', () => {
    const found = findAffiliations(
      [{ key: '3', text: 'They spoke to a senior reporter at Daily Monitor in Kampala and a lawyer with Chapter Four.', kind: 'paragraph', footnoteRefs: [] }],
      (s) => lookup(s) !== null,
    ).map((c) => c.name);
    expect(found).toEqual(['Daily Monitor', 'Chapter Four']);
  });
});
