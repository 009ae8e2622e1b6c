/**
 * State names as UN reports print them, beyond a plain capitalised run: official names that open
 * with lower-case words, typeset apostrophes, a name slipped into lower case inside a
 * recommendation's attribution, and spelled counts in thousands. Fixtures are written for these
 * tests (a review of Ghana), not copied from a real report.
 */
import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractObservations } from '../../../src/ingest/extract/observations.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import { countsIn } from '../../../src/ingest/extract/statistics/plain-counts.js';
import { cardinalValue, readCardinalAt } from '../../../src/ingest/extract/text-numbers.js';
import { speechVerbAt } from '../../../src/ingest/extract/text-speech-verbs.js';
import { trailingAttributions } from '../../../src/ingest/extract/text-states.js';
import type { PlaceEntry, Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const places: PlaceEntry[] = [
  ...countries('Ghana', 'Kenya', 'Sweden', 'Niger', 'Chile'),
  { name: 'North Macedonia', kind: 'country', altLabels: ['The former Yugoslav Republic of Macedonia'] },
  { name: "Côte d'Ivoire", kind: 'country', altLabels: [] },
];

function statementsOf(doc: ParsedDocument, vocab: Vocabularies) {
  const agenda = extractAgenda(doc);
  return extractStatements(doc, { agendaItems: agenda.items, panels: extractPanels(doc, agenda.items), vocab }).statements;
}

const review = (lines: string[]) =>
  buildDoc(
    [
      '## I. Summary of the proceedings',
      '### B. Interactive dialogue and responses by the State under review',
      '7. The review of Ghana was held at the 5th meeting.',
      ...lines,
    ],
    { titleBlock: ['Report of the Working Group on the Universal Periodic Review', 'Ghana'] },
  );

describe('State names a capitalised run cannot read', () => {
  it('finds a speaking State whose official name has lower-case words or a typeset apostrophe', () => {
    const doc = review([
      '8. The former Yugoslav Republic of Macedonia asked about the housing plan for returnees.',
      '9. Côte d’Ivoire praised the new school meals scheme. It urged wider coverage.',
      '10. Kenya believed that the census could count nomadic households better.',
    ]);
    const found = statementsOf(doc, emptyVocab(places)).map((s) => [s.paragraph, s.speaker.kind, s.speaker.state]);
    expect(found).toEqual([
      ['8', 'state', 'North Macedonia'],
      ['9', 'state', "Côte d'Ivoire"],
      ['10', 'state', 'Kenya'],
    ]);
  });

  it('does not take a State out of a longer capitalised name, nor a lower-case common noun', () => {
    const doc = review([
      '8. Chile Solidarity Network described its shelters.',
      '9. turkey farmers were mentioned by nobody.',
    ]);
    const found = statementsOf(doc, emptyVocab([...places, ...countries('Turkey')]));
    expect(found.map((s) => s.speaker.state ?? null)).not.toContain('Chile');
    expect(found.map((s) => s.speaker.state ?? null)).not.toContain('Turkey');
  });

  it('counts "believed" as a reporting verb', () => {
    expect(speechVerbAt('Kenya believed that quotas would help.', 5)).toBeGreaterThan(0);
  });
});

describe('recommendation attributions in lower case', () => {
  it('reads a lower-case group only when the caller knows it as a State', () => {
    const text = 'Publish the audit of prison conditions (the Niger); Fund rural clinics (sweden);';
    expect(trailingAttributions(text).map((a) => a.name)).toEqual([]);
    const known = (n: string) => ['the niger', 'sweden'].includes(n.toLowerCase());
    expect(trailingAttributions(text, known).map((a) => a.name)).toEqual(['the Niger', 'sweden']);
    // prose in brackets stays prose, known or not
    expect(trailingAttributions('Review the rules (see the annex);', known)).toEqual([]);
  });

  it('gives each clause of a joint item its own recommending State, lower case or not', () => {
    const doc = buildDoc([
      '## Introduction',
      '1. The review of Ghana was held at the 5th meeting.',
      '## II. Conclusions and/or recommendations',
      '90. The following recommendations will be examined by Ghana:',
      '90.1 Publish the audit of prison conditions (the Niger); fund rural clinics (sweden);',
      '90.2 Train border officials (the former Yugoslav Republic of Macedonia);',
      '90.3 Adopt the bill on legal aid (Côte d’Ivoire, Kenya);',
    ]);
    const obs = extractObservations(doc, emptyVocab(places));
    expect(obs.map((o) => [o.number, o.recommendedBy])).toEqual([
      ['90.1', ['the Niger', 'sweden']],
      ['90.2', ['the former Yugoslav Republic of Macedonia']],
      ['90.3', ['Côte d’Ivoire', 'Kenya']],
    ]);
  });
});

describe('spelled counts in thousands', () => {
  it('reads "thousand" as a cardinal, not an ordinal ending in "nd"', () => {
    expect(cardinalValue('Twelve thousand')).toBe(12000);
    expect(cardinalValue('one thousand')).toBe(1000);
    expect(readCardinalAt('Four thousand households moved', 0)).toMatchObject({ value: 4000, end: 13 });
    expect(cardinalValue('thousandth')).toBeNull();
  });

  it('counts "Twelve thousand households" once, not also "thousand households"', () => {
    const s = 'Twelve thousand households had been connected to the grid by March.';
    expect(countsIn(s, { start: 0, end: s.length }).map((c) => [c.value, c.unit])).toEqual([[12000, 'households']]);
  });
});
