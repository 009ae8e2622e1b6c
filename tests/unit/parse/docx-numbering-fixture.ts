/**
 * A hand-made Word document in the shape of a UN report, with the numbering features the
 * reader must rebuild: numbered headings through the heading style (I., II.), numbered
 * paragraphs whose deeper levels restart under each new paragraph (3.1, 3.2 … then 4.1),
 * lettered sub-items "(a)" restarting under each sub-paragraph, a second list over the same
 * definition that continues the count, a list that restarts through w:startOverride, a
 * paragraph numbered only by its style (pStyle → numPr, level found by the level's w:pStyle),
 * a list starting at 5 in lower Roman, a bullet list, numbering switched off with numId 0,
 * a footnote, and a table.
 */
import { buildDocx, lvl, p } from './docx-builder.js';

const STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>' +
  // Heading 1 numbers itself through list 3 (I., II., III.).
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  // A house style for numbered paragraphs: list 2, level given by the level's w:pStyle.
  '<w:style w:type="paragraph" w:styleId="ParaNum"><w:name w:val="Para Num"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';

const NUMBERING =
  // 0: paragraphs "1." / sub-paragraphs "1.1" / items "(a)".
  '<w:abstractNum w:abstractNumId="0">' +
  lvl(0, 'decimal', '%1.', { extra: '<w:pStyle w:val="ParaNum"/>' }) +
  lvl(1, 'decimal', '%1.%2', { extra: '<w:suff w:val="space"/>' }) +
  lvl(2, 'lowerLetter', '(%3)') +
  '</w:abstractNum>' +
  // 1: chapter headings "I.".
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum>` +
  // 2: bullets (a Symbol-font glyph, never text).
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum>` +
  // 3: lower Roman from v.
  `<w:abstractNum w:abstractNumId="3">${lvl(0, 'lowerRoman', '%1)', { start: 5 })}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>' +
  '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>' +
  '<w:num w:numId="6"><w:abstractNumId w:val="0"/></w:num>';

const FOOTNOTE_RUNS =
  '<w:r><w:t xml:space="preserve">The Working Group held its thirty-fourth session</w:t></w:r>' +
  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
  '<w:r><w:t xml:space="preserve"> from 4 to 15 November 2019.</w:t></w:r>';

const FOOTNOTES =
  '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See resolution 5/1.</w:t></w:r></w:p></w:footnote>';

const TABLE =
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Recommendation</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Position</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:p><w:r><w:t>Ratify the Convention</w:t></w:r></w:p><w:p><w:r><w:t>Source: A/HRC/43/15</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:t>Supported</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

const BODY = [
  p('Report of the Working Group', { style: 'Title' }),
  p('Introduction', { style: 'Heading1' }),
  p('', { num: [1, 0], runs: FOOTNOTE_RUNS }),
  p('The following delegations took part:', { num: [1, 0] }),
  p('States members of the Council;', { num: [1, 2] }),
  p('Observer States.', { num: [1, 2] }),
  p('Conclusions and recommendations', { style: 'Heading1' }),
  p('The recommendations below enjoy the support of the State:', { num: [1, 0] }),
  p('Ratify the Convention (France);', { num: [1, 1] }),
  p('Adopt a national action plan, including:', { num: [1, 1] }),
  p('a budget;', { num: [1, 2] }),
  p('Strengthen the national institution (Ireland);', { num: [1, 1] }),
  p('with adequate funding.', { num: [1, 2] }),
  p('The recommendations below are noted:', { num: [1, 0] }),
  p('Abolish the death penalty (Spain);', { num: [1, 1] }),
  p('A second list on the same definition continues the count.', { num: [6, 0] }),
  p('A bulleted point.', { num: [4, 0] }),
  p('Not numbered although its style is.', { style: 'ParaNum', num: [0] }),
  TABLE,
  // UN annexes are unnumbered: the heading style's numbering is switched off here.
  p('Annex', { style: 'Heading1', num: [0] }),
  p('An annex restarts its numbering.', { num: [2, 0] }),
  p('Numbered by its style alone.', { style: 'ParaNum' }),
  p('Fifth item.', { num: [5, 0] }),
  p('Sixth item.', { num: [5, 0] }),
].join('');

export function numberingFixture(): Uint8Array {
  return buildDocx({ body: BODY, styles: STYLES, numbering: NUMBERING, footnotes: FOOTNOTES });
}
