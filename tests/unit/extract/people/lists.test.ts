import { describe, it, expect } from 'vitest';
import { findPeopleLists } from '../../../../src/ingest/extract/people/lists.js';

const itemsOf = (text: string) =>
  findPeopleLists(text).map((l) => ({ role: l.role, items: l.items.map((i) => text.slice(i.start, i.end)) }));

describe('lists of people introduced by a copula', () => {
  it('reads "The panellists were A, title of X; B, …; and C, …" to the sentence end', () => {
    const text =
      'The panellists were Omar Haddad, Professor of Law at the University of Tunis; Li Wen, Adviser to the World Food Programme; and Sara Costa, founder of Rede Terra. Questions followed.';
    expect(itemsOf(text)).toEqual([
      {
        role: 'panellist',
        items: [
          'Omar Haddad, Professor of Law at the University of Tunis',
          'Li Wen, Adviser to the World Food Programme',
          'Sara Costa, founder of Rede Terra',
        ],
      },
    ]);
  });

  it('reads "the panel was composed of" and skips "the panellists were invited to"', () => {
    expect(itemsOf('The panel was composed of Ms. Ana Ruiz and Mr. Bo Li.')[0]?.items).toEqual(['Ms. Ana Ruiz', 'Mr. Bo Li']);
    expect(itemsOf('The panellists were invited to answer in writing.')).toEqual([]);
  });
});
