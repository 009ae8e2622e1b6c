/**
 * Evidence keys → the node that holds the text and the words its citation uses, and the
 * nodes the structure step stores so that every kind of key finds its text.
 */
import { describe, expect, it } from 'vitest';
import { annexKey, footnoteKey, placeOfKey, titleKey } from '../../../src/ingest/extract/citable-texts.js';
import { citedPlaceLabel, citedTextId } from '../../../src/ingest/resolve/cited-texts.js';
import { addStructure } from '../../../src/ingest/resolve/structure.js';
import { GraphBuilder } from '../../../src/ingest/resolve/graph-builder.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import type { DocumentFacts } from '../../../src/ingest/extract/facts.js';

describe('evidence key → place', () => {
  it('reads numbers as paragraphs, fn<n> as notes, annex-<n> and title-<n> as annex blocks and title lines', () => {
    expect(placeOfKey('22')).toEqual({ place: 'paragraph' });
    expect(placeOfKey('121.3')).toEqual({ place: 'paragraph' });
    expect(placeOfKey(footnoteKey('1'))).toEqual({ place: 'note', number: '1' });
    expect(placeOfKey(footnoteKey('*'))).toEqual({ place: 'note', number: '*' });
    expect(placeOfKey(annexKey(3))).toEqual({ place: 'annex' });
    expect(placeOfKey(titleKey(0))).toEqual({ place: 'title' });
  });

  it('finds the Footnote node for a note and the Paragraph node for every other key', () => {
    expect(citedTextId('doc:a', '22')).toBe('doc:a/para:22');
    expect(citedTextId('doc:a', 'fn12')).toBe('doc:a/fn:12');
    expect(citedTextId('doc:a', 'annex-3')).toBe('doc:a/para:annex-3');
    expect(citedTextId('doc:a', 'title-0')).toBe('doc:a/para:title-0');
  });

  it('words the place as a UN citation does', () => {
    expect(citedPlaceLabel('121.3')).toBe('para. 121.3');
    expect(citedPlaceLabel('fn1')).toBe('note 1');
    expect(citedPlaceLabel('annex-7')).toBe('annex');
    expect(citedPlaceLabel('title-2')).toBe('title page');
  });
});

describe('structure: every citable text is a node', () => {
  const doc: ParsedDocument = {
    sourceFile: 'x.pdf',
    checksum: 'c',
    format: 'pdf',
    title: 'Report of the Working Group',
    symbol: 'A/HRC/99/1',
    date: null,
    titleBlock: ['United Nations', 'A/HRC/99/1'],
    sections: [
      { key: 's1', number: null, title: 'Annex', level: 1, order: 0, parentKey: null },
      { key: 's1.1', number: null, title: 'Composition of the delegation', level: 2, order: 1, parentKey: 's1' },
    ],
    paragraphs: [{ number: '1', order: 0, text: 'One.', sectionKey: null, parentNumber: null, items: [], footnoteRefs: ['1'], pages: [2] }],
    footnotes: [{ number: '1', text: 'The stakeholders listed below.' }],
    unnumbered: [{ order: 0, sectionKey: 's1.1', text: 'Ms. A B, Director;' }],
  };
  const facts = { document: { kind: 'report', language: 'en' }, meeting: null } as unknown as DocumentFacts;
  const g = new GraphBuilder('doc:a-hrc-99-1');
  addStructure(g, doc, facts);
  const graph = g.build('h');
  const node = (id: string) => graph.nodes.find((n) => n.properties.id === id);

  it('cites a note as "<document>, note <n>"', () => {
    expect(node('doc:a-hrc-99-1/fn:1')?.properties).toMatchObject({
      citation: 'A/HRC/99/1, note 1',
      text: 'The stakeholders listed below.',
    });
  });

  it('stores annex blocks and title lines as Paragraphs with a kind, keyed like their evidence, outside the NEXT chain', () => {
    const annex = node(citedTextId('doc:a-hrc-99-1', annexKey(0)));
    expect(annex?.label).toBe('Paragraph');
    expect(annex?.properties).toMatchObject({
      kind: 'annex',
      citation: 'A/HRC/99/1, annex',
      text: 'Ms. A B, Director;',
      number: 'annex-0',
    });
    const title = node(citedTextId('doc:a-hrc-99-1', titleKey(1)));
    expect(title?.properties).toMatchObject({ kind: 'title', citation: 'A/HRC/99/1, title page', text: 'A/HRC/99/1' });
    // Document order: title lines, numbered paragraphs, annex blocks.
    expect((title!.properties.order as number) < 0 && (annex!.properties.order as number) > 0).toBe(true);
    expect(graph.relationships.filter((r) => r.type === 'NEXT')).toEqual([]);
    expect(node('doc:a-hrc-99-1')?.properties.paragraphCount).toBe(1);
    expect(
      graph.relationships.some((r) => r.type === 'CONTAINS' && r.start === 'doc:a-hrc-99-1/sec:s1.1' && r.end === annex!.properties.id),
    ).toBe(true);
  });
});

describe('structure: an unnumbered block is cited by where it stands', () => {
  const citationOf = (sections: ParsedDocument['sections'], sectionKey: string | null) => {
    const doc = {
      sourceFile: 'x.docx',
      checksum: 'c',
      format: 'docx',
      title: 'A list',
      symbol: 'E/CN.99/2',
      date: null,
      titleBlock: [],
      sections,
      paragraphs: [],
      footnotes: [],
      unnumbered: [{ order: 0, sectionKey, text: 'Row one | Accepted' }],
    } as ParsedDocument;
    const g = new GraphBuilder('doc:e-cn-99-2');
    addStructure(g, doc, { document: { kind: 'report', language: 'en' }, meeting: null } as unknown as DocumentFacts);
    return g.build('h').nodes.find((n) => n.properties.id === citedTextId('doc:e-cn-99-2', annexKey(0)))!.properties;
  };
  const section = (key: string, title: string, parentKey: string | null = null, number: string | null = null) => ({
    key,
    number,
    title,
    level: parentKey ? 2 : 1,
    order: 0,
    parentKey,
  });

  it('names the annex by its numeral', () => {
    expect(citationOf([section('a2', 'Annex II'), section('a2.1', 'Speakers', 'a2')], 'a2.1')).toMatchObject({
      kind: 'annex',
      citation: 'E/CN.99/2, annex II',
    });
    expect(citationOf([section('ap', 'Appendix')], 'ap')).toMatchObject({ kind: 'annex', citation: 'E/CN.99/2, appendix' });
  });

  it('cites a block of the body by the heading it stands under, never as an annex', () => {
    expect(citationOf([section('III', 'Outcome of the review', null, 'III')], 'III')).toMatchObject({
      kind: 'unnumbered',
      citation: 'E/CN.99/2, under “III. Outcome of the review”',
    });
    // "Annexed" or a heading that only mentions an annex is not one.
    expect(citationOf([section('s', 'Documents annexed to the report')], 's')).toMatchObject({ kind: 'unnumbered' });
  });

  it('says "unnumbered text" for a block under no heading (a Word table before any heading)', () => {
    expect(citationOf([], null)).toMatchObject({ kind: 'unnumbered', citation: 'E/CN.99/2, unnumbered text' });
  });
});
