import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Ghana', 'Norway', 'Peru', 'Viet Nam'));

/** A summary whose speakers are listed only in the note its interactive-discussion paragraph calls; written for this test. */
function report(note: string, sentence: string) {
  const doc = buildDoc(['## IV. Interactive discussion', `12. ${sentence}`, '13. Several delegations stressed the need for data.']);
  const p = doc.paragraphs[0]!;
  p.footnoteRefs = ['4'];
  doc.footnotes = [{ number: '4', text: note }];
  return extractFacts(doc, vocab);
}

const NOTE =
  'States: Ghana, Norway (on behalf of the Nordic countries), Peru, Viet Nam. Intergovernmental organizations: African Union. Non-governmental organizations: Rights for Riverside Communities, Fundación Tierra Viva.';

describe('speakers listed in a note the paragraph calls', () => {
  it('makes every captioned entry a speaker of the calling paragraph, evidenced in the note', () => {
    const f = report(NOTE, 'During the debate, statements were made by 4 States, 1 regional organization and 2 civil society groups.');
    const at12 = f.statements.filter((s) => s.paragraph === '12');
    expect(at12.map((s) => s.speaker.state ?? s.speaker.organization?.name)).toEqual([
      'Ghana',
      'Norway',
      'Peru',
      'Viet Nam',
      'African Union',
      'Rights for Riverside Communities',
      'Fundación Tierra Viva',
    ]);
    expect(at12[0]?.evidence[0]?.paragraph).toBe('fn4');
    // the count in the calling sentence is nobody's report
    expect(f.statistics.find((s) => s.value === 4)?.reporterKey ?? null).toBeNull();
  });

  it('reads semicolon-parted captions in lower case', () => {
    const f = report(
      'States: Ghana, Peru; intergovernmental organizations: African Union; non-governmental organizations: Fundación Tierra Viva.',
      'Interventions were delivered by several participants.',
    );
    expect(f.statements.filter((s) => s.paragraph === '12').length).toBe(4);
  });

  it('ignores a note that is not a captioned list, or a paragraph that does not say statements were made', () => {
    expect(report('See A/HRC/60/12, para. 4.', 'Statements were made by many delegations.').statements.filter((s) => s.paragraph === '12' && s.speaker.state)).toEqual([]);
    expect(report(NOTE, 'The theme had been chosen by the Council.').statements.filter((s) => s.paragraph === '12' && s.speaker.state)).toEqual([]);
  });
});
