import { describe, expect, it } from 'vitest';
import { extractInstruments } from '../../../src/ingest/extract/instruments.js';
import type { InstrumentFact } from '../../../src/ingest/extract/facts.js';
import { makeDoc, parsedSeed } from './mention-fixture.js';

const find = (facts: InstrumentFact[], name: string) => facts.find((f) => f.name === name);

describe('extractInstruments', () => {
  it('returns the canonical full name for short forms and acronyms, keeping the short form as evidence', () => {
    const doc = makeDoc([
      'States should align their laws with the Trafficking in Persons Protocol and the Organized Crime Convention (UNTOC).',
      'Under the United Nations Convention against Transnational Organized Crime and its Smuggling of Migrants Protocol, States cooperate.',
    ]);
    const facts = extractInstruments(doc);
    const untoc = find(facts, 'United Nations Convention against Transnational Organized Crime')!;
    expect(untoc).toMatchObject({ kind: 'convention', year: 2000, method: 'gazetteer' });
    expect(untoc.evidence.map((e) => [e.paragraph, e.quote])).toEqual([
      ['1', 'Organized Crime Convention'],
      ['1', 'UNTOC'],
      ['2', 'United Nations Convention against Transnational Organized Crime'],
    ]);
    expect(find(facts, 'Protocol against the Smuggling of Migrants by Land, Sea and Air')!.evidence[0]!.quote).toBe(
      'Smuggling of Migrants Protocol',
    );
    expect(find(facts, 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children')!.kind).toBe(
      'protocol',
    );
  });

  it('splits resolution lists, keeps the issuing body and a stated year', () => {
    const doc = makeDoc([
      'Pursuant to General Assembly resolutions 70/1 and 73/195, and to Security Council resolution 2240 (2015), the report was prepared.',
      'The mandate follows Council resolution 16/21 and Human Rights Council resolution 5/1; see also resolution 9/1.',
    ]);
    const facts = extractInstruments(doc).filter((f) => f.kind === 'resolution');
    expect(facts.map((f) => [f.name, f.year])).toEqual([
      ['General Assembly resolution 70/1', null],
      ['General Assembly resolution 73/195', null],
      ['Security Council resolution 2240', 2015],
      ['Human Rights Council resolution 16/21', null],
      ['Human Rights Council resolution 5/1', null],
      ['resolution 9/1', null],
    ]);
    expect(facts[0]!.evidence[0]!.quote).toBe('General Assembly resolutions 70/1');
  });

  it('reads UN document symbols from paragraphs and footnotes, with the year a symbol carries', () => {
    const doc = makeDoc(
      ['The report (E/CN.15/2022/4) and CTOC/COP/WG.11/2024/2 were shared; OSCE/ODIHR and PTPR/JS4 are not symbols.'],
      [['3', 'For relevant recommendations see A/HRC/28/15/Add.1, para. 2.']],
    );
    const facts = extractInstruments(doc).filter((f) => f.kind === 'document');
    expect(facts.map((f) => [f.symbol, f.year, f.evidence[0]!.paragraph])).toEqual([
      ['E/CN.15/2022/4', 2022, '1'],
      ['CTOC/COP/WG.11/2024/2', 2024, '1'],
      ['A/HRC/28/15/Add.1', null, 'fn3'],
    ]);
  });

  it('finds unknown conventions and acts by pattern, with years, but not bare references or namesakes', () => {
    const doc = makeDoc([
      'Parliament amended the 2019 Foreign Nationals Act and the Anti-Smuggling of Persons Act of 2020.',
      'The Kampala Convention for the Protection and Assistance of Internally Displaced Persons in Africa applies; the Convention and its Protocols thereto do too.',
      'The Advisory Committee on the Framework Convention for the Protection of National Minorities met the Society New Slovenian Covenant.',
      'Parliament adopted the Act on Protection against Discrimination; the Protection against Discrimination Act entered into force.',
    ]);
    const facts = extractInstruments(doc);
    expect(facts.map((f) => [f.name, f.kind, f.year])).toEqual([
      ['Foreign Nationals Act', 'act', 2019],
      ['Anti-Smuggling of Persons Act', 'act', 2020],
      ['Kampala Convention for the Protection and Assistance of Internally Displaced Persons in Africa', 'convention', null],
      ['Framework Convention for the Protection of National Minorities', 'convention', 1995],
      ['Act on Protection against Discrimination', 'act', null],
    ]);
    expect(facts.at(-1)!.evidence.map((e) => e.quote)).toEqual([
      'Act on Protection against Discrimination',
      'Protection against Discrimination Act',
    ]);
  });

  it('on the parsed seed: resolutions 9/1 and 10/1, CTOC/COP/WG.7/2023/3, UNTOC and the Protocol', () => {
    const facts = extractInstruments(parsedSeed());
    expect(facts.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'Conference resolution 9/1',
        'Conference resolution 10/1',
        'CTOC/COP/WG.7/2023/3',
        'United Nations Convention against Transnational Organized Crime',
        'Protocol against the Smuggling of Migrants by Land, Sea and Air',
      ]),
    );
    expect(find(facts, 'CTOC/COP/WG.7/2023/3')).toMatchObject({ kind: 'document', symbol: 'CTOC/COP/WG.7/2023/3', year: 2023 });
    const protocol = find(facts, 'Protocol against the Smuggling of Migrants by Land, Sea and Air')!;
    expect(protocol.evidence.map((e) => e.paragraph)).toEqual(expect.arrayContaining(['9', '14', '16', '27']));
    expect(protocol.evidence.find((e) => e.paragraph === '14')!.quote).toBe('Smuggling of Migrants Protocol');
    expect(find(facts, 'Conference resolution 9/1')!.evidence[0]!.paragraph).toBe('1');
  });
});
