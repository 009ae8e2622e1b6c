/**
 * One body under several wordings in one document, none defined as an alias (organizations/
 * reworded.ts). Invented sentences, in the style of a review's interactive dialogue.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import type { OrganizationFact } from '../../../src/ingest/extract/facts.js';
import { makeDoc, vocab } from './mention-fixture.js';

const withName = (facts: OrganizationFact[], name: string) => facts.filter((f) => f.name === name || f.aliases.includes(name));

describe('one organization, several wordings', () => {
  it('joins other word orders, other little words, the gender-neutral title and the holder’s office', () => {
    const doc = makeDoc([
      'Kenya welcomed the new mandate of the Children’s Ombudsperson.',
      'Chile asked how the Ombudsman for Children would be funded.',
      'Peru urged that the Children’s Ombudsman’s Office be given more staff.',
      'Ghana noted rulings of the Tribunal on Labour Disputes and praised the Tribunal of Labour Disputes for its speed.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    for (const n of ['Children’s Ombudsperson', 'Ombudsman for Children', 'Children’s Ombudsman’s Office']) {
      expect(withName(facts, n)).toHaveLength(1);
    }
    expect(withName(facts, 'Children’s Ombudsperson')[0]).toBe(withName(facts, 'Ombudsman for Children')[0]);
    expect(withName(facts, 'Ombudsman for Children')[0]).toBe(withName(facts, 'Children’s Ombudsman’s Office')[0]);
    expect(withName(facts, 'Tribunal on Labour Disputes')[0]).toBe(withName(facts, 'Tribunal of Labour Disputes')[0]);
  });

  it('joins a bare office to the one body holding that title, and its two spellings to each other', () => {
    const doc = makeDoc([
      'Norway asked whether the Office of the Ombudsperson had a budget line.',
      'Brazil commended the Ombudsperson’s Office and the Federal Ombudsman for Prisons.',
      'Chile asked about the budget of the National Ombudsman.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    const office = withName(facts, 'Office of the Ombudsperson')[0];
    expect(office).toBeDefined();
    expect(withName(facts, 'Ombudsperson’s Office')[0]).toBe(office);
    expect(withName(facts, 'National Ombudsman')[0]).toBe(office);
    expect(withName(facts, 'Federal Ombudsman for Prisons')[0]).toBe(office);
  });

  it('leaves a bare office alone when two bodies hold that title, and different bodies apart', () => {
    const doc = makeDoc([
      'Norway asked whether the Office of the Ombudsperson had a budget line.',
      'Brazil commended the Federal Ombudsman for Prisons and the Regional Ombudsman for Health.',
      'Spain cited the Commission on Water Rights and the Commission on Land Rights.',
      'Italy thanked the National Council and the Economic Council of the Union.',
    ]);
    const facts = extractOrganizations(doc, vocab());
    const office = withName(facts, 'Office of the Ombudsperson')[0];
    expect(office).toBeDefined();
    expect(withName(facts, 'Federal Ombudsman for Prisons')[0]).not.toBe(office);
    expect(withName(facts, 'Regional Ombudsman for Health')[0]).not.toBe(office);
    expect(withName(facts, 'Commission on Water Rights')[0]).not.toBe(withName(facts, 'Commission on Land Rights')[0]);
    // "National" before a body, not a person's title, names no office to join
    expect(withName(facts, 'National Council')[0]).toBeDefined();
    expect(withName(facts, 'National Council')[0]).not.toBe(withName(facts, 'Economic Council of the Union')[0]);
  });
});

describe('institutions named by what is done to them', () => {
  it('reads both institutions of "the mandates of the X and the Y", even without a body noun', () => {
    const doc = makeDoc(['Mexico urged Ghana to widen the mandates of the Guardian of Fair Elections and the Keeper of Public Records.']);
    const found = extractOrganizations(doc, vocab()).map((f) => f.name);
    expect(found).toEqual(expect.arrayContaining(['Guardian of Fair Elections', 'Keeper of Public Records']));
  });
});

describe('the reviewed State’s own bodies', () => {
  const review = (lines: string[]) => makeDoc(['The review of Ghana was held at the 5th meeting.', ...lines]);
  const places = vocab({ places: [{ name: 'Ghana', kind: 'country', altLabels: [] }, { name: 'Kenya', kind: 'country', altLabels: [] }] });

  it('joins "the Ghanaian Ministry of Roads" to "the Ministry of Roads" in the review of Ghana', () => {
    const facts = extractOrganizations(
      review(['The delegation said that the Ghanaian Ministry of Roads had a plan.', 'Chile asked the Ministry of Roads about rural access.']),
      places,
    );
    expect(withName(facts, 'Ministry of Roads')).toHaveLength(1);
    expect(withName(facts, 'Ghanaian Ministry of Roads')[0]).toBe(withName(facts, 'Ministry of Roads')[0]);
  });

  it('keeps another State’s body apart', () => {
    const facts = extractOrganizations(
      review(['The delegation cited the Kenyan Ministry of Roads as a partner.', 'Chile asked the Ministry of Roads about rural access.']),
      places,
    );
    expect(withName(facts, 'Kenyan Ministry of Roads')[0]).toBeDefined();
    expect(withName(facts, 'Kenyan Ministry of Roads')[0]).not.toBe(withName(facts, 'Ministry of Roads')[0]);
  });
});
