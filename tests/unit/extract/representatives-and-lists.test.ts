/**
 * Speakers as working-group reports write them; fixtures written for these constructions
 * (fictional people and bodies), not copied from any record.
 */
import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

function speakers(doc: ParsedDocument) {
  const agenda = extractAgenda(doc);
  const { statements, persons } = extractStatements(doc, {
    agendaItems: agenda.items,
    panels: extractPanels(doc, agenda.items),
    vocab: emptyVocab(countries('Peru', 'Norway', 'Ghana', 'Chile', 'Nepal')),
  });
  const name = (key: string | null) => persons.find((p) => p.key === key)?.name ?? null;
  return statements.map((s) => [s.paragraph, name(s.speaker.personKey) ?? s.speaker.state ?? s.speaker.organization?.name ?? s.speaker.kind]);
}

describe('representatives, observers and lists without a colon', () => {
  it('reads every State of "Statements were made by the representatives of A (on behalf of …), B and C"', () => {
    const doc = buildDoc(['3. Statements were made by the representatives of Peru (on behalf of the Group of Andean States), Chile, Ghana and Norway.']);
    expect(speakers(doc)).toEqual([
      ['3', 'Peru'],
      ['3', 'Chile'],
      ['3', 'Ghana'],
      ['3', 'Norway'],
    ]);
  });

  it('reads an observer whose organization is followed by its short name, an apposition or whom it speaks for', () => {
    const doc = buildDoc([
      '4. The observer for the Alpine Rescue and Relief Agency (Alpinrelief) described its training.',
      '5. The observer for the Harbour Workers Union (HWU), a trade union, warned of long shifts.',
      '6. The representative of the Andean Community, speaking on behalf of the Andean Community and its member States, welcomed the text.',
    ]);
    expect(speakers(doc)).toEqual([
      ['4', 'Alpine Rescue and Relief Agency'],
      ['5', 'Harbour Workers Union'],
      ['6', 'Andean Community'],
    ]);
  });

  it('reads a State speaking on behalf of a group, the group named with its acronym', () => {
    const doc = buildDoc(['5. Nepal, speaking on behalf of the Group of Himalayan States (GHS), welcomed the report.']);
    expect(speakers(doc)).toEqual([['5', 'Nepal']]);
  });

  it('reads "A representative of the secretariat" as the secretariat', () => {
    expect(speakers(buildDoc(['7. A representative of the secretariat introduced the item.']))).toEqual([['7', 'secretariat']]);
  });

  it('knows a name written family name first when it is shortened to that name', () => {
    const doc = buildDoc(['8. The panellists were Ms. Trần Thu Hà and Mr. Olav Berg.', '9. Ms. Trần explained the new rules.']);
    expect(speakers(doc).filter((s) => s[0] === '9')).toEqual([['9', 'Trần Thu Hà']]);
  });
});

describe('the head of delegation and names with a comma, in a review report', () => {
  const doc = buildDoc(
    [
      '1. The review of Chile was held at the 5th meeting, on 3 May 2031. The delegation of Chile was headed by the Minister of Justice, Ms. Paula Rivas Toro.',
      '2. On migration, the head of delegation explained that the Office for Wetlands, Rivers and Lakes (WRL) coordinated the surveys.',
    ],
    { titleBlock: ['Report of the Working Group on the Universal Periodic Review', 'Chile'] },
  );
  const f = extractFacts(doc, emptyVocab(countries('Chile', 'Peru')));

  it('reads "the head of delegation" as the State under review, not as an anonymous delegation', () => {
    const s = f.statements.filter((x) => x.paragraph === '2');
    expect(s.map((x) => [x.speaker.kind, x.speaker.state])).toEqual([['state', 'Chile']]);
  });
});
