/**
 * One body under its own name and under a parent-qualified one (issue 11): definitions whose
 * acronym carries the parent's ("… of the Andean Union (AU-PEWR)"), "X of the P" beside "X" in
 * one document, and the stakeholders a list of contributors names. Text written for these
 * tests: invented bodies, lists in the layout of a UPR summary's first endnote.
 */
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../src/ingest/extract/org-definitions.js';
import { parentPart, parentSplits } from '../../../src/ingest/extract/organizations/parent-qualified.js';
import { ownName } from '../../../src/ingest/extract/organizations/parent-merge.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import { SOME_PLACES, makeDoc, vocab } from './mention-fixture.js';

const defined = (text: string) =>
  findDefinitions([{ key: '1', text, kind: 'paragraph', footnoteRefs: [] }], () => false).map((c) => [c.name, c.acronym]);
const pairs = (facts: OrganizationFact[]) => facts.map((f) => [f.name, f.acronym]);

describe('parent-qualified names', () => {
  it('splits "X of the P" at each "of the", and "P X" where the caller knows P', () => {
    expect(parentSplits('Panel of Experts on Water Rights of the Andean Union')).toEqual([
      { body: 'Panel of Experts on Water Rights', parent: 'Andean Union' },
    ]);
    expect(parentSplits('Andean Union Ombudsperson for Seasonal Workers', (w) => w === 'Andean Union')).toEqual([
      { body: 'Ombudsperson for Seasonal Workers', parent: 'Andean Union' },
    ]);
    // A parent ends in a capitalised word: "Warden for" is no parent of "Coastal Affairs".
    expect(parentSplits('Warden for Coastal Affairs', () => true)).toEqual([]);
    // A one-word body is no name of its own ("Secretariat", "Office").
    expect(parentSplits('Secretariat of the Andean Union')).toEqual([]);
    expect(parentPart('AU-PEWR')).toBe('AU');
    expect(parentPart('NATO/SHAPE')).toBe('NATO');
    expect(parentPart('JS-4')).toBe('JS');
    expect(parentPart('Alpha-Beta')).toBeNull();
  });

  it('defines an acronym prefixed with the parent’s when the name ends or starts with that parent', () => {
    expect(
      defined('The Committee of Independent Experts on Water and Sanitation Rights of the Andean Union (AU-CIEWSR) reported delays.'),
    ).toEqual([['Committee of Independent Experts on Water and Sanitation Rights of the Andean Union', 'AU-CIEWSR']]);
    expect(defined('In 2021 the Andean Union Ombudsperson for Seasonal Workers (AU-Ombudsperson) visited twice.')).toEqual([
      ['Andean Union Ombudsperson for Seasonal Workers', 'AU-Ombudsperson'],
    ]);
    expect(defined('The Bureau for Electoral Observation of the Pacific Forum of States (PFS/BEO) noted irregularities.')).toEqual([
      ['Bureau for Electoral Observation of the Pacific Forum of States', 'PFS/BEO'],
    ]);
  });

  it('does not define one when the parent part abbreviates no parent in the name', () => {
    expect(
      defined('The Committee of Independent Experts on Water and Sanitation Rights of the Andean Union (XQ-CIEWSR) reported.'),
    ).toEqual([]);
    // The body's own part is not checked, so the parent part must fit: "PF" is not the Andean Union.
    expect(defined('The Standing Group on Highland Water Rights of the Andean Union (PF-GREMO) reported.')).toEqual([]);
    expect(defined('The Standing Group on Highland Water Rights of the Andean Union (AU-GREMO) reported.')).toEqual([
      ['Standing Group on Highland Water Rights of the Andean Union', 'AU-GREMO'],
    ]);
  });

  it('names a group by the body’s own name when it also holds the parent-qualified one', () => {
    expect(ownName(['Panel of Experts on Water Rights of the Andean Union', 'Panel of Experts on Water Rights'])).toBe(
      'Panel of Experts on Water Rights',
    );
    expect(ownName(['Northern Lights Trust', 'Northern Lights Trust of the Arctic'])).toBe('Northern Lights Trust');
    expect(ownName(['Ministry of Fisheries of the Andean Union'])).toBe('Ministry of Fisheries of the Andean Union');
  });
});

