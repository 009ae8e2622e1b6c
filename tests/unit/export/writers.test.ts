import { describe, it, expect } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { render, renderCsv } from '../../../src/export/index.js';
import type { GraphSnapshot } from '../../../src/export/snapshot.js';

const snapshot: GraphSnapshot = {
  nodes: [
    { id: 'org:a', labels: ['Organization'], properties: { aliases: ['A & Co', '<b>'], id: 'org:a', name: 'A "quoted" <org>' } },
    { id: 'p:1', labels: ['Paragraph'], properties: { id: 'p:1', name: 'para 1', number: '1', order: 0, text: 'Line one,\nline "two"' } },
  ],
  relationships: [
    { type: 'MENTIONS', start: 'p:1', end: 'org:a', properties: { confidence: 0.9, documentId: 'doc:d', paragraphs: ['1'] } },
  ],
};

// graphology's XML parsers expect the browser's DOMParser.
(globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;

describe('export writers', () => {
  it('JSON has the documented shape and parses back to the same data', () => {
    const parsed = JSON.parse(render('json', snapshot));
    expect(parsed).toEqual({ nodes: snapshot.nodes, relationships: snapshot.relationships });
  });

  it('GraphML is valid XML that a GraphML reader loads with every node, edge and escaped value', () => {
    const g = parseGraphml(MultiDirectedGraph, render('graphml', snapshot));
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    expect(g.getNodeAttribute('org:a', 'name')).toBe('A "quoted" <org>');
    expect(g.getNodeAttribute('org:a', 'labels')).toBe(':Organization');
    expect(JSON.parse(g.getNodeAttribute('org:a', 'aliases'))).toEqual(['A & Co', '<b>']);
    expect(g.getNodeAttribute('p:1', 'order')).toBe(0);
  });

  it('GraphML declares each key id once, even beside a property named label', () => {
    const topic = { id: 't:1', labels: ['Topic'], properties: { id: 't:1', label: 'b', name: 'a topic', order: 3 } };
    const xml = render('graphml', { nodes: [...snapshot.nodes, topic], relationships: [] });
    const ids = [...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const g = parseGraphml(MultiDirectedGraph, xml);
    expect(g.getNodeAttribute('t:1', 'label')).toBe('b');
    expect(g.getNodeAttribute('t:1', 'labels')).toBe(':Topic');
    expect(xml).toMatch(/<key id="n_order" for="node" attr.name="order" attr.type="long"\/>/);
  });

  it('GEXF 1.3 with the right viz namespace, and no property written over', () => {
    const org = { id: 'o:1', labels: ['Organization'], properties: { id: 'o:1', kind: 'ngo', name: 'An NGO' } };
    const xml = render('gexf', { nodes: [...snapshot.nodes, org], relationships: snapshot.relationships });
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const g = parseGexf(MultiDirectedGraph, xml);
    expect(g.getNodeAttribute('o:1', 'kind')).toBe('ngo');
    expect(g.getNodeAttribute('o:1', 'labels')).toBe(':Organization');
  });

  it('GEXF loads back with labels and edge types', () => {
    const g = parseGexf(MultiDirectedGraph, render('gexf', snapshot));
    expect(g.order).toBe(2);
    expect(g.getNodeAttribute('org:a', 'label')).toBe('A "quoted" <org>');
    const [edge] = g.edges();
    expect(g.getEdgeAttribute(edge!, 'type')).toBe('MENTIONS');
  });

  it('CSV gives the two tables Kumu imports, quoting what needs quoting', () => {
    const { elements, connections } = renderCsv(snapshot);
    expect(elements.split('\n')[0]).toBe('ID,Label,Type,Description,Properties');
    expect(elements).toContain('"Line one,\nline ""two"""');
    expect(connections.split('\n')[1]).toMatch(/^p:1,org:a,MENTIONS,doc:d,/);
  });

  it('renders the same snapshot to the same bytes', () => {
    for (const f of ['json', 'graphml', 'gexf'] as const) expect(render(f, snapshot)).toBe(render(f, structuredClone(snapshot)));
  });
});
