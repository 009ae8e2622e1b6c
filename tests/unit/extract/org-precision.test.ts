/**
 * Organization names read right on wording we have not tuned to: an adverbial that opens a
 * sentence is not part of a name, a joint submission filed under its author's acronym is that
 * author, a body "called X" is named X, a delegation list names the bodies its members come
 * from (a ministry with its whole portfolio, a mission with its whole seat, without the
 * member's role after a dash). Every text here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { readOrgRef } from '../../../src/ingest/extract/text-names.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';
import { makeDoc, vocab } from './mention-fixture.js';

const names = (facts: OrganizationFact[]) => facts.map((f) => f.name);
const TESTLAND = emptyVocab(countries('Testland'));

describe('a sentence-opening preposition or discourse word', () => {
  it('is never the first word of a name read at a subject position', () => {
    expect(readOrgRef('Concerning the Office of the Water Regulator, DRN asserted that it lacked staff.', 0)).toBeNull();
    expect(readOrgRef('Despite the Harbour Safety Commission, DRN noted gaps.', 0)).toBeNull();
    // a name that opens the sentence is still read
    expect(readOrgRef('The Office of the Water Regulator asserted that it lacked staff.', 0)?.name).toBe('Office of the Water Regulator');
  });

  it('does not make the phrase after it a speaker or an organization', () => {
    const doc = buildDoc([
      '# Summary',
      '## I. Information',
      '1. The Delta Rights Network (DRN) submitted information.',
      '2. Concerning the Office of the Water Regulator, DRN asserted that the Office lacked staff.',
    ]);
    const facts = extractFacts(doc, TESTLAND);
    const speakers = facts.statements
      .filter((s) => s.paragraph === '2')
      .map((s) => s.speaker.organization?.acronym ?? s.speaker.organization?.name);
    expect(speakers).toEqual(['DRN']);
    expect(names(facts.organizations).filter((n) => n !== null && /^Concerning/.test(n))).toEqual([]);
  });
});

describe('a joint submission filed under a second acronym', () => {
  it('is one organization with the coalition that acronym names', () => {
    const doc = makeDoc(
      ['The River Valley Alliance (RVA) recommended that wells be tested. RVA also noted delays.'],
      [
        [
          '1',
          'The stakeholders listed below have contributed information for this summary. Civil society Joint submissions: RVA/JS2 Joint submission 2 submitted by: Members of the River Valley Alliance, namely the Upland Farmers Union and the Lakeside Fishers Society (Testland);',
        ],
      ],
    );
    const orgs = extractOrganizations(doc, vocab({ places: TESTLAND.places }));
    const rva = orgs.filter((o) => o.acronym === 'RVA' || o.acronym === 'JS2' || o.aliases.includes('JS2') || o.aliases.includes('RVA'));
    expect(rva).toHaveLength(1);
    expect([rva[0]!.name, rva[0]!.acronym, ...rva[0]!.aliases]).toEqual(expect.arrayContaining(['River Valley Alliance', 'RVA', 'JS2']));
    // the members stay organizations of their own
    expect(names(orgs)).toEqual(expect.arrayContaining(['Upland Farmers Union', 'Lakeside Fishers Society']));
  });
});

describe('a body the text names with "called" or "known as"', () => {
  it('is an organization under that name, even without a body noun', () => {
    const text = 'The national anti-discrimination body, called the Guardian of Equal Treatment, lacked staff.';
    const orgs = extractOrganizations(makeDoc([text]), vocab());
    const guardian = orgs.find((o) => o.name === 'Guardian of Equal Treatment');
    expect(guardian).toBeDefined();
    const ev = guardian!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('Guardian of Equal Treatment');
  });

  it('is not read from "called on/for" (a verb of asking)', () => {
    const orgs = extractOrganizations(
      makeDoc(['The agency called on the authorities and called for the Review of Tariffs to end.']),
      vocab(),
    );
    expect(names(orgs)).toEqual([]);
  });
});

describe('a delegation list', () => {
  const doc = buildDoc([
    '# Report',
    '1. The review of Testland took place on 3 May.',
    '## Annex: Composition of the delegation',
    'The delegation of Testland was headed by Ms. Ada Lind and composed of the following members:',
    'Mr. Tom Berg, State Secretary at the Ministry Of The Interior – Deputy Head of Delegation;',
    'Ms. Ana Pérez, Director, Water Inspection Office, Ministry of Agriculture, Forestry and Food;',
    'Ms. Eva Holm, Third Secretary, Permanent Mission of Testland to the United Nations Office and other international organizations in Geneva.',
  ]);
  const orgs = extractOrganizations(doc, TESTLAND);

  it('names the bodies its members come from, cited by the annex block', () => {
    expect(names(orgs)).toEqual(
      expect.arrayContaining([
        'Ministry Of The Interior',
        'Water Inspection Office',
        'Ministry of Agriculture, Forestry and Food',
        'Permanent Mission of Testland to the United Nations Office and other international organizations in Geneva',
      ]),
    );
    for (const o of orgs) {
      for (const e of o.evidence) {
        const block = doc.unnumbered.find((b) => `annex-${b.order}` === e.paragraph);
        expect(block, e.paragraph).toBeDefined();
        expect(block!.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it("keeps a member's role after a dash out of the body's name, and never cuts a name short", () => {
    expect(names(orgs).some((n) => n !== null && /Deputy Head/.test(n))).toBe(false);
    expect(names(orgs)).not.toContain('Ministry of Agriculture');
    expect(names(orgs)).not.toContain('Permanent Mission of Testland to the United Nations Office');
  });
});

describe('a ministry named after its portfolio', () => {
  it('reads "Ministry of A, B and C" whole, but not a list of bodies or of other things', () => {
    const orgs = (text: string) => names(extractOrganizations(makeDoc([text]), vocab({ places: TESTLAND.places })));
    expect(orgs('Funds came from the Ministry of Education, Science and Sport.')).toEqual(['Ministry of Education, Science and Sport']);
    expect(orgs('The Ministry of Health, the Ministry of Finance and the police met.')).toEqual([
      'Ministry of Health',
      'Ministry of Finance',
    ]);
    expect(orgs('The Ministry of Justice, Testland and Ruritania agreed.')).toEqual(['Ministry of Justice']);
  });
});

describe('a deputy of an office-holder', () => {
  it('is a post, while the office-holder institution and its deputy’s office stay bodies', () => {
    const text =
      'Testland appointed a Deputy Ombudsman for the rights of older persons; the Senior Citizens Ombudsman and the Deputy Ombudsman’s Office shared premises.';
    const found = names(extractOrganizations(makeDoc([text]), vocab({ places: TESTLAND.places })));
    expect(found).not.toContain('Deputy Ombudsman');
    expect(found).toEqual(expect.arrayContaining(['Senior Citizens Ombudsman']));
  });
});

describe('a ministry name followed by the next person of a list', () => {
  it('ends at the comma: "…, and Mr. X" is no portfolio', () => {
    const text = 'The panellists were Ms. Ada Lind, Director at the Testland Ministry of Water and Forests, and Mr. Tom Berg, a judge.';
    const found = names(extractOrganizations(makeDoc([text]), vocab({ places: TESTLAND.places })));
    expect(found).toContain('Testland Ministry of Water and Forests');
    expect(found.some((n) => n !== null && /,$|\bMr\b/.test(n))).toBe(false);
  });
});

describe('rooms and two bodies joined by a verb\'s "to the"', () => {
  it('takes no room for an organization, nor "the Council to the Panel"', () => {
    const facts = extractOrganizations(
      makeDoc([
        'The hearing sat in a mixed format in the Press Room of the Harbour Exchange Centre.',
        'It followed the mandate entrusted by the Council to the Panel in 2029, and the Lake Users Association (LUA) attended.',
        'The Institute to Protect Wetland Heritage also attended.',
      ]),
      vocab(),
    );
    const found = names(facts);
    expect(found).not.toContain('Press Room of the Harbour Exchange Centre');
    expect(found).not.toContain('Council to the Panel');
    expect(found).toEqual(expect.arrayContaining(['Lake Users Association', 'Institute to Protect Wetland Heritage']));
  });
});
