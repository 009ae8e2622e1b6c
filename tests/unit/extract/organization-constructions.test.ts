/**
 * The constructions of issue 9 item 4, each on short text written for it: Schwartz–Hearst
 * acronym definitions both ways round, aliases ("(the X)", "(hereinafter …)") and their
 * resolution, names in other languages, and what is never an organization (posts, captions,
 * meetings, programmes, venues, States).
 */
import { describe, expect, it } from 'vitest';
import { findAbbreviations, findBestLongForm } from '../../../src/ingest/extract/organizations/schwartz-hearst.js';
import { resolveAlias } from '../../../src/ingest/extract/organizations/aliases.js';
import { resolveOrganization } from '../../../src/ingest/extract/organizations/lookup.js';
import { isCaption, isPostTitle, looksLikeName } from '../../../src/ingest/extract/organizations/not-organizations.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import { SOME_PLACES, makeDoc, vocab } from './mention-fixture.js';

const names = (facts: OrganizationFact[]) => facts.map((f) => f.name);

describe('Schwartz–Hearst abbreviation definitions', () => {
  it('finds the long form before "(ACR)" and after "ACR (", with exact offsets', () => {
    const text =
      'Data from the Coastal Shelter Collective (CSC) were compared; UNHCR (United Nations High Commissioner for Refugees) agreed.';
    const pairs = findAbbreviations(text);
    expect(pairs.map((p) => [p.short, p.long, p.order])).toEqual([
      ['CSC', 'Coastal Shelter Collective', 'long-short'],
      ['UNHCR', 'United Nations High Commissioner for Refugees', 'short-long'],
    ]);
    for (const p of pairs) {
      expect(text.slice(p.longStart, p.longEnd)).toBe(p.long);
      expect(text.slice(p.shortStart, p.shortEnd)).toBe(p.short);
    }
  });

  it('reads a name with commas in it, and does not start a long form inside a name (extensions)', () => {
    const doc = makeDoc([
      'Kenya worked with the Centre for Water, Sahel and Adjoining Areas (CWSAA) and with the Eastern Lakes Region, Islands and Reefs Authority (RIRA). The EU Agency for Fundamental Rights (FRA) agreed.',
    ]);
    expect(extractOrganizations(doc, vocab({ places: SOME_PLACES })).map((f) => [f.name, f.acronym])).toEqual([
      ['Centre for Water, Sahel and Adjoining Areas', 'CWSAA'],
      ['Eastern Lakes Region, Islands and Reefs Authority', 'RIRA'],
      ['EU Agency for Fundamental Rights', 'FRA'],
    ]);
    const prefixed = makeDoc(['The Office for Fisheries Oversight (AU/OFO) reported.']);
    expect(extractOrganizations(prefixed, vocab()).map((f) => [f.name, f.acronym])).toEqual([['Office for Fisheries Oversight', 'AU/OFO']]);
  });

  it('reads names in other languages and scripts whole, accents included', () => {
    const [pair] = findAbbreviations('Una carta de la Fundación Mundial Déjame Vivir en Paz (FMDVEP) llegó.');
    expect(pair?.long).toBe('Fundación Mundial Déjame Vivir en Paz');
    const cyrillic = makeDoc(['Доклад: Общество защиты мигрантов (ОЗМ) сообщило о росте.']);
    expect(extractOrganizations(cyrillic, vocab()).map((f) => [f.name, f.acronym])).toEqual([['Общество защиты мигрантов', 'ОЗМ']]);
  });

  it('follows the paper: the first letter starts a word, inner letters may sit inside words', () => {
    // "Transnational" gives T, "against" gives the I, "Global" must start a word for G.
    const long = 'Global Initiative against Transnational Organized Crime';
    expect(long.slice(findBestLongForm('GI-TOC', long))).toBe(long);
    expect(findBestLongForm('XYZ', long)).toBe(-1);
  });

  it('rejects what the paper rejects: lowercase short forms, long forms with too many words, a year in parentheses', () => {
    expect(findAbbreviations('the town hall (see annex) and a report (2019)')).toEqual([]);
    expect(findAbbreviations('Many, many words that go on and on for much too long here (MW)')).toEqual([]);
  });
});

