/**
 * Builds small .docx packages for the Word reader's tests: the parts Word itself writes
 * (content types, package and document relationships, document, styles, numbering,
 * footnotes), zipped with fflate. The XML is written out in the tests, so what each test
 * document contains can be read next to what is expected of it.
 */
import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Content of w:body. */
  body: string;
  /** Content of w:styles. */
  styles?: string;
  /** Content of w:numbering. */
  numbering?: string;
  /** Content of w:footnotes (the separator notes are added). */
  footnotes?: string;
  /** Content of w:endnotes. */
  endnotes?: string;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, type: string, root: string, content: string): void => {
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NS}>${content}</w:${root}>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}"/>`);
  };
  if (parts.styles !== undefined) add('styles.xml', 'styles', 'styles', parts.styles);
  if (parts.numbering !== undefined) add('numbering.xml', 'numbering', 'numbering', parts.numbering);
  if (parts.footnotes !== undefined) {
    const separators =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    add('footnotes.xml', 'footnotes', 'footnotes', separators + parts.footnotes);
  }
  if (parts.endnotes !== undefined) add('endnotes.xml', 'endnotes', 'endnotes', parts.endnotes);
  files['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${parts.body}</w:body></w:document>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const overrides = Object.keys(files)
    .filter((f) => f.startsWith('word/') && !f.includes('_rels'))
    .map((f) => {
      const kind = f.slice(5, -4) === 'document' ? 'document.main' : f.slice(5, -4);
      return `<Override PartName="/${f}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`;
    })
    .join('');
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  return zipSync(files);
}

/** A paragraph: optional style, list (numId, ilvl) and runs given as raw XML or plain text. */
export function p(text: string, opts: { style?: string; num?: [number, number] | [number]; runs?: string } = {}): string {
  const pPr: string[] = [];
  if (opts.style) pPr.push(`<w:pStyle w:val="${opts.style}"/>`);
  if (opts.num) {
    const [numId, ilvl] = opts.num;
    pPr.push(`<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`);
  }
  const runs = opts.runs ?? (text === '' ? '' : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`);
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}${runs}</w:p>`;
}

/** One numbering level. */
export function lvl(ilvl: number, numFmt: string, lvlText: string, opts: { start?: number; extra?: string } = {}): string {
  // Children in schema order: start, numFmt, (lvlRestart, pStyle, isLgl, suff), lvlText.
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${opts.start ?? 1}"/><w:numFmt w:val="${numFmt}"/>` +
    `${opts.extra ?? ''}<w:lvlText w:val="${lvlText}"/></w:lvl>`
  );
}
