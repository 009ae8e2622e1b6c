import { describe, expect, it } from 'vitest';
import { bodySession } from '../../../src/ingest/extract/meeting/body-session.js';
import { buildDoc } from './fixture.js';

const titleBlock = ['Human Rights Council', 'Sixty-second session'];

describe('the session a report records, not the one it is submitted to', () => {
  it('reads "the <Body> held, at its Nth session" over the title block', () => {
    const doc = buildDoc(
      ['1. In accordance with its resolution 58/4, the Human Rights Council held, at its fifty-ninth session, on 2 July 2025, a panel discussion on seasonal workers.'],
      { titleBlock },
    );
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 59 });
  });

  it('keeps the title block when the ordinal qualifies a post', () => {
    const doc = buildDoc(['1. The President of the Council at its fifty-ninth session, Ms. Ana Ruiz, opened the meeting.'], { titleBlock });
    expect(bodySession(doc)).toMatchObject({ name: 'Human Rights Council', session: 62 });
  });
});
