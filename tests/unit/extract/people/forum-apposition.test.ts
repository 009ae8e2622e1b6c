/**
 * Names without honorifics that a construction vouches for, as forum reports write them: a post
 * with its employer after the name at the head of a clause, an opening "Speaking on behalf of"
 * or "From <body>", a sentence opening on "With", an indefinite description before the name, a
 * "Moderator:" caption; and the longer title "The representative of the Office of …".
 */
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { isPositionPhrase } from '../../../../src/ingest/extract/people/name-shapes.js';
import { orgFromRemainder } from '../../../../src/ingest/extract/people/affiliation.js';

const STATES = ['Chile', 'Uruguay', 'Malawi'];
const lookup = (s: string): string | null => STATES.find((x) => x === s.trim().replace(/^the\s+/i, '')) ?? null;

function mentions(text: string) {
  return findPersonMentions(text, lookup).map((m) => ({
    name: m.name,
    position: m.position,
    org: m.organization?.name ?? m.organization?.acronym ?? null,
    state: m.state,
  }));
}

describe('bare names a construction vouches for', () => {
  it('name, post at employer, then a verb: the post and the employer', () => {
    expect(mentions('Halvard Brekke-Olsen, Research Fellow at the Nordic Welfare Observatory (NWO), argued that pensions lagged.')).toEqual(
      [{ name: 'Halvard Brekke-Olsen', position: 'Research Fellow', org: 'Nordic Welfare Observatory', state: null }],
    );
  });

  it('name "of" employer at the head of a sentence, then a verb', () => {
    expect(mentions('Later, Imani Wekesa of the Coastal Fishers Cooperative told the meeting about storms.')[0]).toMatchObject({
      name: 'Imani Wekesa',
      org: 'Coastal Fishers Cooperative',
    });
  });

  it('"Speaking on behalf of <body>, Name <verb>": the body is the affiliation', () => {
    expect(mentions('Speaking on behalf of the Harbour Porters League (HPL), Tiago Mendes Araújo warned against cuts.')).toEqual([
      { name: 'Tiago Mendes Araújo', position: null, org: 'Harbour Porters League', state: null },
    ]);
  });

  it('"From <body>, Name <verb>"', () => {
    expect(mentions('From the Lakeside Tenants Union, Grace Mwale explained the eviction figures.')[0]).toMatchObject({
      name: 'Grace Mwale',
      org: 'Lakeside Tenants Union',
    });
  });

  it('a sentence opening on "With Name, post at employer, as moderator"', () => {
    expect(mentions('With Oskar Lindqvist, Policy Officer at the Baltic Care Alliance, as moderator, the group met.')[0]).toMatchObject({
      name: 'Oskar Lindqvist',
      position: 'Policy Officer',
      org: 'Baltic Care Alliance',
    });
  });

  it('an indefinite description before the name: "a street vendor organizer from Malawi, Name,"', () => {
    expect(mentions('The floor went to a street vendor organizer from Malawi, Chisomo Banda, who spoke first.')[0]).toMatchObject({
      name: 'Chisomo Banda',
      state: 'Malawi',
    });
  });

  it('"The representative of the Office of the …, Name": the whole office is the employer', () => {
    expect(mentions('The representative of the Office of the Special Envoy for Sahel Affairs, Marta Quiroga, replied.')[0]).toMatchObject({
      name: 'Marta Quiroga',
      position: 'representative',
      org: 'Office of the Special Envoy for Sahel Affairs',
    });
  });

  it('a title inside the object of a verb stays the title ("read the statement of the Special Envoy …, Name")', () => {
    expect(mentions('An officer of the secretariat read the statement of the Special Envoy on droughts, Lior Ben-Ami.')[0]).toMatchObject({
      name: 'Lior Ben-Ami',
      position: 'Special Envoy on droughts',
    });
  });

  it('a "Moderator:" caption vouches for the name it heads', () => {
    expect(mentions('Moderator: Nadira Yusupova, Programme Lead, Steppe Pastoralists Forum')[0]).toMatchObject({
      name: 'Nadira Yusupova',
      org: 'Steppe Pastoralists Forum',
    });
  });

  it('a capitalised post straight before a name, then a speech verb: "Regional Commissioner X noted"', () => {
    expect(mentions('Speaking for the Office of the Mediator, Regional Commissioner Tomás Ulloa Reyes noted delays.')).toEqual([
      { name: 'Tomás Ulloa Reyes', position: 'Regional Commissioner', org: 'Office of the Mediator', state: null },
    ]);
    // the shortest post: "Minister" rather than "Minister Ana"
    expect(mentions('Later, Minister Ana María Pérez said that funds were scarce.')[0]).toMatchObject({
      name: 'Ana María Pérez',
      position: 'Minister',
    });
    expect(mentions('Later, Several Member States said that funds were scarce.')).toEqual([]);
  });

  it("a judge's title inside a body's name heads no person; before a name it does", () => {
    expect(mentions('Support came from the Climate Justice Network Fiji and others.')).toEqual([]);
    expect(mentions('Justice Amina Odhiambo Otieno said so.').map((m) => m.name)).toEqual(['Amina Odhiambo Otieno']);
  });

  it('a post after a name is never itself a name ("…, Chief Executive Officer of X, said")', () => {
    const names = mentions('Lerato Dube, Chief Executive Officer of the Township Data Trust, said so.').map((m) => m.name);
    expect(names).toEqual(['Lerato Dube']);
  });

  it('a clause opening on a capitalised phrase without post or employer names nobody', () => {
    expect(mentions('Social Protection, in the view of several speakers, needed funding.')).toEqual([]);
  });
});

describe('posts and employers', () => {
  it('organizers, paralegals and lower-case trades are posts; a capitalised "Workers" names a group', () => {
    expect(isPositionPhrase('a tenant organiser with the Riverside Union')).toBe(true);
    expect(isPositionPhrase('a community paralegal with Justice Now')).toBe(true);
    expect(isPositionPhrase('a social worker from Uruguay')).toBe(true);
    expect(isPositionPhrase('Domestic Workers Convention')).toBe(false);
  });

  it('"States" in general is no organization', () => {
    expect(orgFromRemainder('States on the full enjoyment of rights')).toBeNull();
    expect(orgFromRemainder('States Parties Forum')).not.toBeNull();
  });
});
