/**
 * The API's side of the key → citation mapping: the schema's placeholders are all expanded,
 * a note key is looked up as a Footnote and every other key as a Paragraph, and the Citation
 * projection says which kind of place it is.
 */
import { describe, expect, it } from 'vitest';
import { citation, citedPlace, citedText } from '../../../src/api/cypher/projection.js';
import { expandCitations, loadTypeDefs } from '../../../src/api/schema/type-defs.js';

describe('citation placeholders', () => {
  it('leaves no placeholder in the schema', () => {
    const sdl = loadTypeDefs();
    expect(sdl).not.toMatch(/\bCITED_TEXT\(/);
    expect(sdl).not.toMatch(/\bRETURN CITATION(_OR_NULL)?\(/);
  });

  it('expands CITED_TEXT with the same lookup the custom queries use', () => {
    expect(expandCitations('WITH CITED_TEXT(this.docId, this.key) AS p')).toBe(`WITH ${citedText('this.docId', 'this.key')} AS p`);
  });
});

describe('the key lookup', () => {
  const lookup = citedText('d', 'k');

  it("seeks a note key ('fn1') in the Footnote index by its number, any other key in the Paragraph index", () => {
    const [, noteBranch, paraBranch] = /THEN(.*)ELSE(.*)END$/s.exec(lookup) ?? [];
    expect(lookup).toMatch(/^CASE WHEN k STARTS WITH 'fn'/);
    expect(noteBranch).toContain("(citedNote:Footnote {id: d + '/fn:' + substring(k, 2)})");
    expect(paraBranch).toContain("(citedPara:Paragraph {id: d + '/para:' + k})");
  });

  it('gives each kind of text its place', () => {
    const place = citedPlace('p');
    expect(place).toContain("WHEN p:Footnote THEN 'NOTE'");
    expect(place).toContain("WHEN p.kind = 'annex' THEN 'ANNEX'");
    expect(place).toContain("WHEN p.kind = 'unnumbered' THEN 'TEXT'");
    expect(place).toContain("WHEN p.kind = 'title' THEN 'TITLE_PAGE'");
    expect(place).toMatch(/ELSE 'PARAGRAPH' END$/);
    expect(citation('p')).toContain(`place: ${place}`);
    // A note's key is "fn<number>", as its evidence wrote it.
    expect(citation('p')).toContain("paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END");
  });
});