describe('aliases defined in passing', () => {
  const doc = makeDoc([
    'The Equal Treatment Ombudsman of Ruritania (the Ombudsman) published a report. The Lakeside Survivors Forum (hereinafter “the Forum”) met twice.',
    'The Ombudsman stated that complaints doubled. The Forum’s members agreed. The Coastal Shelter Collective (CSC) disagreed.',
  ]);

  it('resolves "the Ombudsman", "the Forum’s" and an acronym to the long form of this document', () => {
    expect(resolveAlias(doc, 'the Ombudsman')).toEqual({ name: 'Equal Treatment Ombudsman of Ruritania', acronym: null });
    expect(resolveAlias(doc, 'The Forum’s')?.name).toBe('Lakeside Survivors Forum');
    expect(resolveAlias(doc, 'CSC')).toEqual({ name: 'Coastal Shelter Collective', acronym: 'CSC' });
    expect(resolveAlias(doc, 'the Tribunal')).toBeNull();
  });

  it('gives the organization the alias and every mention of it as evidence', () => {
    const facts = extractOrganizations(doc, vocab());
    const ombudsman = facts.find((f) => f.name === 'Equal Treatment Ombudsman of Ruritania')!;
    expect(ombudsman.aliases).toContain('Ombudsman');
    expect(ombudsman.evidence.map((e) => [e.paragraph, e.quote])).toContainEqual(['2', 'Ombudsman']);
    expect(names(facts)).toContain('Lakeside Survivors Forum');
  });

  it('resolveOrganization also knows names and acronyms the document uses without defining them', () => {
    const v = vocab({
      organizations: [{ name: 'International Organization for Migration', acronym: 'IOM', aliases: [], kind: 'un-entity' }],
    });
    expect(resolveOrganization(doc, v, 'The Forum')?.name).toBe('Lakeside Survivors Forum');
    expect(resolveOrganization(doc, v, 'Coastal Shelter Collective')).toEqual({ name: 'Coastal Shelter Collective', acronym: 'CSC' });
    const withIom = makeDoc(['IOM stated that returns rose.']);
    expect(resolveOrganization(withIom, v, 'IOM')).toEqual({ name: 'International Organization for Migration', acronym: 'IOM' });
    expect(resolveOrganization(withIom, v, 'Chad')).toBeNull();
  });

  it('a plain "(the X)" whose words are not in the name before it is not an alias', () => {
    const other = makeDoc(['The Harbour Legal Clinic (the Netherlands) and the Hill Trust (hereinafter: the Trust) met.']);
    expect(resolveAlias(other, 'the Netherlands')).toBeNull();
    expect(resolveAlias(other, 'the Trust')?.name).toBe('Hill Trust');
  });
});

