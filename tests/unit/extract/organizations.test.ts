import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import { SOME_PLACES, makeDoc, parsedSeed, vocab } from './mention-fixture.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';

const byName = (facts: OrganizationFact[], name: string) => facts.find((f) => f.name === name);
const names = (facts: OrganizationFact[]) => facts.map((f) => f.name);

describe('extractOrganizations: "Name (ACR)" definitions', () => {
  it('finds the left edge of the name at "by the", "and the", a comma or the sentence start', () => {
    const doc = makeDoc([
      'The Centre for Migration Studies (CMS-2) reported findings, supported by the Swiss Agency for Development and Cooperation (SDC).',
      'In 2022, Women Lawyers Association – Kenya Chapter (WLA-K) met the Norwegian Refugee Council (NRC) and the Lawyers for Justice Network (L4J).',
      'However Amnesty Kenya (AK) disagreed; JS2 and the Commissioner for Refugees (CfR) concurred.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    expect(facts.map((f) => [f.name, f.acronym])).toEqual([
      ['Centre for Migration Studies', 'CMS-2'],
      ['Swiss Agency for Development and Cooperation', 'SDC'],
      ['Women Lawyers Association – Kenya Chapter', 'WLA-K'],
      ['Norwegian Refugee Council', 'NRC'],
      ['Lawyers for Justice Network', 'L4J'],
      ['Amnesty Kenya', 'AK'],
      ['Commissioner for Refugees', 'CfR'],
    ]);
    expect(facts[0]!.evidence[0]).toMatchObject({ paragraph: '1', quote: 'Centre for Migration Studies (CMS-2)' });
    expect(facts.every((f) => f.method === 'pattern' && f.confidence > 0.8)).toBe(true);
  });

  it('reads "Joint Submission (JS) 4" as JS4 and finds bare acronyms later, with glued footnote numbers', () => {
    const doc = makeDoc([
      'Joint Submission (JS) 4 and the European Union Agency for Fundamental Rights (EU-FRA) reported gaps.',
      { number: '2', text: 'JS4 noted progress. EU-FRA12 was concerned, as was JS47.', footnoteRefs: ['12', '7'] },
      'Neither JS45 nor EU-FRAX nor CoE-EU-FRA is one of them.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    const js = facts.find((f) => f.acronym === 'JS4')!;
    expect(js).toMatchObject({ name: 'Joint Submission 4', kind: 'joint-submission' });
    expect(js.evidence.map((e) => [e.paragraph, e.quote])).toEqual([
      ['1', 'Joint Submission (JS) 4'],
      ['2', 'JS4'],
      ['2', 'JS4'],
    ]);
    const fra = facts.find((f) => f.acronym === 'EU-FRA')!;
    expect(fra.kind).toBe('igo');
    expect(fra.evidence.map((e) => [e.paragraph, e.quote])).toEqual([
      ['1', 'European Union Agency for Fundamental Rights (EU-FRA)'],
      ['2', 'EU-FRA'],
    ]);
  });

  it('does not take conventions, projects, places, documents or convention bodies for organizations', () => {
    const doc = makeDoc([
      'The United Nations Convention against Corruption (UNCAC) and the “Safe Routes for Migrants” (SRM) project were noted.',
      'The Democratic Republic of the Congo (DRC) and the Republic of Kenya (ROK) reported to the Conference of the Parties (COP).',
      'The Working Group on Trafficking in Persons (WG-TIP) met the Member States (MS). See (CTOC/COP/WG.7/2023/3) and Chapter (II).',
    ]);
    const places = [...SOME_PLACES, { name: 'Democratic Republic of the Congo', kind: 'country' as const, altLabels: [] }];
    expect(extractOrganizations(doc, vocab({ places }))).toEqual([]);
  });

  it('gives kinds from name cues', () => {
    const doc = makeDoc([
      'The University of Nairobi (UoN), the Ministry of Interior (MoI), Acme Shipping Ltd (ASL), the United Nations Children’s Fund (UNICEF) and the Kenya Ombudsman Office (KOO) took part.',
    ]);
    const kinds = Object.fromEntries(extractOrganizations(doc, vocab()).map((f) => [f.acronym, f.kind]));
    expect(kinds).toEqual({ UoN: 'academia', MoI: 'government', ASL: 'private-sector', UNICEF: 'un-entity', KOO: 'nhri' });
  });
});

describe('extractOrganizations: affiliations and named bodies', () => {
  it('reads "the panellist from X" and "a representative of the Y Foundation", not States or convention bodies', () => {
    const doc = makeDoc([
      'The second panellist, from the Institute for Security Studies, explained the trends.',
      'The panellist from Fundación Madre Tierra shared lessons, and a representative of the Pan-African Lawyers Foundation agreed.',
      'A speaker from Mexico and members of the Working Group on Smuggling of Migrants listened, as did members of the Roma minority.',
    ]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    expect(facts.map((f) => [f.name, f.kind])).toEqual([
      ['Institute for Security Studies', 'academia'],
      ['Fundación Madre Tierra', 'ngo'],
      ['Pan-African Lawyers Foundation', null],
    ]);
  });

  it('finds bodies named by a head noun unless another name already covers them', () => {
    const doc = makeDoc([
      'The Ministry of Justice and the World Jewish Restitution Organization signed; the Shelter Trust – West Africa (STWA) observed.',
      'Later the World Jewish Restitution Organization reported again.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    expect(facts.map((f) => [f.name, f.kind, f.evidence.map((e) => e.paragraph)])).toEqual([
      ['Ministry of Justice', 'government', ['1']],
      ['World Jewish Restitution Organization', null, ['1', '2']],
      ['Shelter Trust – West Africa', null, ['1']],
    ]);
  });
});

describe('extractOrganizations: endnote stakeholder lists', () => {
  const note = [
    'The stakeholders listed below have contributed information for this summary; the full texts are available at: www.ohchr.org.',
    'Civil society Individual submissions: ABC Alpha Beta Coalition, Nairobi, Kenya; HRW Human Rights Watch, New York,',
    'United States of America; Joint submissions: JS1 Joint submission 1 submitted by: Kituo Cha Sheria (Kenya), the Refugee',
    'Consortium of Kenya and the Haki Centre; National human rights institution: KNCHR Kenya National Commission on',
    'Human Rights, Nairobi, Kenya. Regional intergovernmental organization(s): EAC The East African Community, Arusha',
    '(Tanzania); Attachment: (EAC-LA) - East African Legislative Assembly, Report on migration, 2019.',
  ].join('\n                ');

  it('turns each entry into an organization with its heading’s kind and location', () => {
    const doc = makeDoc(['ABC and JS1 welcomed the law. KNCHR3 noted gaps, as did EAC-LA.'], [['1', note]]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const get = (acr: string) => facts.find((f) => f.acronym === acr)!;
    expect(get('ABC')).toMatchObject({ name: 'Alpha Beta Coalition', kind: 'ngo', location: 'Nairobi, Kenya', method: 'rule' });
    expect(get('HRW')).toMatchObject({ name: 'Human Rights Watch', location: 'New York, United States of America' });
    expect(get('KNCHR')).toMatchObject({ name: 'Kenya National Commission on Human Rights', kind: 'nhri' });
    expect(get('EAC')).toMatchObject({ name: 'East African Community', kind: 'igo', location: 'Arusha (Tanzania)' });
    expect(get('EAC-LA')).toMatchObject({ name: 'East African Legislative Assembly', kind: 'igo' });
    expect(get('KNCHR').evidence.map((e) => e.paragraph)).toEqual(['1', 'fn1']);
    expect(get('ABC').evidence.find((e) => e.paragraph === 'fn1')?.quote).toBe('Alpha Beta Coalition');
  });

  it('lists a joint submission with its long form and each member organization', () => {
    const doc = makeDoc(['JS1 reported.'], [['1', note]]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const js = facts.find((f) => f.acronym === 'JS1')!;
    expect(js.kind).toBe('joint-submission');
    expect(js.aliases[0]).toMatch(
      /^Joint submission 1 submitted by: Kituo Cha Sheria \(Kenya\), the Refugee Consortium of Kenya and the Haki Centre$/,
    );
    const members = ['Kituo Cha Sheria', 'Refugee Consortium of Kenya', 'Haki Centre'];
    expect(facts.filter((f) => members.includes(f.name ?? '')).map((f) => [f.name, f.kind, f.location, f.evidence[0]!.paragraph])).toEqual([
      ['Kituo Cha Sheria', 'ngo', 'Kenya', 'fn1'],
      ['Refugee Consortium of Kenya', 'ngo', null, 'fn1'],
      ['Haki Centre', 'ngo', null, 'fn1'],
    ]);
  });
});

describe('extractOrganizations: vocabulary and deduplication', () => {
  it('adds known organizations by acronym or alias, with the vocabulary’s kind and canonical name', async () => {
    const v = await loadVocabularies();
    const doc = makeDoc([
      'UNHCR and the UN Migration agency met the Office of the United Nations High Commissioner for Human Rights.',
      'The European Public Prosecutor Office (EPPO) and UNHCR met again.',
    ]);
    const facts = extractOrganizations(doc, v);
    expect(facts.map((f) => [f.name, f.acronym, f.kind, f.evidence.map((e) => e.paragraph)])).toEqual([
      ['Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'un-entity', ['1', '2']],
      ['International Organization for Migration', 'IOM', 'un-entity', ['1']],
      ['Office of the United Nations High Commissioner for Human Rights', 'OHCHR', 'un-entity', ['1']],
      ["European Public Prosecutor's Office", 'EPPO', 'igo', ['2']],
    ]);
    // "High Commissioner for Human Rights" does not also count as the CoE "Commissioner for Human Rights".
    expect(names(facts)).not.toContain('Commissioner for Human Rights of the Council of Europe');
    expect(byName(facts, "European Public Prosecutor's Office")!.aliases).toContain('European Public Prosecutor Office');
  });
});

describe('extractOrganizations on the parsed seed', () => {
  const panellists = [
    'Mixed Migration Centre',
    'Regional Support Office of the Bali Process',
    'Centre for the Study of Crime',
    'Counter Human Trafficking Trust – East Africa',
    'Global Initiative Against Transnational Organized Crime',
    'Global Hope Mobilization',
    'Africa Group for Justice and Accountability',
    'Citizens for a Common Cause',
  ];

  it('finds the eight panellists’ organizations by pattern alone (no known organizations)', async () => {
    const v = await loadVocabularies();
    const facts = extractOrganizations(parsedSeed(), { ...v, organizations: [] });
    expect(names(facts)).toEqual(expect.arrayContaining(panellists));
    expect(facts.find((f) => f.acronym === 'MMC')!.evidence.map((e) => e.paragraph)).toEqual(['13', '13']);
    for (const n of ['Mixed Migration Centre', 'Global Hope Mobilization', 'Citizens for a Common Cause'])
      expect(byName(facts, n)!.kind).toBe('ngo');
    expect(byName(facts, 'Centre for the Study of Crime')!.kind).toBe('academia');
  });

  it('finds UNODC and EPPO, and no States or convention bodies', async () => {
    const facts = extractOrganizations(parsedSeed(), await loadVocabularies());
    expect(facts.find((f) => f.acronym === 'UNODC')!.evidence.map((e) => e.paragraph)).toEqual(['6', '10', '39']);
    expect(facts.find((f) => f.acronym === 'EPPO')!.kind).toBe('igo');
    expect(names(facts)).toEqual(expect.arrayContaining(panellists));
    expect(names(facts).filter((n) => /Working Group|Conference of the Parties|Member States|States parties|Greece/.test(n ?? ''))).toEqual(
      [],
    );
    expect(new Set(facts.map((f) => f.name)).size).toBe(facts.length);
  });
});

describe('extractOrganizations at scale', () => {
  it('stays linear on 20,000 paragraphs and on one 2 MB paragraph', async () => {
    const v = await loadVocabularies();
    const sentence = 'The panellist from the Harbour Rights Network (HRN) met UNODC; HRN12 and the World Refugee Organization agreed. ';
    const many = makeDoc(Array.from({ length: 20_000 }, () => sentence));
    let t = performance.now();
    const manyFacts = extractOrganizations(many, v);
    const manyMs = performance.now() - t;
    expect(manyFacts.find((f) => f.acronym === 'HRN')!.evidence).toHaveLength(40_000);
    const big = makeDoc([sentence.repeat(Math.ceil(2_000_000 / sentence.length))]);
    t = performance.now();
    const bigFacts = extractOrganizations(big, v);
    const bigMs = performance.now() - t;
    expect(bigFacts.map((f) => f.name)).toEqual(expect.arrayContaining(['Harbour Rights Network', 'World Refugee Organization']));
    expect(manyMs).toBeLessThan(30_000);
    expect(bigMs).toBeLessThan(30_000);
  }, 120_000);
});

describe('extractOrganizations: one body written two ways in one document', () => {
  const places: Vocabularies['places'] = [
    { name: 'Bolivia', kind: 'country', altLabels: [] },
    { name: 'Kenya', kind: 'country', altLabels: [], adjectives: ['Kenyan'] } as Vocabularies['places'][number],
  ];
  const doc = makeDoc([
    'The Ministry of Labour and Social Affairs and the Office of Gender Equality reported progress to the Ministry of the Environment.',
    'The Ministry for Labour and Social Affair and the Office for Gender Equality then met the Ministry of Environment.',
    'The Bolivian Public Defender Office and the Public Defender Office both took part; so did the Kenyan Land Commission.',
    'The Office of the Children’s Ombudsperson wrote to the Children’s Ombudsperson.',
  ]);
  const facts = extractOrganizations(doc, vocab({ places }));
  it('merges names that differ by "of"/"for", an article or a plural', () => {
    const withName = (n: string) => facts.filter((f) => [f.name, ...f.aliases].includes(n));
    expect(withName('Office for Gender Equality')).toHaveLength(1);
    expect(withName('Office for Gender Equality')[0]).toBe(withName('Office of Gender Equality')[0]);
    expect(withName('Ministry of Environment')[0]).toBe(withName('Ministry of the Environment')[0]);
    expect(withName('Ministry for Labour and Social Affair')[0]).toBe(withName('Ministry of Labour and Social Affairs')[0]);
  });
  it('merges a name with its State’s adjective in front into the plain one, and keeps the adjective where there is none', () => {
    const office = facts.filter((f) => /Public Defender Office/.test([f.name, ...f.aliases].join('|')));
    expect(office).toHaveLength(1);
    expect(facts.some((f) => f.name === 'Kenyan Land Commission')).toBe(true);
  });
  it('merges "the Office of the X" into "X" when both are named', () => {
    const ombud = facts.filter((f) => /Children’s Ombudsperson/.test([f.name, ...f.aliases].join('|')));
    expect(ombud).toHaveLength(1);
  });
});
