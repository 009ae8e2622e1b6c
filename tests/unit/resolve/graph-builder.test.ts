import { describe, it, expect } from 'vitest';
import { GraphBuilder, compareParagraphNumbers } from '../../../src/ingest/resolve/graph-builder.js';

describe('GraphBuilder', () => {
  it('keeps one node per id and merges what later visits add without overwriting values', () => {
    const g = new GraphBuilder('doc:x');
    g.addNode('Organization', 'org:a', { name: 'A', acronym: null, aliases: ['x'] });
    g.addNode('Organization', 'org:a', { name: 'Other', acronym: 'AA', aliases: ['y', 'x'] });
    const graph = g.build('h');
    expect(graph.nodes).toHaveLength(1);
    expect(graph.nodes[0]!.properties).toMatchObject({ id: 'org:a', name: 'A', acronym: 'AA', aliases: ['x', 'y'] });
  });

  it('keeps one relationship per type and endpoints, accumulating paragraphs in numeric order', () => {
    const g = new GraphBuilder('doc:x');
    g.addNode('Paragraph', 'p', {});
    g.addNode('Concept', 'c', {});
    g.addRel('MENTIONS', 'p', 'c', { paragraphs: ['10'] });
    g.addRel('MENTIONS', 'p', 'c', { paragraphs: ['9', '121.2'] });
    const graph = g.build('h');
    expect(graph.relationships).toHaveLength(1);
    expect(graph.relationships[0]!.properties.paragraphs).toEqual(['9', '10', '121.2']);
    expect(graph.relationships[0]!.properties.documentId).toBe('doc:x');
  });

  it('drops relationships whose endpoints were never created, and self-loops', () => {
    const g = new GraphBuilder('doc:x');
    g.addNode('Paragraph', 'p', {});
    g.addRel('MENTIONS', 'p', 'missing');
    g.addRel('NEXT', 'p', 'p');
    expect(g.build('h').relationships).toEqual([]);
  });

  it('is deterministic whatever order facts arrive in', () => {
    const build = (order: string[]) => {
      const g = new GraphBuilder('d');
      for (const id of order) g.addNode('Concept', id, { name: id });
      for (const id of order) g.addRel('MENTIONS', order[0]!, id);
      return JSON.stringify(g.build('h'));
    };
    expect(build(['a', 'b', 'c'])).not.toBe(build(['b', 'c', 'a'])); // different hub node
    expect(build(['a', 'c', 'b'])).toBe(build(['a', 'b', 'c']));
  });
});

describe('compareParagraphNumbers', () => {
  it('orders dotted paragraph numbers numerically', () => {
    expect(['122.10', '2', '121.2', '10', '121', '122.9'].sort(compareParagraphNumbers)).toEqual([
      '2',
      '10',
      '121',
      '121.2',
      '122.9',
      '122.10',
    ]);
  });
});
