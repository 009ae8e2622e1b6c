/**
 * Document → Section → Paragraph (and footnotes) as nodes, numbered as in the UN text, so
 * every other fact can point at the paragraph it came from and a citation reads "…, para. 22"
 * (from a PDF, with the page: "A/HRC/43/15, para. 22 (p. 5)").
 *
 * The other texts evidence may come from are stored too, so every evidence key finds its
 * text: a note is its Footnote ("…, note 1"); an unnumbered block (a delegation list in an
 * annex, a Word table's row) and a title-block line are Paragraph nodes of another `kind`
 * ("annex", "unnumbered" for one in the body, "title";
 * numbered paragraphs are "numbered", so a filter on kind keeps to them), keyed
 * like their evidence (`<documentId>/para:annex-3`, `…/para:title-0`) and cited "…, annex" (or
 * "…, annex II"; one in the body: '…, under "Heading"'), "…, title page". They are Paragraphs because a Paragraph is the unit of citation: every
 * lookup from a relationship's `paragraphs` finds them with the same unique-index seek. They
 * stay out of the NEXT chain and `paragraphCount`, which count the numbered paragraphs.
 */
import type { ParsedDocument, ParsedSection } from '../parse/parsed-document.js';
import type { DocumentFacts } from '../extract/facts.js';
import { ids } from '../../graph/ids.js';
import type { GraphBuilder } from './graph-builder.js';
import { annexKey, footnoteKey, titleKey } from '../extract/citable-texts.js';
import { citedPlaceLabel } from './cited-texts.js';

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The document's own name for citations: its UN symbol, else a short description, else its title. */
export function citationTitle(doc: ParsedDocument, facts: DocumentFacts): string {
  if (doc.symbol) return doc.symbol;
  const m = facts.meeting;
  if (m?.kind && m.subject) {
    const ord = m.ordinal !== null && m.ordinal < ORDINAL_WORDS.length ? `${ORDINAL_WORDS[m.ordinal]} ` : '';
    const when = m.date ? ` (${m.date})` : '';
    return `Summary of the ${ord}${m.kind} on the ${m.subject}${when}`;
  }
  const title = doc.title ?? doc.sourceFile;
  return title.length > 100 ? `${title.slice(0, title.lastIndexOf(' ', 97))}…` : title;
}

export function addStructure(g: GraphBuilder, doc: ParsedDocument, facts: DocumentFacts): void {
  const docId = g.documentId;
  const cite = citationTitle(doc, facts);
  g.addNode('Document', docId, {
    name: cite,
    title: doc.title,
    symbol: doc.symbol,
    date: doc.date,
    kind: facts.document.kind,
    language: facts.document.language,
    sourceFile: baseName(doc.sourceFile),
    checksum: doc.checksum,
    format: doc.format,
    paragraphCount: doc.paragraphs.length,
    titleBlock: doc.titleBlock.join('\n'),
    unnumberedText: doc.unnumbered.map((b) => b.text).join('\n\n'),
    documentId: docId,
  });

  for (const s of doc.sections) {
    const id = ids.section(docId, s.key);
    g.addNode('Section', id, {
      name: s.number ? `${s.number}. ${s.title}` : s.title,
      key: s.key,
      number: s.number,
      title: s.title,
      level: s.level,
      order: s.order,
      documentId: docId,
    });
    g.addRel('HAS_SECTION', docId, id, { documentId: docId });
    if (s.parentKey) g.addRel('HAS_SUBSECTION', ids.section(docId, s.parentKey), id, { documentId: docId });
  }

  for (const f of doc.footnotes) {
    g.addNode('Footnote', ids.footnote(docId, f.number), {
      name: `Footnote ${f.number}`,
      number: f.number,
      text: f.text,
      citation: `${cite}, ${citedPlaceLabel(footnoteKey(f.number))}`,
      documentId: docId,
    });
    g.addRel('HAS_FOOTNOTE', docId, ids.footnote(docId, f.number), { documentId: docId });
  }

  let previous: string | null = null;
  for (const p of doc.paragraphs) {
    const id = ids.paragraph(docId, p.number);
    g.addNode('Paragraph', id, {
      name: `${cite}, para. ${p.number}`,
      number: p.number,
      kind: 'numbered',
      order: p.order,
      text: p.text,
      sectionKey: p.sectionKey,
      citation: `${cite}, para. ${p.number}${pagesNote(p.pages)}`,
      footnoteRefs: p.footnoteRefs,
      pages: p.pages,
      documentId: docId,
    });
    g.addRel('HAS_PARAGRAPH', docId, id, { documentId: docId });
    if (p.sectionKey) g.addRel('CONTAINS', ids.section(docId, p.sectionKey), id, { documentId: docId });
    if (p.parentNumber) g.addRel('HAS_SUBPARAGRAPH', ids.paragraph(docId, p.parentNumber), id, { documentId: docId });
    if (previous) g.addRel('NEXT', previous, id, { documentId: docId });
    for (const ref of p.footnoteRefs) g.addRel('CITES_FOOTNOTE', id, ids.footnote(docId, ref), { documentId: docId });
    previous = id;
  }

  addUnnumberedTexts(g, doc, cite);
}

