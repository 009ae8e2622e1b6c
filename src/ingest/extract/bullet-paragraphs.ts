/**
 * A summary may report its discussion as bullet items under unnumbered headings ("Key
 * issues", "Recommendations") rather than in numbered paragraphs. Each such item is a
 * citable unit like a paragraph: a reader cites it by the block it is (`annex-<n>`, its
 * 0-based order among unnumbered blocks, the key unnumbered text already has). This view lets
 * every extractor read those items as paragraphs, in reading order, without the parser
 * inventing numbers the document does not print.
 *
 * Only bullets that read as prose count: a capital first letter, at least six words and a
 * closing full stop or semicolon. A bullet list of names or posts stays an unnumbered block,
 * and so does anything in an annex.
 */
import type { ParsedBlock, ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import { annexKey } from './citable-texts.js';

const PROSE = /^[\p{Lu}"“‘'(][^]*[.;]["”’)]?$/u;
const ANNEX_TITLE = /^annex\b/i;
const ANNEX_LINE = /^annex(?:\s+[IVXLC\d]+)?$/i;

export function isProseBullet(block: ParsedBlock): boolean {
  const text = block.text.trim();
  return block.bullet === true && PROSE.test(text) && text.split(/\s+/).length >= 6;
}

/** Sections from the first "Annex" heading on: an annex runs to the end of the document. */
function annexSections(doc: ParsedDocument): Set<string> {
  const first = doc.sections.find((s) => ANNEX_TITLE.test(s.title));
  return new Set(first ? doc.sections.filter((s) => s.order >= first.order).map((s) => s.key) : []);
}

/** The document with its prose bullet items read as paragraphs keyed `annex-<n>`, in reading order. */
export function withBulletParagraphs(doc: ParsedDocument): ParsedDocument {
  const annex = annexSections(doc);
  // An "Annex" line the markup did not make a heading also starts the annex.
  const annexLine = doc.unnumbered.find((b) => ANNEX_LINE.test(b.text.trim()))?.order ?? Infinity;
  const bullets = doc.unnumbered.filter(
    (b) => isProseBullet(b) && b.paragraphsBefore !== undefined && b.order < annexLine && !(b.sectionKey !== null && annex.has(b.sectionKey)),
  );
  if (bullets.length === 0) return doc;
  const merged: ParsedParagraph[] = [];
  let next = 0;
  const asParagraph = (b: ParsedBlock): ParsedParagraph => ({
    number: annexKey(b.order),
    order: 0,
    text: b.text,
    sectionKey: b.sectionKey,
    parentNumber: null,
    items: [],
    footnoteRefs: [],
    pages: [],
  });
  for (let i = 0; i <= doc.paragraphs.length; i++) {
    while (next < bullets.length && (bullets[next]!.paragraphsBefore as number) <= i) merged.push(asParagraph(bullets[next++]!));
    if (i < doc.paragraphs.length) merged.push(doc.paragraphs[i]!);
  }
  return { ...doc, paragraphs: merged.map((p, order) => (p.order === order ? p : { ...p, order })) };
}
