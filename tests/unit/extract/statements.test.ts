import { describe, expect, it } from 'vitest';
import { extractAgenda } from '../../../src/ingest/extract/agenda.js';
import { extractPanels } from '../../../src/ingest/extract/panels.js';
import { extractStatements } from '../../../src/ingest/extract/statements.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import type { PersonFact } from '../../../src/ingest/extract/facts.js';
import { buildDoc, countries, emptyVocab, parsedSeed } from './fixture.js';

function run(doc: ParsedDocument, vocab: Vocabularies = emptyVocab()) {
  const agenda = extractAgenda(doc);
  const panels = extractPanels(doc, agenda.items);
  return extractStatements(doc, { agendaItems: agenda.items, panels, vocab });
}

describe('extractStatements in a dialogue summary', () => {
  const doc = buildDoc([
    '# Summary by the Co-Chairs',
    '## II. Briefing',
    '4. Under agenda item 2, the secretariat presented the review status. It recalled the timeline.',
    '5. The Co-Chairs delivered opening remarks.',
    '## III. Panel',
    '6. Under agenda item 3, the first panel discussed maritime routes.',
    '7. The first panellist, from Sea Watch (SW), described rescues. She added that boats were seized. The panellist concluded that law must change.',
    '8. The floor was then opened. Several speakers stressed the need for safe routes. A speaker noted that data were scarce. He called for research. Some speakers welcomed the survey.',
    '9. One participant noted that in her view, trust was key. Trust takes years, one participant concluded.',
    '10. A video was played.',
    '## IV. Observations by the Co-Chairs',
    '11. States parties should protect migrants.',
  ]);
  const { statements, persons } = run(doc);
  const by = (para: string) => statements.filter((s) => s.paragraph === para);

  it('gives the secretariat and the Co-Chairs their statements, with the agenda item', () => {
    expect(by('4').map((s) => [s.speaker.kind, s.speaker.surface, s.agendaItem, s.text])).toEqual([
      [
        'secretariat',
        'the secretariat',
        '2',
        'Under agenda item 2, the secretariat presented the review status. It recalled the timeline.',
      ],
    ]);
    expect(by('5')[0]?.speaker).toMatchObject({ kind: 'chair', surface: 'The Co-Chairs' });
  });

  it('keeps a panellist’s sentences together and links the panellist', () => {
    expect(by('7')).toHaveLength(1);
    expect(by('7')[0]).toMatchObject({
      key: 'para7-1',
      panelOrdinal: 1,
      agendaItem: '3',
      speaker: { kind: 'panellist', personKey: 'panellist-1-1', organization: { name: 'Sea Watch', acronym: 'SW' } },
    });
    expect(by('7')[0]?.text).toContain('The panellist concluded');
  });

  it('splits a paragraph by anonymous speaker, each with its own sentences, and drops procedure', () => {
    const eight = by('8');
    expect(eight.map((s) => [s.speaker.quantifier, s.panelOrdinal])).toEqual([
      ['several', 1],
      ['a', 1],
      ['some', 1],
    ]);
    expect(eight[1]?.text).toBe('A speaker noted that data were scarce. He called for research.');
    expect(eight[0]?.evidence[0]).toMatchObject({ paragraph: '8', quote: 'Several speakers stressed the need for safe routes.' });
    expect(persons.find((p) => p.key === eight[1]?.speaker.personKey)).toMatchObject({ pronoun: 'he', roles: ['participant'] });
    expect(by('10')).toEqual([]);
  });

  it('treats "…, one participant concluded." as the same speaker', () => {
    expect(by('9')).toHaveLength(1);
    expect(by('9')[0]?.speaker.quantifier).toBe('one');
  });

  it('never reads observations as statements', () => {
    expect(by('11')).toEqual([]);
  });
});

