import { describe, expect, it } from 'vitest';
import { extractProjects } from '../../../src/ingest/extract/projects.js';
import { loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { makeDoc, parsedSeed, vocab } from './mention-fixture.js';

describe('extractProjects', () => {
  it('reads “Quoted Name” (ACR) project, Name (ACR) programme and the project entitled “Name”, then bare acronyms', () => {
    const doc = makeDoc([
      'Support came through the “Border Management in the Sahel” (BMS-2) project and the Safe Migration Awareness (SMA) programme.',
      'A project entitled “Voices of Returnees” was presented. The BMS-2 project and the SMA programme continue.',
    ]);
    const facts = extractProjects(doc, vocab());
    expect(facts.map((f) => [f.name, f.acronym, f.evidence.map((e) => e.paragraph)])).toEqual([
      ['Border Management in the Sahel', 'BMS-2', ['1', '2']],
      ['Safe Migration Awareness', 'SMA', ['1', '2']],
      ['Voices of Returnees', null, ['2']],
    ]);
    expect(facts[0]!.evidence[0]!.quote).toBe('“Border Management in the Sahel” (BMS-2) project');
  });

  it('knows vocabulary projects by acronym alone and gives their full name', () => {
    const doc = makeDoc(['Training was delivered under GLO.ACT and the PROMIS project.']);
    const facts = extractProjects(
      doc,
      vocab({
        projects: [
          { name: 'Global Action against Trafficking in Persons and the Smuggling of Migrants', acronym: 'GLO.ACT' },
          { name: 'Protection of Migrants: Justice, Human Rights and Migrant Smuggling', acronym: 'PROMIS' },
        ],
      }),
    );
    expect(facts.map((f) => [f.acronym, f.method])).toEqual([
      ['GLO.ACT', 'gazetteer'],
      ['PROMIS', 'gazetteer'],
    ]);
    expect(facts.find((f) => f.acronym === 'GLO.ACT')!.name).toBe(
      'Global Action against Trafficking in Persons and the Smuggling of Migrants',
    );
  });

  it('on the parsed seed: SE4U in paras 6 and 10', async () => {
    const facts = extractProjects(parsedSeed(), await loadVocabularies());
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      acronym: 'SE4U',
      name: 'Stakeholder Engagement for the Implementation of the United Nations Convention against Transnational Organized Crime',
    });
    expect(facts[0]!.evidence.map((e) => e.paragraph)).toEqual(['6', '10']);
  });
});