describe('extractOrganizations: one body with and without its parent', () => {
  it('merges "X of the P" into "X" when P is an organization the document names, keeping the longer as an alias', () => {
    const doc = makeDoc([
      'The Andean Union (AU) published its annual review.',
      'The Fisheries Monitoring Committee of the Andean Union found gaps in reporting.',
      'The Fisheries Monitoring Committee later welcomed the new rules.',
    ]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const board = facts.filter((f) => f.name?.startsWith('Fisheries Monitoring'));
    expect(pairs(board)).toEqual([['Fisheries Monitoring Committee', null]]);
    expect(board[0]!.aliases).toContain('Fisheries Monitoring Committee of the Andean Union');
    expect(board[0]!.evidence.map((e) => e.paragraph)).toEqual(['2', '3']);
  });

  it('merges through a definition whose acronym carries the parent, with an endnote attachment naming the body alone', () => {
    const note =
      'The stakeholders listed below have contributed information for this summary. Regional intergovernmental organization(s): AU The Andean Union, Quito (Ecuador); Attachments: (AU-CIEWSR) Committee of Independent Experts on Water and Sanitation Rights, Third report, 2020.';
    const doc = makeDoc(
      [
        'The Committee of Independent Experts on Water and Sanitation Rights of the Andean Union (AU-CIEWSR) reported delays.',
        'AU-CIEWSR urged the authorities to act.',
      ],
      [['1', note]],
    );
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const panel = facts.filter((f) => f.name?.includes('Water and Sanitation'));
    expect(pairs(panel)).toEqual([['Committee of Independent Experts on Water and Sanitation Rights', 'AU-CIEWSR']]);
    expect(panel[0]!.aliases).toContain('Committee of Independent Experts on Water and Sanitation Rights of the Andean Union');
  });

  it('leaves "X of the P" alone when P is a State, not an organization', () => {
    const doc = makeDoc([
      'The Equality Commissioner of the Republic of Kenya issued guidance.',
      'The Equality Commissioner of the Andean Union disagreed.',
    ]);
    const names = extractOrganizations(doc, vocab({ places: SOME_PLACES })).map((f) => f.name);
    expect(names).not.toContain('Equality Commissioner');
  });

  it('leaves them apart when the document qualifies the same body name with two parents', () => {
    const doc = makeDoc([
      'The Andean Union (AU) and the Pacific Forum of States (PFS) met.',
      'The Standing Council on Fisheries of the Andean Union and the Standing Council on Fisheries of the Pacific Forum of States disagreed.',
      'The Standing Council on Fisheries later met again.',
    ]);
    const names = extractOrganizations(doc, vocab({ places: SOME_PLACES })).map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Standing Council on Fisheries of the Andean Union',
        'Standing Council on Fisheries of the Pacific Forum of States',
      ]),
    );
  });
});

describe('extractOrganizations: the contributors a stakeholders’ list names', () => {
  const note = [
    'The stakeholders listed below have contributed information for this summary.',
    'Civil society Individual submissions: RHN Riverside Housing Network, Lima, Peru;',
    'ACRP Association Culturelle des Riverains du Plateau, Lyon, France; Joint submissions: JS1 Joint submission 1 submitted by: Tide Foundation and the',
    'Coastal Rights Institute; Regional intergovernmental organization(s): AU The Andean Union, Quito (Ecuador); Attachments: (AU-BA) Board of Auditors, Report 2020.',
  ].join('\n');

  it('reads an entry in another language, acronym then name with no separator, even when no paragraph cites it', () => {
    const doc = makeDoc(['RHN and JS1 welcomed the plan. AU-BA noted arrears.'], [['1', note]]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const acrp = facts.find((f) => f.acronym === 'ACRP');
    expect(acrp).toMatchObject({ name: 'Association Culturelle des Riverains du Plateau', location: 'Lyon, France', kind: 'ngo' });
    expect(acrp!.contribution).toMatchObject({ paragraph: 'fn1', quote: 'Association Culturelle des Riverains du Plateau' });
  });

  it('marks every entry a contributor (the joint submission too), and neither its members nor the attachments', () => {
    const doc = makeDoc(['RHN and JS1 welcomed the plan. AU-BA noted arrears.'], [['1', note]]);
    const facts = extractOrganizations(doc, vocab({ places: SOME_PLACES }));
    const contributors = facts.filter((f) => f.contribution).map((f) => f.acronym ?? f.name);
    expect(contributors.sort()).toEqual(['ACRP', 'AU', 'JS1', 'RHN']);
    expect(facts.find((f) => f.name === 'Tide Foundation')?.contribution).toBeUndefined();
    expect(facts.find((f) => f.acronym === 'AU-BA')?.contribution).toBeUndefined();
  });
});
