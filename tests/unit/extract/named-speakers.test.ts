/**
 * Statements by named people, delegates, speakers' lists and aliases; fixtures written for
 * these constructions (fictional people and bodies), not copied from any record.
 */
import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

function run(doc: ParsedDocument) {
  const agenda = extractAgenda(doc);
  const panels = extractPanels(doc, agenda.items);
  return extractStatements(doc, {
    agendaItems: agenda.items,
    panels,
    vocab: emptyVocab(countries('Peru', 'Norway', 'Ghana', 'Chile', 'Trinidad and Tobago')),
  });
}

function speakers(doc: ParsedDocument) {
  const { statements, persons } = run(doc);
  const name = (key: string | null) => persons.find((p) => p.key === key)?.name ?? null;
  return statements.map((s) => [
    s.paragraph,
    s.speaker.kind,
    name(s.speaker.personKey) ?? s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.organization?.acronym ?? s.speaker.quantifier,
  ]);
}

describe('named speakers', () => {
  const doc = buildDoc([
    '# Summary',
    '1. Ms. Lena Farrow of the Harbour Rights Foundation (HRF) argued that shelters were full. She urged donors to help.',
    '2. The Deputy Minister of Labour of Peru, Mr. Tomas Quispe, described a new inspection service.',
    '3. Shelters, Ms. Farrow added, were underfunded. Mr. Quispe replied that funds had been raised.',
    '4. Speaking on behalf of a group of States, the delegate of Norway welcomed the exchange, while one delegation cautioned against haste.',
    '5. A representative of the Coastal Workers Union (CWU) reported on port inspections.',
    '6. Mr. Ivo Brandt (Chile), Vice-Chair, facilitated the afternoon. He asked speakers to be brief.',
    '7. According to Ms. Farrow, most residents stayed a month.',
  ]);
  const got = speakers(doc);

  it('reads person, then affiliation; position, then person; and the surname later', () => {
    expect(got.filter((g) => g[0] === '1')).toEqual([['1', 'organization', 'Lena Farrow']]);
    expect(got.filter((g) => g[0] === '2')).toEqual([['2', 'state', 'Tomas Quispe']]);
    expect(got.filter((g) => g[0] === '3').map((g) => g[2])).toEqual(['Lena Farrow', 'Tomas Quispe']);
    expect(got.filter((g) => g[0] === '7').map((g) => g[2])).toEqual(['Lena Farrow']);
  });

  it('reads a delegate of a State after "Speaking on behalf of", and a second speaker after "while"', () => {
    expect(got.filter((g) => g[0] === '4')).toEqual([
      ['4', 'state', 'Norway'],
      ['4', 'participant', 'one'],
    ]);
    expect(got.filter((g) => g[0] === '5')).toEqual([['5', 'organization', 'Coastal Workers Union']]);
  });

  it('gives "He asked …" to the person a sentence before named without a reporting verb', () => {
    expect(got.filter((g) => g[0] === '6')).toEqual([['6', 'chair', 'Ivo Brandt']]);
  });

  it('keeps the person with position and affiliation', () => {
    const { persons } = run(doc);
    expect(persons.find((p) => p.name === 'Tomas Quispe')).toMatchObject({ position: 'Deputy Minister of Labour', state: 'Peru' });
    expect(persons.find((p) => p.name === 'Lena Farrow')?.organization).toEqual({ name: 'Harbour Rights Foundation', acronym: 'HRF' });
  });
});

describe("speakers' lists", () => {
  it('makes every entry under a caption a speaker; on-behalf-of groups and footnote marks are not', () => {
    const doc = buildDoc([
      '# Report',
      '10. In the debate, the following made statements: (a) Representatives of States Members: Ghana2 (on behalf of the Group of Coastal States), Trinidad and Tobago, Norway; (b) Observers for non-governmental organizations: Lantern Aid, Inc., River Justice Network.',
      '11. The panellists Ada Moreau and Kofi Asante answered questions.',
      '12. Statements were then made by the panellists, namely: the Director of the Delta Institute, Ada Moreau; and a lecturer at the Inland University, Kofi Asante.',
    ]);
    const got = speakers(doc);
    expect(got.filter((g) => g[0] === '10').map((g) => [g[1], g[2]])).toEqual([
      ['state', 'Ghana'],
      ['state', 'Trinidad and Tobago'],
      ['state', 'Norway'],
      ['organization', 'Lantern Aid, Inc.'],
      ['organization', 'River Justice Network'],
    ]);
    expect(got.filter((g) => g[0] === '11').map((g) => [g[1], g[2]])).toEqual([
      ['panellist', 'Ada Moreau'],
      ['panellist', 'Kofi Asante'],
    ]);
    expect(got.filter((g) => g[0] === '12').map((g) => g[2])).toEqual(['Ada Moreau', 'Kofi Asante']);
    const { statements } = run(doc);
    const group = statements.find((s) => s.speaker.organization?.name === 'River Justice Network')?.speaker.group;
    expect(group).toBe('Observers for non-governmental organizations');
  });
});

describe('aliases defined in passing', () => {
  it('gives "the Inspectorate stated" to the organization the alias stands for', () => {
    const doc = buildDoc([
      '# Summary',
      '1. The National Labour Inspection Office of Ghana (the Inspectorate) took part.',
      '2. The Inspectorate stated that 40 sites had been visited.',
    ]);
    expect(speakers(doc)).toContainEqual(['2', 'organization', 'National Labour Inspection Office of Ghana']);
  });
});

describe('speakers named after the verb or beside an anonymous noun', () => {
  it('reads "made by the representative of X", "A participant from Org stressed", and an apposition after "Another participant"', () => {
    const doc = buildDoc([
      '# Report',
      '1. Later that day, a reply was made by the representative of Chile.',
      '2. A participant from the Delta Workers Alliance (DWA) stressed the cost of travel.',
      '3. Another participant, speaking for a university, wondered how data were kept.',
    ]);
    expect(speakers(doc)).toEqual([
      ['1', 'state', 'Chile'],
      ['2', 'organization', 'Delta Workers Alliance'],
      ['3', 'participant', 'another'],
    ]);
  });
});

describe('footnote marks in a stakeholders’ summary', () => {
  it('reads a subject list whose last name carries a spaced footnote number', () => {
    const doc = buildDoc([
      '# Summary of Stakeholders’ submissions on Peru',
      '## II. Information',
      '7. JS3 and the Andean Rights Council (ARC) 41 made similar observations.',
    ]);
    expect(speakers(doc).map((g) => g[2])).toEqual(['JS3', 'Andean Rights Council']);
  });
});

describe('observers and flat lists', () => {
  it('reads "the observer for X stated" and a flat list whose group aside comes before the last "and"', () => {
    const doc = buildDoc([
      '# Report',
      '1. Statements were delivered by: Peru, Ghana (on behalf of a group of coastal States) and Norway.',
      '2. The observer for the Lake Traders Guild (LTG) stated that prices had doubled.',
    ]);
    expect(speakers(doc)).toEqual([
      ['1', 'state', 'Peru'],
      ['1', 'state', 'Ghana'],
      ['1', 'state', 'Norway'],
      ['2', 'organization', 'Lake Traders Guild'],
    ]);
  });
});