describe('extractStatements with States and organizations as speakers', () => {
  it('reads States in a review, the delegation, and the State under review keeping the floor', () => {
    const doc = buildDoc(
      [
        '## I. Summary of the proceedings',
        '### A. Presentation by the State under review',
        '5. The head of the delegation of Ghana informed the Council of progress.',
        '6. Ghana had adopted a new law on domestic violence.',
        '### B. Interactive dialogue and responses by the State under review',
        '7. During the interactive dialogue, 40 delegations made statements.',
        '8. Kenya commended Ghana for its reforms. It encouraged Ghana to do more. Kenya also welcomed the new law.',
        '9. The United Republic of Tanzania and Peru noted progress on education.',
        '10. The delegation stated that Ghana would ratify the treaty.',
        '11. The Government had allocated new funds.',
        '## II. Conclusions and/or recommendations',
        '12. The following recommendations enjoy the support of Ghana:',
        '12.1 Ratify the treaty (Kenya);',
      ],
      { titleBlock: ['Report of the Working Group on the Universal Periodic Review', 'Ghana'] },
    );
    const { statements } = run(doc, emptyVocab(countries('Ghana', 'Kenya', 'United Republic of Tanzania', 'Peru')));
    expect(statements.map((s) => [s.paragraph, s.speaker.kind, s.speaker.organization?.name])).toEqual([
      ['5', 'state', 'Ghana'],
      ['6', 'state', 'Ghana'],
      ['8', 'state', 'Kenya'],
      ['9', 'state', 'United Republic of Tanzania'],
      ['9', 'state', 'Peru'],
      ['10', 'state', 'Ghana'],
      ['11', 'state', 'Ghana'],
    ]);
    expect(statements.find((s) => s.paragraph === '8')?.text).toContain('It encouraged Ghana');
    expect(statements.find((s) => s.paragraph === '6')?.confidence).toBeLessThan(0.7);
  });

  it('reads a post named alone as its one holder, a State as the agent of a passive, and "provided further details"', () => {
    const doc = buildDoc([
      '## Interactive dialogue',
      '3. The Deputy Minister of Labour of Kenya, Wanjiru Kamau, opened the discussion.',
      '4. The Deputy Minister stressed that labour inspections had doubled.',
      '5. The Ambassador noted progress.',
      '6. Written comments were submitted by Peru.',
      '7. In reply to questions, Kenya provided further details on the budget.',
    ]);
    const holder: PersonFact = {
      key: 'p-kamau',
      name: 'Wanjiru Kamau',
      honorific: null,
      pronoun: null,
      roles: [],
      position: 'Deputy Minister of Labour',
      organization: null,
      state: 'Kenya',
      method: 'pattern',
      confidence: 0.8,
      evidence: [{ paragraph: '3', start: 0, end: 10, quote: 'x' }],
    };
    const agenda = extractAgenda(doc);
    const { statements } = extractStatements(doc, {
      agendaItems: agenda.items,
      panels: extractPanels(doc, agenda.items),
      vocab: emptyVocab(countries('Kenya', 'Peru')),
      persons: [holder],
    });
    const who = (para: string) => statements.filter((s) => s.paragraph === para).map((s) => [s.speaker.personKey, s.speaker.state]);
    expect(who('4')).toEqual([['p-kamau', 'Kenya']]);
    // nobody named holds that post: no one is guessed
    expect(statements.some((s) => s.paragraph === '5' && s.speaker.personKey !== null)).toBe(false);
    expect(who('6')).toEqual([[null, 'Peru']]);
    expect(who('7')).toEqual([[null, 'Kenya']]);
  });

  it('reads a second organization named by its short form after a bare "and", never a State or a plain name', () => {
    const doc = buildDoc([
      '## Notes',
      '4. The Nordic Housing Forum (NHF) urged the authorities to map the settlements in the north and NHF-Youth recommended to fund repairs.',
      '5. The Nordic Housing Forum (NHF) urged the authorities to consult tenants in Oslo and Bergen noted no change.',
      '6. NHF urged the authorities to act in Oslo and Peru recommended a review.',
    ]);
    const { statements } = run(doc, emptyVocab(countries('Norway', 'Peru')));
    const who = (para: string) =>
      statements.filter((s) => s.paragraph === para).map((s) => s.speaker.organization?.acronym ?? s.speaker.surface);
    expect(who('4')).toEqual(['NHF', 'NHF-Youth']);
    expect(who('5')).toEqual(['NHF']);
    expect(who('6')).toEqual(['NHF']);
  });

  it('reads a second organization after a plain comma when a reporting verb follows it, and nothing else there', () => {
    const doc = buildDoc([
      '## Notes',
      '4. The Nordic Housing Forum (NHF) stated that tenants in the north still lacked heating, owing to the weak repair programme, NHF-Youth called on the Government to fund repairs.',
      '5. The Coastal Rights Alliance (CRA) said that, in 2019, NHF noted a fall in evictions.',
      '6. CRA reported that in the north, NHF recorded new cases.',
      '7. CRA urged the authorities to act in the north, Peru recommended a review.',
      '8. CRA welcomed the plan, the tenants union called it late.',
      '9. CRA welcomed the plan of the ministry, NHF welcomed it too.',
    ]);
    const { statements } = run(doc, emptyVocab(countries('Norway', 'Peru')));
    const who = (para: string) =>
      statements.filter((s) => s.paragraph === para).map((s) => s.speaker.organization?.acronym ?? s.speaker.surface);
    expect(who('4')).toEqual(['NHF', 'NHF-Youth']);
    // a comma closing a phrase that opens the reported clause: NHF is part of what CRA said
    expect(who('5')).toEqual(['CRA']);
    expect(who('6')).toEqual(['CRA']);
    // a State, or a plain noun phrase, after a comma is not read as a second speaker
    expect(who('7')).toEqual(['CRA']);
    expect(who('8')).toEqual(['CRA']);
    // the same organization twice in a sentence is one statement; a different one is another
    expect(who('9')).toEqual(['CRA', 'NHF']);
  });

  it('reads organizations in a stakeholders’ summary, where the State never speaks', () => {
    const doc = buildDoc(
      [
        '## II. Information provided by stakeholders',
        '3. The National Ombudsman of Kenya (NOK) and JS4 noted that Kenya had not ratified the Convention. JS4 and the Special Rapporteur Network (SRN) recommended that Kenya ratify it. Kenya continued to delay.',
        '4. Human Rights Watch (HRW) reported abuses. It recommended investigations. Furthermore, NOK stated that funding was low.',
      ],
      { titleBlock: ['Summary of Stakeholders’ submissions on Kenya'] },
    );
    const { statements } = run(doc, emptyVocab(countries('Kenya')));
    expect(statements.map((s) => [s.key, s.speaker.kind, s.speaker.organization?.acronym])).toEqual([
      ['para3-1', 'organization', 'NOK'],
      ['para3-2', 'organization', 'JS4'],
      ['para3-3', 'organization', 'SRN'],
      ['para4-1', 'organization', 'HRW'],
      ['para4-2', 'organization', 'NOK'],
    ]);
    expect(statements[1]?.text).toBe(
      'The National Ombudsman of Kenya (NOK) and JS4 noted that Kenya had not ratified the Convention. JS4 and the Special Rapporteur Network (SRN) recommended that Kenya ratify it. Kenya continued to delay.',
    );
    expect(statements[3]?.text).toBe('Human Rights Watch (HRW) reported abuses. It recommended investigations.');
  });
});

