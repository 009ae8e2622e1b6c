import { describe, expect, it } from 'vitest';
import { anonymousSubjectAt } from '../../../src/ingest/extract/text-subjects.js';

describe('the panellists as an unnamed group of speakers', () => {
  it('reads plural panellists followed by a reporting verb as participants', () => {
    expect(anonymousSubjectAt('Panellists stressed that childcare costs kept mothers out of paid work.', 0)).toMatchObject({
      noun: 'participant',
      plural: true,
    });
    expect(anonymousSubjectAt('Several panelists warned against cuts to rural clinics.', 0)).toMatchObject({ quantifier: 'several' });
  });

  it('needs a reporting verb and leaves a single panellist to the panels extractor', () => {
    expect(anonymousSubjectAt('The panellists were drawn from three regions.', 0)).toBeNull();
    expect(anonymousSubjectAt('The first panellist described the survey.', 0)).toBeNull();
  });
});
