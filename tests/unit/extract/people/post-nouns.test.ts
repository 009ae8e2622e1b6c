/**
 * Post nouns written in lower case ("magistrate") or as a two-word title ending on "Lead"
 * ("Programme Lead"), and a State that closes a "post, organization, State" description.
 */
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../../../src/ingest/extract/people/mentions.js';
import { isPositionPhrase } from '../../../../src/ingest/extract/people/name-shapes.js';

const lookup = (s: string): string | null => (s === 'Republic of Moldova' || s === 'Kenya' ? s : null);

describe('post nouns', () => {
  it('reads "magistrate" and a capitalised "… Lead" as posts, not the verb "lead"', () => {
    expect(isPositionPhrase('magistrate')).toBe(true);
    expect(isPositionPhrase('senior magistrate')).toBe(true);
    expect(isPositionPhrase('Programme Lead')).toBe(true);
    expect(isPositionPhrase('Research Lead, Open Seas Network')).toBe(true);
    expect(isPositionPhrase('Lead')).toBe(false);
    expect(isPositionPhrase('will lead the work')).toBe(false);
  });

  it('splits "Name, X Lead, Organization" into post and organization', () => {
    const [m] = findPersonMentions('Moderator: Mr. Tariq Osei, Campaigns Lead, Clean Rivers Coalition', lookup);
    expect(m?.name).toBe('Tariq Osei');
    expect(m?.position).toBe('Campaigns Lead');
    expect(m?.organization?.name).toBe('Clean Rivers Coalition');
  });

  it('reads a lower-case post in brackets and keeps the closing State out of the organization', () => {
    const [m] = findPersonMentions('(c) Ms. Irina Codreanu (magistrate, Supreme Court of Justice, Republic of Moldova);', lookup);
    expect(m?.name).toBe('Irina Codreanu');
    expect(m?.position).toBe('magistrate');
    expect(m?.organization?.name).toBe('Supreme Court of Justice');
    expect(m?.state).toBe('Republic of Moldova');
  });

  it('still reads "post, organization" without a State', () => {
    const [m] = findPersonMentions('Ms. Wanjiku Mwangi (judge, High Court of Nakuru) spoke on bail.', lookup);
    expect(m?.position).toBe('judge');
    expect(m?.organization?.name).toBe('High Court of Nakuru');
  });
});