describe('extractStatements on the seed', () => {
  const doc = parsedSeed();
  const { statements } = run(doc);

  it('finds the panellists, the floor discussions with their panel, and no statement in the observations', () => {
    const panellist = statements.filter((s) => s.speaker.kind === 'panellist');
    expect(panellist.map((s) => s.paragraph)).toEqual(['13', '14', '15', '16', '22', '23', '24', '25']);
    expect(panellist.map((s) => s.speaker.personKey)).toEqual([
      'panellist-1-1',
      'panellist-1-2',
      'panellist-1-3',
      'panellist-1-4',
      'panellist-2-1',
      'panellist-2-2',
      'panellist-2-3',
      'panellist-2-4',
    ]);
    expect(statements.filter((s) => ['17', '18', '19', '20'].includes(s.paragraph)).every((s) => s.panelOrdinal === 1)).toBe(true);
    expect(statements.filter((s) => s.paragraph === '26').map((s) => [s.speaker.quantifier, s.panelOrdinal])).toEqual([
      ['speakers', 2],
      ['a', 2],
    ]);
    expect(statements.filter((s) => s.paragraph === '17').map((s) => s.speaker.quantifier)).toEqual(['one', 'several', 'a']);
    expect(statements.some((s) => Number(s.paragraph) >= 36)).toBe(false);
    expect(statements.filter((s) => s.paragraph === '6').map((s) => s.speaker.kind)).toEqual(['secretariat']);
    expect(statements.filter((s) => ['5', '8'].includes(s.paragraph)).map((s) => s.speaker.kind)).toEqual(['chair', 'chair']);
    expect(statements.filter((s) => ['9', '10', '11', '12', '21', '27'].includes(s.paragraph))).toEqual([]);
    // Speakers as the seed introduces them, paragraph by paragraph (read from the text): the
    // Co-Chairs (5, 8), the secretariat (6), "participants" (7); one panellist in each of 13–16
    // and 22–25; 17 "One speaker … Several speakers … A speaker"; 18 "Several speakers"; 19
    // "A speaker"; 20 "One speaker" (the closing "one speaker concluded" is the same "she");
    // 26 "speakers … A speaker"; 28 "Several speakers … Some speakers"; one group each in 29–35
    // (32's "The speakers referred" takes up its "Some speakers").
    const speakersInText: Record<string, number> = {
      '5': 1,
      '6': 1,
      '7': 1,
      '8': 1,
      '13': 1,
      '14': 1,
      '15': 1,
      '16': 1,
      '22': 1,
      '23': 1,
      '24': 1,
      '25': 1,
      '17': 3,
      '18': 1,
      '19': 1,
      '20': 1,
      '26': 2,
      '28': 2,
      '29': 1,
      '30': 1,
      '31': 1,
      '32': 1,
      '33': 1,
      '34': 1,
      '35': 1,
    };
    const perParagraph: Record<string, number> = {};
    for (const s of statements) perParagraph[s.paragraph] = (perParagraph[s.paragraph] ?? 0) + 1;
    expect(perParagraph).toEqual(speakersInText);
  });

  it('quotes each statement’s sentences exactly', () => {
    for (const s of statements) {
      const p = doc.paragraphs.find((x) => x.number === s.paragraph)!;
      for (const e of s.evidence) expect(p.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});
