/**
 * The tables behind the participation charts (and their CSV), on a small series written here:
 * counts by kind, named beside stated (a breakdown in parentheses not added twice), turnover.
 */
import { describe, expect, it } from 'vitest';
import type { SeriesTimeline, TimelineActor } from '../../../web/src/api/series-types.js';
import { tableCsv } from '../../../web/src/charts/csv.js';
import { namedVersusStated, participantsByKind, statedTotal, turnover } from '../../../web/src/charts/participation-tables.js';

const ngo: TimelineActor = { id: 'org:a', label: 'Organization', name: 'Alpha, "the" Network', kind: 'ngo' };
const uni: TimelineActor = { id: 'org:u', label: 'Organization', name: 'Uni', kind: 'academia' };
const state: TimelineActor = { id: 'place:x', label: 'Place', name: 'Xland', kind: 'country' };
const person: TimelineActor = { id: 'person:p', label: 'Person', name: 'P', kind: null };
const appear = (actor: TimelineActor) => ({ actor, roles: ['speaker'], statements: 1, citations: [] });
const meeting = (id: string, date: string | null) => ({
  id,
  name: `Meeting ${id}`,
  kind: null,
  date,
  ordinal: null,
  cycle: null,
  documents: [],
});

const series: SeriesTimeline = {
  series: { id: 'series:s', name: 'S', kind: 'dialogues', subject: null },
  steps: [
    {
      position: 1,
      meeting: meeting('m1', '2041-01-01'),
      participants: [ngo, state, person].map(appear),
      newIds: ['org:a', 'place:x', 'person:p'],
      returnedIds: [],
      absentIds: [],
    },
    {
      position: 2,
      meeting: meeting('m2', null),
      participants: [uni].map(appear),
      newIds: ['org:u'],
      returnedIds: [],
      absentIds: ['org:a', 'place:x', 'person:p'],
    },
  ],
};

describe('participation tables', () => {
  it('counts distinct organizations by kind and States per meeting, not the people speaking for them', () => {
    expect(participantsByKind(series).rows).toEqual([
      [1, 'm1', 'Meeting m1', '2041-01-01', 'NGO', 1],
      [1, 'm1', 'Meeting m1', '2041-01-01', 'State', 1],
      [2, 'm2', 'Meeting m2', '', 'Academia', 1],
    ]);
  });

  it('does not add a breakdown in parentheses to the count it breaks down', () => {
    // "Eleven NGOs and two other relevant stakeholders (two from academia) … eighteen Member States"
    expect(
      statedTotal([
        { kind: 'NGO', count: 11 },
        { kind: 'OTHER_STAKEHOLDER', count: 2 },
        { kind: 'ACADEMIA', count: 2 },
        { kind: 'MEMBER_STATE', count: 18 },
      ]),
    ).toBe(31);
    // No "other stakeholders" to break down: academia counts on its own.
    expect(
      statedTotal([
        { kind: 'NGO', count: 9 },
        { kind: 'ACADEMIA', count: 1 },
        { kind: 'MEMBER_STATE', count: 15 },
      ]),
    ).toBe(25);
  });

  it('puts named beside stated, leaving the stated cell empty where no count is stated', () => {
    const stated = new Map([['m1', [{ kind: 'NGO', count: 40 }]]]);
    expect(namedVersusStated(series, stated).rows.map((r) => r.slice(4))).toEqual([
      [2, 40],
      [1, ''],
    ]);
  });

  it('counts organizations and States taking part, new, back and absent per meeting (people left out)', () => {
    expect(turnover(series).rows.map((r) => r.slice(4))).toEqual([
      [2, 2, 0, 0],
      [1, 1, 0, 2],
    ]);
  });

  it('writes RFC 4180 CSV: quotes and commas in names survive', () => {
    const csv = tableCsv({ columns: ['name', 'n'], rows: [[ngo.name, 1]] });
    expect(csv).toBe('name,n\n"Alpha, ""the"" Network",1\n');
  });
});
