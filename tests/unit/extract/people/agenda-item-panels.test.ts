import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/index.js';
import { splitAffiliation } from '../../../../src/ingest/extract/people/affiliation.js';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { splitPosition } from '../../../../src/ingest/extract/chairs.js';
import { buildDoc, countries, emptyVocab } from '../fixture.js';

const vocab = emptyVocab(countries('Chile', 'Ghana', 'Latvia', 'Kenya'));
const lookup = (s: string): string | null => (['Chile', 'Ghana', 'Latvia', 'Kenya'].includes(s.trim()) ? s.trim() : null);

/** A working group's report: panels announced in the passive under each agenda item, written for this test. */
const REPORT = buildDoc([
  '## A. Cross-border asset tracing',
  '12. At its 2nd meeting, the Expert Group considered agenda item 3, entitled "Cross-border tracing of criminal assets". A panel discussion was held under the item, with the following panellists: Ms. Rūta Ozola, Senior Investigator, State Revenue Service (Latvia); Mr. Kwame Asante-Boateng, Assistant Comptroller, Ghana Revenue Authority; and Ms. Elena Cortés, Head of the Asset Recovery Unit, Public Prosecutor\'s Office (Chile).',
  '13. Ms. Ozola described three cases.',
  '## B. Witness protection',
  '14. At its 4th meeting, the Expert Group considered agenda item 4. A second panel discussion was held, with the following panellists: Mr. Otieno Waweru, Analyst, Witness Protection Committee, Central Bank of Kenya.',
]);

describe('panels a working group holds under its agenda items', () => {
  const f = extractFacts(REPORT, vocab);
  const person = (name: string) => f.persons.find((p) => p.name === name);

  it('opens a panel per passive announcement, titled by the quoted item, else by its heading', () => {
    expect(f.panels.map((p) => [p.ordinal, p.title])).toEqual([
      [1, 'Cross-border tracing of criminal assets'],
      [2, 'Witness protection'],
    ]);
  });

  it('seats the listed panellists with the organizations their comma lists end on', () => {
    expect(f.panellists.map((x) => [x.panelOrdinal, f.persons.find((p) => p.key === x.personKey)?.name, x.organization?.name])).toEqual([
      [1, 'Rūta Ozola', 'State Revenue Service'],
      [1, 'Kwame Asante-Boateng', 'Ghana Revenue Authority'],
      [1, 'Elena Cortés', "Public Prosecutor's Office"],
      [2, 'Otieno Waweru', 'Central Bank of Kenya'],
    ]);
    expect(person('Kwame Asante-Boateng')?.position).toBe('Assistant Comptroller');
    expect(person('Elena Cortés')?.position).toBe('Head of the Asset Recovery Unit');
  });
});

describe('a passive sentence about a panel already announced', () => {
  it('"The panel was organized with the support of …" opens no panel of its own', () => {
    const doc = buildDoc([
      '## I. Introduction',
      '1. On 3 May 2031, the Board held a panel discussion on access to clean courts.',
      '2. The panel was organized with the support of a fellowship programme. A recording is available online.',
      '3. The panel was convened in the afternoon.',
    ]);
    expect(extractFacts(doc, vocab).panels.map((p) => p.title)).toEqual(['access to clean courts']);
  });

  it('a definite panel with an ordinal or a subject is still a new one', () => {
    const doc = buildDoc([
      '## A. Item 2',
      '5. A panel discussion was held under the item.',
      '## B. Item 3',
      '6. The second panel discussion was held on the following day.',
      '## C. Item 4',
      '7. The panel on safe harbours was convened by the Chair.',
    ]);
    expect(extractFacts(doc, vocab).panels.map((p) => p.title)).toEqual(['Item 2', 'Item 3', 'safe harbours']);
  });
});

describe('posts and organizations in a description', () => {
  it("reads a post's office as the organization, not as a second post", () => {
    expect(splitAffiliation("Head of the Asset Recovery Unit, Public Prosecutor's Office", lookup)).toMatchObject({
      position: 'Head of the Asset Recovery Unit',
      organization: { name: "Public Prosecutor's Office" },
    });
  });

  it('keeps a unit named with "and" in the position, the organization after it', () => {
    expect(splitAffiliation('Chief of the Fraud and Forgery Section of the Border Agency', lookup)).toMatchObject({
      position: 'Chief of the Fraud and Forgery Section',
      organization: { name: 'Border Agency' },
    });
  });

  it('reads a post word followed by its comma as a post, the units after it in the position', () => {
    const [m] = findPersonMentions(
      'Ms. Ana Ruiz de León, Director-General, Coastal Policy, Maritime Law and International Fisheries Law Directorate, Ministry of the Sea;',
      lookup,
    );
    expect([m?.name, m?.position, m?.organization?.name]).toEqual([
      'Ana Ruiz de León',
      'Director-General, Coastal Policy, Maritime Law and International Fisheries Law Directorate',
      'Ministry of the Sea',
    ]);
  });

  it('does not take a clause after the name for a post', () => {
    expect(splitPosition('(Ghana), on 4 May 2031')).toEqual({ position: null, organization: { name: 'Ghana', acronym: null } });
  });
});

describe('a compound surname met before the full name', () => {
  it('is the same person as the one full name that ends on it', () => {
    const doc = buildDoc([
      '1. Ms. Pérez Soto said that the reform of the courts was under way.',
      '2. The delegation was composed of Ms. Lucía Pérez Soto, Minister of Justice, and Mr. Tomás Ruiz, Adviser.',
      '3. Ms. Pérez Soto added that judges would be trained.',
    ]);
    const f = extractFacts(doc, vocab);
    expect(f.persons.filter((p) => p.name?.includes('Pérez Soto')).map((p) => p.name)).toEqual(['Lucía Pérez Soto']);
  });
});
