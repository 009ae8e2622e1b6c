/**
 * Former UN names of renamed States (scripts/vocabularies/un-former-names.json, merged into the
 * generated gazetteer): a record of an earlier year names the State as it was then, and the
 * extractor must credit the current State. The review below is written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { defaultVocabularyDir, loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import { stateGazetteer } from '../../../src/ingest/extract/text-states.js';
import { buildDoc } from './fixture.js';

const table = JSON.parse(readFileSync(new URL('../../../scripts/vocabularies/un-former-names.json', import.meta.url), 'utf8')) as {
  renames: { state: string; former: string[] }[];
};

const review = buildDoc(
  [
    '## I. Summary of the proceedings',
    '### B. Interactive dialogue and responses by the State under review',
    '7. The review of Ghana was held at the 5th meeting.',
    '8. Zaire asked about the registration of births in rural districts.',
    '9. The Libyan Arab Jamahiriya welcomed the new labour code.',
    '10. Swaziland recommended a review of the land tenure law.',
    '11. Burma noted the efforts made on school enrolment.',
  ],
  { titleBlock: ['Report of the Working Group on the Universal Periodic Review', 'Ghana'] },
);

describe('former UN names of States', () => {
  it('every former name in the table resolves to its current State in the generated gazetteer', async () => {
    const vocab = await loadVocabularies(defaultVocabularyDir(), []);
    const states = stateGazetteer(buildDoc(['1. Nothing.']), vocab);
    for (const { state, former } of table.renames) for (const f of former) expect([f, states.lookup(f)]).toEqual([f, state]);
  });

  it('credits a statement by a State named by its former name to the current State', async () => {
    const vocab = await loadVocabularies(defaultVocabularyDir(), []);
    const agenda = extractAgenda(review);
    const found = extractStatements(review, { agendaItems: agenda.items, panels: extractPanels(review, agenda.items), vocab }).statements;
    expect(found.map((s) => [s.paragraph, s.speaker.state])).toEqual([
      ['8', 'Democratic Republic of the Congo'],
      ['9', 'Libya'],
      ['10', 'Eswatini'],
      ['11', 'Myanmar'],
    ]);
  });

  it('gives a State that split into several no single successor', async () => {
    const vocab = await loadVocabularies(defaultVocabularyDir(), []);
    const states = stateGazetteer(buildDoc(['1. Nothing.']), vocab);
    expect(states.lookup('Czechoslovakia')).toBeNull();
  });
});
