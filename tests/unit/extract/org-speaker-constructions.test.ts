import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

function speakers(lines: string[]) {
  const doc = buildDoc(lines);
  const vocab = emptyVocab(countries('Nepal', 'India'));
  const agenda = extractAgenda(doc);
  const organizations = extractOrganizations(doc, vocab);
  const { statements } = extractStatements(doc, { agendaItems: agenda.items, panels: extractPanels(doc, agenda.items), vocab, organizations });
  return (para: string) => statements.filter((s) => s.paragraph === para).map((s) => s.speaker.organization?.acronym ?? s.speaker.surface);
}

describe('"according to <organization>" as the source of a sentence', () => {
  const who = speakers([
    '## Notes',
    '3. The Himalayan Tenants Union (HTU) urged the Government to register informal settlements.',
    '4. According to HTU, landslides had displaced 900 families and the District Disaster Committee had counted 14 deaths.',
    '5. The Land Commission, according to HTU, had closed fewer than half of its files.',
    '6. According to India, the border remained open.',
    '7. According to the cadastral survey, the plots overlapped.',
  ]);

  it('opening the sentence: the organization speaks, not the body the sentence reports on', () => {
    expect(who('4')).toEqual(['HTU']);
  });

  it('set off by commas after the subject', () => {
    expect(who('5')).toEqual(['HTU']);
  });

  it('not for a State or a source that is no organization the document names', () => {
    expect(who('6')).not.toContain('India');
    expect(who('7')).toEqual([]);
  });
});

describe('a relative clause between an organization and its reporting verb', () => {
  it('skips ", which … ," and ", who … ," after the subject', () => {
    const who = speakers([
      '## Notes',
      '3. The Himalayan Tenants Union (HTU), which has campaigned since 1998 for tenure security, explained that rents doubled.',
      '4. HTU, which the courts had heard twice, urged a moratorium.',
      '5. The land, which HTU had mapped, remained idle.',
    ]);
    expect(who('3')).toEqual(['HTU']);
    expect(who('4')).toEqual(['HTU']);
    expect(who('5')).toEqual([]);
  });
});

describe('other ways of naming the source of a sentence, and unnamed stakeholders', () => {
  it('reads "In the view of X," and "As reported by X," like "According to X,"', () => {
    const who = speakers([
      '## Notes',
      '3. The Himalayan Tenants Union (HTU) urged the Government to register informal settlements.',
      '4. In the view of HTU, the new code favoured landlords.',
      '5. As reported by HTU, the eviction notices had no legal basis.',
    ]);
    expect(who('4')).toEqual(['HTU']);
    expect(who('5')).toEqual(['HTU']);
  });

  it('reads "Several stakeholders recommended" as unnamed participants, never without a quantifier', () => {
    const doc = buildDoc([
      '## Notes',
      '3. Several stakeholders recommended that Nepal ratify the Convention.',
      '4. A number of submissions noted delays in land registration.',
      '5. Stakeholders were consulted in 2019.',
    ]);
    const vocab = emptyVocab(countries('Nepal'));
    const agenda = extractAgenda(doc);
    const { statements } = extractStatements(doc, { agendaItems: agenda.items, panels: extractPanels(doc, agenda.items), vocab });
    expect(statements.map((s) => [s.paragraph, s.speaker.kind, s.speaker.quantifier])).toEqual([
      ['3', 'participant', 'several'],
      ['4', 'participant', 'a number of'],
    ]);
  });
});

describe('an apposition with "the" between a representative\'s organization and the verb', () => {
  it('"The representative of X, the ombudsman institution of Nepal, stated …": X speaks', () => {
    const who = speakers([
      '## Notes',
      '3. The representative of the Nepal Office of the Ombudsman (NOO), the ombudsman institution of Nepal, stated that detainees lacked lawyers.',
    ]);
    expect(who('3')).toEqual(['NOO']);
  });
});
