import { describe, expect, it } from 'vitest';
import { bodySession } from '../../../src/ingest/extract/meeting/body-session.js';
import { firstDay } from '../../../src/ingest/extract/meeting/first-day.js';
import { buildDoc } from './fixture.js';

const titleBlock = ['Human Rights Council', 'Sixty-second session'];

describe('the session a report records, not the one it is submitted to', () => {
  it('reads "the <Body> held, at its Nth session" over the title block', () => {
    const doc = buildDoc(
      [
        '1. In accordance with its resolution 58/4, the Human Rights Council held, at its fifty-ninth session, on 2 July 2025, a panel discussion on seasonal workers.',
      ],
      { titleBlock },
    );
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 59 });
  });

  it('keeps the title block when the ordinal qualifies a post', () => {
    const doc = buildDoc(['1. The President of the Council at its fifty-ninth session, Ms. Ana Ruiz, opened the meeting.'], { titleBlock });
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 62 });
  });

  it('reads the session the body decided its panel would be held at', () => {
    const doc = buildDoc(
      [
        '1. In its resolution 57/3, the Human Rights Council decided that its biennial panel discussion on seasonal workers would be held at its sixtieth session. The discussion took place on 17 September 2025, at the 12th meeting.',
      ],
      { titleBlock: [...titleBlock, '16 February–3 April 2026'] },
    );
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 60 });
    // the day is the sentence's that says when it took place, not the later session's in the title block
    expect(firstDay(doc)?.date).toBe('2025-09-17');
  });

  it('does not take a decision about something else for the session', () => {
    const doc = buildDoc(['1. The Human Rights Council decided that a report would be submitted at its sixtieth session.'], { titleBlock });
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 62 });
  });

  it('reads "the <Body> held its Nth meeting" of a body that meets once a year, with its full name from the title', () => {
    const doc = buildDoc(['# Report on the meeting of the Expert Group on Wetland Crime held in Bern from 2 to 4 April 2030', '1. Preamble.', '2. Under decision 3/1, the Expert Group held its fourth meeting in Bern from 2 to 4 April 2030.']);
    expect(bodySession(doc)).toMatchObject({ name: 'Expert Group on Wetland Crime', session: 4 });
  });

  it('does not read a sitting within a session ("At its 2nd meeting") as the body\'s meeting', () => {
    const doc = buildDoc(['1. At its 2nd meeting, on 3 April 2030, the Expert Group heard three experts.']);
    expect(bodySession(doc)).toBeNull();
  });
});
