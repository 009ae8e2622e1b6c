/**
 * The title of a Word file whose body opens with a table: its Title property, else the words
 * of its running header without the page number. Fixtures written for the test.
 */
import { describe, expect, it } from 'vitest';
import { coreTitle, headerTitle } from '../../../src/ingest/parse/docx/document-title.js';
import { parseXml } from '../../../src/ingest/parse/docx/xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const header = (body: string) => parseXml(`<w:hdr ${W}>${body}</w:hdr>`, 'word/header1.xml', 't.docx');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const TAB = '<w:r><w:tab/></w:r>';
const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

describe('a Word file title outside its body', () => {
  it('takes the Title document property when it has one', () => {
    const core = parseXml(
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<dc:title>Matrix of  pledges\n</dc:title></cp:coreProperties>',
      'docProps/core.xml',
      't.docx',
    );
    expect(coreTitle(core)).toBe('Matrix of pledges');
    const empty = parseXml(
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title></dc:title></cp:coreProperties>',
      'docProps/core.xml',
      't.docx',
    );
    expect(coreTitle(empty)).toBeNull();
  });

  it("joins the header's tab-separated parts, without the page number or the field code", () => {
    const h = header(
      `<w:p>${run('Forum on Minority Issues, ninth session')}${TAB}${TAB}${run('List of speakers')}${TAB}${run('Page ')}${PAGE_FIELD}${run(' of 12')}</w:p>`,
    );
    expect(headerTitle([h])).toBe('Forum on Minority Issues, ninth session: List of speakers');
  });

  it('passes over a header that holds only a page number, and gives up on none', () => {
    const pageOnly = header(`<w:p>${PAGE_FIELD}</w:p>`);
    const titled = header(`<w:p>${run('Compilation of replies')}</w:p>`);
    expect(headerTitle([pageOnly, titled])).toBe('Compilation of replies');
    expect(headerTitle([pageOnly])).toBeNull();
    expect(headerTitle([])).toBeNull();
  });
});
