/**
 * The scorer compares States by identity through the gazetteer: a recommendation attributed
 * "(United Kingdom)" is the one a gold file attributes to the United Kingdom of Great Britain and
 * Northern Ireland; a speaker named by a former UN name is the current State. Names that are no
 * State are still compared as written. The places and facts are written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentFacts, ObservationFact, StatementFact } from '../../../src/ingest/extract/facts.js';
import type { PlaceEntry } from '../../../src/ingest/extract/vocabulary.js';
import { scoreCategory } from './categories.js';
import type { Gold } from './gold.js';
import { stateIdentity } from './states.js';

const places: PlaceEntry[] = [
  { name: 'United Kingdom of Great Britain and Northern Ireland', kind: 'country', altLabels: ['United Kingdom', 'UK'] },
  { name: 'Libya', kind: 'country', altLabels: ['Libyan Arab Jamahiriya'] },
  { name: 'Iran', kind: 'country', altLabels: ['Iran (Islamic Republic of)'] },
  { name: 'Ghana', kind: 'country', altLabels: [] },
  { name: 'Niger', kind: 'country', altLabels: ['Republic'] },
  { name: 'Nigeria', kind: 'country', altLabels: ['Republic'] },
  { name: 'Southern Africa', kind: 'region', altLabels: ['Ghana region'] },
];
const state = stateIdentity(places);

const observation = (number: string, recommendedBy: string[]): ObservationFact =>
  ({ number, text: '', addressees: ['Ghana'], action: null, recommendedBy, evidence: [] }) as unknown as ObservationFact;
const statement = (paragraph: string, stateName: string): StatementFact =>
  ({
    key: `para${paragraph}-1`,
    paragraph,
    speaker: { kind: 'state', personKey: null, organization: null, state: stateName, quantifier: null, surface: stateName },
    text: '',
    agendaItem: null,
    panelOrdinal: null,
    evidence: [],
  }) as unknown as StatementFact;
const facts = (f: Partial<DocumentFacts>): DocumentFacts => ({ persons: [], statements: [], observations: [], ...f }) as unknown as DocumentFacts;

describe('stateIdentity', () => {
  it('maps every label of a State, an uninverted UN name and a former name to the State', () => {
    expect(state('the United Kingdom')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(state('Islamic Republic of Iran')).toBe('Iran');
    expect(state('Libyan Arab Jamahiriya')).toBe('Libya');
  });
  it('knows no region, no label two States share, and nothing else', () => {
    expect(state('Ghana region')).toBeNull();
    expect(state('Republic')).toBeNull();
    expect(state('Amnesty International')).toBeNull();
  });
});

describe('the scorer compares States by identity', () => {
  const gold = {
    document: 'x.md',
    observations: [
      { number: '1.1', recommendedBy: ['United Kingdom of Great Britain and Northern Ireland'] },
      { number: '1.2', recommendedBy: ['Niger'] },
    ],
    statements: [
      { paragraph: '5', speaker: 'Libyan Arab Jamahiriya' },
      { paragraph: '6', speaker: 'Amnesty International' },
    ],
  } as Gold;

  it('matches a recommendation attributed by a short name, and not one by another State', () => {
    const f = facts({ observations: [observation('1.1', ['United Kingdom']), observation('1.2', ['Nigeria'])] });
    const t = scoreCategory('observations', gold, f, state)!;
    expect([t.tp, t.fp, t.fn]).toEqual([1, 1, 1]);
    // Without the gazetteer the short name is a miss, as before.
    const asWritten = scoreCategory('observations', gold, f)!;
    expect([asWritten.tp, asWritten.fp, asWritten.fn]).toEqual([0, 2, 2]);
  });

  it('matches a speaker by the current name of a State the gold names by its former one, once per paragraph', () => {
    const f = facts({ statements: [statement('5', 'Libya'), statement('5', 'Libyan Arab Jamahiriya'), statement('6', 'Amnesty')] });
    const t = scoreCategory('statements', gold, f, state)!;
    expect([t.tp, t.fp, t.fn]).toEqual([1, 1, 1]);
  });
});
