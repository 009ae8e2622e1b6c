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
    sections: [{ key: 's1', number: null, title: 'Composition of the delegation', level: 1, order: 0, parentKey: null }],
    paragraphs: [{ number: '1', order: 0, text: 'One.', sectionKey: null, parentNumber: null, items: [], footnoteRefs: ['1'], pages: [2] }],
    footnotes: [{ number: '1', text: 'The stakeholders listed below.' }],
    unnumbered: [{ order: 0, sectionKey: 's1', text: 'Ms. A B, Director;' }],
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
      graph.relationships.some((r) => r.type === 'CONTAINS' && r.start === 'doc:a-hrc-99-1/sec:s1' && r.end === annex!.properties.id),
    ).toBe(true);
  });
});
