import { describe, expect, it } from 'vitest';
import { anonymousSubjectAt } from '../../../src/ingest/extract/text-subjects.js';

describe('unnamed groups of States or organizations as speakers', () => {
  it('reads a quantified group followed by a reporting verb as participants', () => {
    expect(anonymousSubjectAt('Several Member States noted that budgets were short.', 0)).toMatchObject({ noun: 'participant', plural: true });
    expect(anonymousSubjectAt('A number of civil society organizations stressed the risk.', 0)).toMatchObject({
      noun: 'participant',
      quantifier: 'a number of',
    });
  });

  it('needs a quantifier and a reporting verb', () => {
    expect(anonymousSubjectAt('States should publish the data.', 0)).toBeNull();
    expect(anonymousSubjectAt('Some States parties lacked budgets.', 0)).toBeNull();
  });
});
