import { describe, expect, it } from 'vitest';
import { firstDay } from '../../../src/ingest/extract/meeting/first-day.js';
import { buildDoc } from './fixture.js';

const titleBlock = ['Human Rights Council', 'Sixtieth session', '8 September–8 October 2025'];

describe('the first day from the introduction after its mandate paragraph', () => {
  it('reads "The discussion was held on <date>" in the second paragraph over the title block', () => {
    const doc = buildDoc(
      [
        '## I. Introduction',
        '1. In resolution 57/3, the Council asked the Office to prepare a summary of the annual discussion on climate displacement.',
        '2. The discussion was held on 19 June 2025 at the 14th meeting of the fifty-ninth session.',
      ],
      { titleBlock },
    );
    expect(firstDay(doc)?.date).toBe('2025-06-19');
  });

  it('ignores a later date that is not the event itself happening', () => {
    const doc = buildDoc(
      [
        '## I. Introduction',
        '1. In resolution 57/3, the Council asked the Office to prepare a summary.',
        '2. The report was submitted on 2 May 2025 to the secretariat.',
      ],
      { titleBlock },
    );
    expect(firstDay(doc)?.date).toBe('2025-09-08');
  });
});