/**
 * Title-block lines, ordered before the numbered paragraphs, and unnumbered blocks after them
 * (negative and past-the-end `order`), so citations sorted by order follow the document.
 */
const ANNEX_HEADING = /^(annex|appendix)\b(?:\s+([IVXLC]+|\d+|[A-Z])\b)?/i;
const LONGEST_HEADING_IN_CITATION = 80;

/**
 * Where an unnumbered block stands, for its citation: in an annex (a heading over it starts
 * "Annex" or "Appendix": "annex", "annex II"), or else in the body under its nearest
 * heading ('under "Segment 1. Compensation"'), or under none ("unnumbered text"). A Word
 * table's rows or a chair's summary with unnumbered segments are not annexes.
 */
function blockPlace(byKey: ReadonlyMap<string, ParsedSection>, sectionKey: string | null): { kind: 'annex' | 'unnumbered'; label: string } {
  const nearest = sectionKey ? byKey.get(sectionKey) : undefined;
  for (let s = nearest; s; s = s.parentKey ? byKey.get(s.parentKey) : undefined) {
    const m = ANNEX_HEADING.exec(`${s.number ?? ''} ${s.title}`.trim());
    if (m) return { kind: 'annex', label: m[2] ? `${m[1]!.toLowerCase()} ${m[2]}` : m[1]!.toLowerCase() };
  }
  if (!nearest) return { kind: 'unnumbered', label: 'unnumbered text' };
  const heading = `${nearest.number ? `${nearest.number}. ` : ''}${nearest.title}`;
  const shown = heading.length > LONGEST_HEADING_IN_CITATION ? `${heading.slice(0, LONGEST_HEADING_IN_CITATION - 1).trimEnd()}…` : heading;
  return { kind: 'unnumbered', label: `under “${shown}”` };
}

function addUnnumberedTexts(g: GraphBuilder, doc: ParsedDocument, cite: string): void {
  const docId = g.documentId;
  const sections = new Map(doc.sections.map((s) => [s.key, s]));
  const texts = [
    ...doc.titleBlock.map((text, i) => ({ key: titleKey(i), kind: 'title', text, order: i - doc.titleBlock.length, sectionKey: null })),
    ...doc.unnumbered.map((b) => ({
      key: annexKey(b.order),
      ...blockPlace(sections, b.sectionKey),
      text: b.text,
      order: doc.paragraphs.length + b.order,
      sectionKey: b.sectionKey,
    })),
  ];
  for (const t of texts) {
    const id = ids.paragraph(docId, t.key);
    const citation = `${cite}, ${'label' in t ? t.label : citedPlaceLabel(t.key)}`;
    g.addNode('Paragraph', id, {
      name: citation,
      number: t.key,
      kind: t.kind,
      order: t.order,
      text: t.text,
      sectionKey: t.sectionKey,
      citation,
      footnoteRefs: [],
      pages: [],
      documentId: docId,
    });
    g.addRel('HAS_PARAGRAPH', docId, id, { documentId: docId });
    if (t.sectionKey) g.addRel('CONTAINS', ids.section(docId, t.sectionKey), id, { documentId: docId });
  }
}

/**
 * " (p. 5)", " (pp. 5–6)" or " (pp. 5, 7)" after a paragraph number, so a citation can be
 * checked against the printed document; nothing for formats without pages (Markdown).
 */
export function pagesNote(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  if (pages.length === 1) return ` (p. ${pages[0]})`;
  const consecutive = pages.every((n, i) => i === 0 || n === (pages[i - 1] as number) + 1);
  return consecutive ? ` (pp. ${pages[0]}–${pages[pages.length - 1]})` : ` (pp. ${pages.join(', ')})`;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
