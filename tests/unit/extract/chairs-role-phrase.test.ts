import { describe, expect, it } from 'vitest';
import { extractChairs } from '../../../src/ingest/extract/chairs.js';
import { buildDoc } from './fixture.js';

describe('a role phrase before the name', () => {
  it('keeps "President of the …" whole as the post when no appositive post follows the name', () => {
    const chairs = extractChairs(
      buildDoc([
        '3. The President of the Trade and Development Board, Mr. Lars Holm, opened the session.',
        '4. The Chair of the Committee on Fisheries, Ms. Amina Bello (Nigeria), presided over the debate.',
      ]),
    );
    expect(chairs.map((c) => [c.name, c.position])).toEqual([
      ['Lars Holm', 'President of the Trade and Development Board'],
      ['Amina Bello', 'Chair of the Committee on Fisheries'],
    ]);
  });

  it('prefers the appositive post after the name, and gives a bare "The Chair" no post', () => {
    const chairs = extractChairs(
      buildDoc([
        '5. The Chair of the Council, Mr. Omar Haddad, Permanent Representative of Jordan, opened the meeting.',
        '6. The Chair, Ms. Kaja Berg, closed the meeting.',
      ]),
    );
    expect(chairs.map((c) => [c.name, c.position])).toEqual([
      ['Omar Haddad', 'Permanent Representative of Jordan'],
      ['Kaja Berg', null],
    ]);
  });
});
