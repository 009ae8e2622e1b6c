/**
 * Which meeting a document records and which series it joins (resolve/meeting-identity.ts),
 * the reading of a review's frame from a title block (extract/meeting/review-frame.ts), and
 * the comparison of a series' meetings (api/resolvers/timelines.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../../src/ingest/extract/meeting.js';
import { meetingIdentity, seriesOf } from '../../../src/ingest/resolve/meeting-identity.js';
import { compareSteps } from '../../../src/api/resolvers/timelines.js';
import type { MeetingFact } from '../../../src/ingest/extract/facts.js';
import { buildDoc, countries, emptyVocab } from '../extract/fixture.js';

const vocab = emptyVocab(countries('Ghana', 'Norway'));

/** A stakeholders' summary as UN title blocks give it: body, session, its dates, the State alone on a line. */
function summary(session: string, dates: string, state: string) {
  return buildDoc(['## I. Background', '1. Seven stakeholders made submissions.'], {
    titleBlock: [
      'Human Rights Council',
      'Working Group on the Universal Periodic Review',
      session,
      dates,
      'Summary prepared by the Office of the United Nations High Commissioner for Human Rights',
      `${state}*`,
    ],
  });
}

function report(sessionWords: string, state: string) {
  return buildDoc(
    [
      '## Introduction',
      `1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1, held its ${sessionWords} session from 20 to 31 January 2020. The review of ${state} was held at the 9th meeting, on 24 January 2020.`,
    ],
    { titleBlock: ['Report of the Working Group on the Universal Periodic Review*', state] },
  );
}

describe('the review a document belongs to', () => {
  it("reads a stakeholders' summary's State and Working Group session from its title block", () => {
    const m = extractMeeting(summary('Thirty-fifth session', '20-31 January 2020', 'Ghana'), vocab);
    expect(m).toMatchObject({
      title: 'Universal periodic review of Ghana',
      kind: 'universal periodic review',
      subject: 'Ghana',
      date: '2020-01-20',
      workingGroup: { name: 'Working Group on the Universal Periodic Review', sessionOrdinal: 35 },
    });
  });

  it('gives the summary and the report of one review one meeting, and another session another', () => {
    const a = extractMeeting(summary('Thirty-fifth session', '20-31 January 2020', 'Ghana'), vocab)!;
    const b = extractMeeting(report('thirty-fifth', 'Ghana'), vocab)!;
    const c = extractMeeting(summary('Twenty-first session', '19-30 January 2015', 'Ghana'), vocab)!;
    const other = extractMeeting(summary('Thirty-fifth session', '20-31 January 2020', 'Norway'), vocab)!;
    const idA = meetingIdentity(a, 'doc:a');
    expect(idA).toEqual({ id: 'wg:working-group-on-the-universal-periodic-review/session:35/review:ghana', shared: true });
    expect(meetingIdentity(b, 'doc:b')).toEqual(idA);
    expect(meetingIdentity(c, 'doc:c').id).not.toBe(idA.id);
    expect(meetingIdentity(other, 'doc:d').id).not.toBe(idA.id);
    // All of Ghana's reviews are one series; Norway's another.
    expect(new Set([a, b, c].map((m) => seriesOf(m)?.id))).toEqual(new Set(['series:universal-periodic-review-of-ghana']));
    expect(seriesOf(other)?.id).toBe('series:universal-periodic-review-of-norway');
  });

  it('keeps a meeting of its own for a document that states no review frame', () => {
    const dialogue: MeetingFact = {
      title: 'Second constructive dialogue on the smuggling of migrants',
      kind: 'constructive dialogue',
      ordinal: 2,
      date: '2023-10-09',
      endDate: null,
      format: null,
      subject: 'smuggling of migrants',
      participation: [],
      workingGroup: { name: 'Working Group on the Smuggling of Migrants', sessionOrdinal: 10, sessionDates: [] },
      method: 'pattern',
      confidence: 0.85,
      evidence: [],
    };
    expect(meetingIdentity(dialogue, 'doc:x')).toEqual({ id: 'doc:x/meeting', shared: false });
    expect(seriesOf(dialogue)).toMatchObject({ kind: 'dialogues', subject: 'smuggling of migrants' });
  });
});

describe('comparing the meetings of a series', () => {
  const meeting = (id: string, date: string | null) => ({
    id,
    name: id,
    date,
    documents: [],
    series: [],
    kind: null,
    subject: null,
    ordinal: null,
    cycle: null,
  });
  const actor = (id: string) => ({
    actor: { id, label: 'Place' as const, name: id, kind: null },
    roles: ['speaker'],
    statements: 1,
    citations: [],
  });

  it('orders by date and says who is new, who returned and who dropped out', () => {
    const steps = compareSteps(
      { id: 'series:s', name: 's', kind: 'review', subject: null },
      [meeting('m3', '2019-11-12'), meeting('m1', '2010-02-16'), meeting('m2', '2014-11-04')],
      new Map([
        ['m1', [actor('a'), actor('b')]],
        ['m2', [actor('b'), actor('c')]],
        ['m3', [actor('a'), actor('c'), actor('d')]],
      ]),
    );
    expect(steps.meetings.map((s) => [s.position, s.meeting.id, s.new, s.returned, s.droppedOut])).toEqual([
      [1, 'm1', ['a', 'b'], [], []],
      [2, 'm2', ['c'], [], ['a']],
      [3, 'm3', ['d'], ['a'], ['b']],
    ]);
    expect(steps.participants.find((p) => p.actor.id === 'a')).toMatchObject({ positions: [1, 3], dates: ['2010-02-16', '2019-11-12'] });
  });
});