describe('what is never an organization', () => {
  it('knows posts, captions and names by their shape', () => {
    for (const t of [
      'Minister for Foreign Affairs',
      'Ambassador and Permanent Representative',
      'Special Rapporteur on torture',
      'Deputy High Commissioner',
    ]) {
      expect(isPostTitle(t), t).toBe(true);
    }
    for (const t of [
      'Office of the High Commissioner for Human Rights',
      'Commissioner for Human Rights of the Council of Europe',
      'Ministry of Justice',
    ]) {
      expect(isPostTitle(t), t).toBe(false);
    }
    expect(isCaption('Representatives of States Members of the Council')).toBe(true);
    expect(isCaption('Observers for non-governmental organizations')).toBe(true);
    expect(isCaption('Association of Southeast Asian Nations')).toBe(false);
    expect(looksLikeName('non-governmental organizations')).toBe(false);
    expect(looksLikeName('Gender-based violence')).toBe(false);
    expect(looksLikeName("Association d'appui aux familles de disparus")).toBe(true);
    expect(looksLikeName('جمعية حقوق المهاجرين')).toBe(true);
  });

  it("reads a speakers' list: captions and States give no organization, the NGO entries do", () => {
    const doc = makeDoc([
      'The following spoke: (a) Representatives of States Members of the Council: Chad, Peru (on behalf of the Group of Andean Friends), Spain; (b) Observers for non-governmental organizations: Harbour Watch (also on behalf of Lantern International and River Aid International), Mothers of the Valley, Inc. and the Open Road Society.',
    ]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    expect(names(facts).sort()).toEqual(
      [
        'Group of Andean Friends',
        'Harbour Watch',
        'Lantern International',
        'Mothers of the Valley, Inc.',
        'Open Road Society',
        'River Aid International',
      ].sort(),
    );
    expect(facts.find((f) => f.name === 'Harbour Watch')?.kind).toBe('ngo');
    const igos = makeDoc([
      'Also heard: (c) Observers for intergovernmental organizations: the Organization for Coastal Security and Development and the Pacific Shelf Commission.',
    ]);
    expect(extractOrganizations(igos, vocab()).map((f) => [f.name, f.kind])).toEqual([
      ['Organization for Coastal Security and Development', 'igo'],
      ['Pacific Shelf Commission', 'igo'],
    ]);
  });

  it('keeps the body out of a post, a person and a venue', () => {
    const doc = makeDoc([
      'The Legal Adviser of the Delta Migrant Network opened the meeting, held at the Riverside Conference Centre.',
      'Ms. Ana Ruiz of the Hill Country Trust and the Minister for Labour of Chad spoke. The Regional Support Office of the Delta Process replied; the Delta Process Review continues.',
    ]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    expect(names(facts).sort()).toEqual(
      ['Delta Migrant Network', 'Hill Country Trust', 'Regional Support Office of the Delta Process'].sort(),
    );
    const net = facts.find((f) => f.name === 'Delta Migrant Network')!;
    expect(net.evidence[0]!.quote).toBe('Delta Migrant Network');
  });

  it('reads a body established or mandated by name even without a body noun, and a head-first name in Portuguese', () => {
    const doc = makeDoc([
      'The Council welcomed the establishment of the Guardian of Equal Access and the mandate of the Delta Fisheries Board.',
      'Ms. Rosa Prado of the Rede de Apoio ao Trabalhador and Dr. Lee spoke.',
    ]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    expect(names(facts)).toEqual(
      expect.arrayContaining(['Guardian of Equal Access', 'Delta Fisheries Board', 'Rede de Apoio ao Trabalhador']),
    );
    expect(names(facts)).not.toContain('Rede de Apoio ao Trabalhador and Dr');
  });

  it('reads a body whose work or functioning is supported, never a programme named that way', () => {
    const doc = makeDoc([
      '122.42 Strengthen laws to further support the work of the Guardian of Equal Access and ensure punishment of perpetrators (Mexico);',
      '122.43 Ensure the functioning of the Delta Fisheries Board and support the work of the National Programme of Measures for Fishers (Kenya);',
    ]);
    const found = names(extractOrganizations(doc, vocab({ places: SOME_PLACES })));
    expect(found).toEqual(expect.arrayContaining(['Guardian of Equal Access', 'Delta Fisheries Board']));
    expect(found).not.toContain('National Programme of Measures for Fishers');
  });

  it('reads a region inside a body\'s name whole ("… for Asia and the Pacific")', () => {
    const places = [{ name: 'Asia and the Pacific', kind: 'region' as const, altLabels: [] }];
    const doc = makeDoc(['She works at the Fisheries Liaison Office for Asia and the Pacific in Suva.']);
    expect(names(extractOrganizations(doc, vocab({ places })))).toEqual(['Fisheries Liaison Office for Asia and the Pacific']);
  });

  it('a person named before "of" without an honorific is not part of the organization', () => {
    const doc = makeDoc(['Lena Voss of the Coastal Rescue Network stated that arrivals fell; Friends of the Delta International agreed.']);
    expect(names(extractOrganizations(doc, vocab()))).toEqual(['Coastal Rescue Network', 'Friends of the Delta International']);
  });

  it('counts a vocabulary entry only on its full name, never on part of a word or of a longer name', () => {
    const v = vocab({
      organizations: [
        { name: 'European Union', acronym: 'EU', aliases: [], kind: 'igo' },
        { name: 'World Bank', acronym: null, aliases: [], kind: 'un-entity' },
      ],
    });
    const doc = makeDoc(['The European Union Agency for Asylum ran an EU-wide survey; the World Banking Forum met.', 'The EU replied.']);
    const eu = extractOrganizations(doc, v).find((f) => f.name === 'European Union');
    expect(eu?.evidence.map((e) => [e.paragraph, e.quote])).toEqual([['2', 'EU']]);
    expect(names(extractOrganizations(doc, v))).not.toContain('World Bank');
  });
});
