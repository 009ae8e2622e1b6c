/**
 * An office named by its holder's short title ("the Office of the High Commissioner") or by its
 * head noun alone ("The Office stressed …") is the one body of the document with that title or
 * head (organizations/reworded.ts, text-subjects.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import { makeDoc, vocab } from './mention-fixture.js';

const full = 'Office of the Regional High Commissioner for Ocean Affairs';

describe('the office of a short title', () => {
  it('joins the one body whose full name holds that title', () => {
    const doc = makeDoc([
      `The ${full} (ORHCOA) opened the meeting.`,
      'Norway asked the Office of the High Commissioner to publish its data.',
    ]);
    const orgs = extractOrganizations(doc, vocab());
    expect(orgs.filter((o) => o.name === full)).toHaveLength(1);
    expect(orgs.map((o) => o.name)).not.toContain('Office of the High Commissioner');
  });

  it('stays apart when two bodies hold that title', () => {
    const doc = makeDoc([
      `The ${full} (ORHCOA) and the Office of the High Commissioner for Inland Waters (OHCIW) opened the meeting.`,
      'Norway asked the Office of the High Commissioner to publish its data.',
    ]);
    const names = extractOrganizations(doc, vocab()).map((o) => o.name);
    expect(names).toContain('Office of the High Commissioner');
  });
});

describe('"the Office" as a speaker', () => {
  const speakersOf = (paragraphs: string[]) => {
    const doc = makeDoc(paragraphs);
    const v = vocab();
    const organizations = extractOrganizations(doc, v);
    return extractStatements(doc, { agendaItems: [], panels: { panels: [], panellists: [], persons: [] }, vocab: v, organizations })
      .statements.filter((s) => s.paragraph === '2')
      .map((s) => s.speaker.organization?.acronym ?? s.speaker.organization?.name ?? s.speaker.kind);
  };

  it('is the one organization of the document headed by that noun', () => {
    expect(speakersOf([`The ${full} (ORHCOA) presented its report.`, 'The Office stressed that its budget had been cut.'])).toEqual([
      'ORHCOA',
    ]);
  });

  it('is no one when two organizations have that head', () => {
    expect(
      speakersOf([
        `The ${full} (ORHCOA) and the Office of the Coastal Ombudsman presented their reports.`,
        'The Office stressed that its budget had been cut.',
      ]),
    ).toEqual([]);
  });
});
