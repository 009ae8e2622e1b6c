/**
 * A list of a review's recommendations (OHCHR's thematic lists, exported from Word as one long
 * table) states its review only in its running header: "UPR of <State> (3rd Cycle - 35th
 * Session)". That header names the same review as the Working Group's report: the State, and
 * the session of the Working Group on the UPR.
 */
import { describe, expect, it } from 'vitest';
import { bodySession } from '../../../src/ingest/extract/meeting/body-session.js';
import { extractMeeting } from '../../../src/ingest/extract/meeting.js';
import { buildDoc } from './fixture.js';
import { SOME_PLACES, vocab } from './mention-fixture.js';

const RECOMMENDATIONS = [
  '121.1 Ratify the Convention on the Reduction of Statelessness (Mexico);',
  '121.2 Strengthen the national human rights institution (Netherlands);',
];

describe('a review and its session named on one title line', () => {
  it('reads the UPR session as the session of its Working Group', () => {
    const doc = buildDoc(RECOMMENDATIONS, { titleBlock: ['UPR of Kenya (3rd Cycle - 35th Session): Thematic list of recommendations'] });
    expect(bodySession(doc)).toMatchObject({ name: 'Working Group on the Universal Periodic Review', session: 35 });
  });

  it('reads the name written out and the ordinal in words', () => {
    const doc = buildDoc(RECOMMENDATIONS, { titleBlock: ['Universal Periodic Review of Kenya – Thirty-fifth session'] });
    expect(bodySession(doc)).toMatchObject({ name: 'Working Group on the Universal Periodic Review', session: 35 });
  });

  it('gives the same review as the Working Group report: the State and the Working Group session, no date', () => {
    const doc = buildDoc(RECOMMENDATIONS, { titleBlock: ['UPR of Kenya (3rd Cycle - 35th Session): Thematic list of recommendations'] });
    expect(extractMeeting(doc, vocab({ places: SOME_PLACES }))).toMatchObject({
      kind: 'universal periodic review',
      title: 'Universal periodic review of Kenya',
      subject: 'Kenya',
      date: null,
      workingGroup: { name: 'Working Group on the Universal Periodic Review', sessionOrdinal: 35 },
    });
  });

  it('needs the review and the session on the same line; a body above a session line still comes first', () => {
    const split = buildDoc(RECOMMENDATIONS, { titleBlock: ['UPR of Kenya', 'Thematic list of recommendations', 'Printed at the 35th session'] });
    expect(bodySession(split)).toBeNull();
    const other = buildDoc(RECOMMENDATIONS, { titleBlock: ['Thematic list of recommendations (35th Session)'] });
    expect(bodySession(other)).toBeNull();
    const council = buildDoc(RECOMMENDATIONS, { titleBlock: ['Human Rights Council', 'Forty-third session', 'UPR of Kenya (3rd Cycle - 35th Session)'] });
    expect(bodySession(council)).toMatchObject({ name: 'Human Rights Council', session: 43 });
  });
});
