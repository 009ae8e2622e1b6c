import { describe, expect, it } from 'vitest';
import { extractTermMentions } from '../../../src/ingest/extract/term-mentions.js';
import { loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { makeDoc, parsedSeed, term } from './mention-fixture.js';

const terms = [
  term('concept:awareness-raising', 'awareness-raising', ['raising awareness', 'raise awareness']),
  term('concept:criminalization', 'criminalization of migrants', [
    'criminalize migrants',
    'criminalized migrants',
    'criminalisation of migrants',
  ]),
  term('concept:human-rights-based-approach', 'human rights-based approach'),
  term('concept:refoulement', 'non-refoulement', ['refoulement']),
  term('concept:trafficking', 'trafficking'),
  term('concept:sar', 'search and rescue', ['SAR']),
  term('driver:climate', 'climate change', ['drought']),
];

describe('extractTermMentions', () => {
  it('matches case-insensitively with hyphens and spaces alike, one fact per term and paragraph', () => {
    const doc = makeDoc([
      'Awareness raising works. Two NGOs run AWARENESS-RAISING campaigns and raise   awareness online.',
      'Some States criminalized migrants; others refused to criminalise migrants.',
    ]);
    const facts = extractTermMentions(doc, terms);
    const ar = facts.filter((f) => f.term === 'concept:awareness-raising');
    expect(ar).toHaveLength(1);
    expect(ar[0]!.method).toBe('gazetteer');
    expect(ar[0]!.evidence.map((e) => e.quote)).toEqual(['Awareness raising', 'AWARENESS-RAISING', 'raise   awareness']);
    for (const e of ar[0]!.evidence) expect(doc.paragraphs[0]!.text.slice(e.start, e.end)).toBe(e.quote);
    // Inflections are vocabulary data, not guesses: "criminalise migrants" is not listed.
    expect(facts.filter((f) => f.term === 'concept:criminalization').map((f) => f.evidence.map((e) => e.quote))).toEqual([
      ['criminalized migrants'],
    ]);
  });

  it('respects word boundaries and compounds', () => {
    const doc = makeDoc([
      'The principle of non-refoulement applies; refoulement is prohibited.',
      'Anti-trafficking units and counter-trafficking plans differ from trafficking itself.',
      'A human rights-based approach, not a human rights-based approaches list.',
      'Searching and rescuers do not count, nor does sarcasm or Sar.',
    ]);
    const facts = extractTermMentions(doc, terms);
    const byPara = (p: string) => facts.filter((f) => f.evidence[0]!.paragraph === p).map((f) => [f.term, f.evidence.map((e) => e.quote)]);
    expect(byPara('1')).toEqual([['concept:refoulement', ['non-refoulement', 'refoulement']]]);
    expect(byPara('2')).toEqual([['concept:trafficking', ['trafficking']]]);
    expect(byPara('3')).toEqual([['concept:human-rights-based-approach', ['human rights-based approach']]]);
    expect(byPara('4')).toEqual([]);
  });

  it('does not read a theme into a proper name', () => {
    const doc = makeDoc(['The Counter Trafficking Network and the Climate Change Alliance spoke. Trafficking rose after the drought.']);
    const quotes = extractTermMentions(doc, terms).flatMap((f) => f.evidence.map((e) => e.quote));
    expect(quotes).toEqual(['Trafficking', 'drought']);
  });

  it('stays linear: one 10 MB paragraph and 100,000 paragraphs', async () => {
    const vocab = await loadVocabularies();
    const all = [...vocab.concepts, ...vocab.drivers];
    const sentence = 'Several speakers stressed awareness-raising, the non-liability principle and poverty as drivers of migration. ';
    const big = makeDoc([sentence.repeat(Math.ceil(10_000_000 / sentence.length))]);
    let t = performance.now();
    const bigFacts = extractTermMentions(big, all);
    const bigMs = performance.now() - t;
    expect(bigFacts.find((f) => f.term === 'concept:non-liability-principle')!.evidence.length).toBeGreaterThan(90_000);

    const many = makeDoc(Array.from({ length: 100_000 }, (_, i) => `${i}. ${sentence}`));
    t = performance.now();
    const manyFacts = extractTermMentions(many, all);
    const manyMs = performance.now() - t;
    expect(manyFacts.filter((f) => f.term === 'driver:poverty')).toHaveLength(100_000);
    // Generous bounds: a per-term regex scan would take minutes here.
    expect(bigMs).toBeLessThan(20_000);
    expect(manyMs).toBeLessThan(20_000);
  }, 120_000);

  describe('on the parsed seed', () => {
    it('finds the non-liability principle in paras 14 (as "non-liability clause"), 22, 24 and 40', async () => {
      const vocab = await loadVocabularies();
      const facts = extractTermMentions(parsedSeed(), vocab.concepts).filter((f) => f.term === 'concept:non-liability-principle');
      expect(facts.map((f) => f.evidence[0]!.paragraph)).toEqual(['14', '22', '24', '40']);
      expect(facts[0]!.evidence[0]!.quote).toBe('non-liability clause');
    });

    it('finds the drivers of migration of paras 17 and 26', async () => {
      const vocab = await loadVocabularies();
      const facts = extractTermMentions(parsedSeed(), vocab.drivers);
      const inPara = (p: string) => new Set(facts.filter((f) => f.evidence[0]!.paragraph === p).map((f) => f.term));
      expect([...inPara('17')]).toEqual(
        expect.arrayContaining([
          'driver:lack-of-regular-pathways',
          'driver:despair',
          'driver:economic-reasons',
          'driver:violence',
          'driver:lack-of-human-rights',
          'driver:work-and-livelihood-opportunities',
        ]),
      );
      expect([...inPara('26')]).toEqual(expect.arrayContaining(['driver:forced-marriage', 'driver:religious-conversion']));
    });
  });
});
