import { describe, it, expect } from 'vitest';
import { genderOf } from '../../../../src/ingest/extract/people/gender.js';
import type { PersonFact } from '../../../../src/ingest/extract/facts.js';

const person = (over: Partial<PersonFact>): PersonFact => ({
  key: 'p',
  name: 'Ana Ruiz',
  honorific: null,
  pronoun: null,
  roles: [],
  position: null,
  organization: null,
  method: 'pattern',
  confidence: 0.8,
  evidence: [],
  ...over,
});

describe('gender as the text gives it', () => {
  it('reads an honorific, with the honorific as the quoted words', () => {
    const text = 'The delegation included Ms. Ana Ruiz, Director.';
    const start = text.indexOf('Ms.');
    const g = genderOf(
      person({ honorific: 'Ms.', pronoun: 'she', evidence: [{ paragraph: '3', start, end: start + 15, quote: 'Ms. Ana Ruiz' }] }),
      new Map([['3', text]]),
    );
    expect(g).toEqual({ gender: 'woman', source: 'honorific', evidence: { paragraph: '3', start, end: start + 3, quote: 'Ms.' } });
    expect(genderOf(person({ honorific: 'Mr.', evidence: [{ paragraph: '1', quote: 'Mr. Bo Li' }] }), new Map())?.gender).toBe('man');
  });

  it('reads a pronoun for the person after their mention, not one before it', () => {
    const text = 'He opened the meeting. Ana Ruiz presented the report; she said that the plan was adopted.';
    const at = text.indexOf('Ana Ruiz');
    const g = genderOf(
      person({ pronoun: 'she', evidence: [{ paragraph: '7', start: at, end: at + 8, quote: 'Ana Ruiz' }] }),
      new Map([['7', text]]),
    );
    expect(g?.gender).toBe('woman');
    expect(g?.source).toBe('pronoun');
    expect(text.slice(g!.evidence.start, g!.evidence.end)).toBe('she');
  });

  it('never genders from a name or a neutral title', () => {
    const text = 'Dr. Miro Cerar, Minister of Foreign Affairs, presented the report.';
    expect(
      genderOf(
        person({ name: 'Miro Cerar', honorific: 'Dr.', evidence: [{ paragraph: '1', start: 0, end: 14, quote: 'Dr. Miro Cerar' }] }),
        new Map([['1', text]]),
      ),
    ).toBeNull();
    // a pronoun the readers attached, but the words are nowhere after the mention: nothing to cite, nothing claimed
    expect(genderOf(person({ pronoun: 'he', evidence: [{ paragraph: '1', start: 0, end: 14 }] }), new Map([['1', text]]))).toBeNull();
  });
});
