import { describe, it, expect } from 'vitest';
import { toMatrix, type CellRow } from '../../../src/api/resolvers/engagement.js';
import { rank } from '../../../src/api/resolvers/drivers.js';
import { DEFAULT_TRAVERSAL_TYPES, MEANINGFUL_TYPES, traversalTypes } from '../../../src/api/cypher/relationship-types.js';
import { DEFAULT_PATH_SEARCHES, shortestPathQuery } from '../../../src/api/cypher/graph.js';
import { NODE_LABELS, type RelationshipType } from '../../../src/graph/model.js';
import { lookupNode } from '../../../src/api/cypher/node-lookup.js';

const s = (id: string) => ({ id, name: id, text: null, speakerKind: null, quantifier: null, speakers: [], citation: null });

describe('engagement matrices', () => {
  it('sums rows and columns by distinct statements, busiest first', () => {
    const cells: CellRow[] = [
      { row: { id: 'org:a', label: 'A', kind: 'ngo' }, column: { id: 't:1', label: 'Sea', kind: null }, statements: [s('s1'), s('s2')] },
      { row: { id: 'org:b', label: 'B', kind: 'ngo' }, column: { id: 't:1', label: 'Sea', kind: null }, statements: [s('s2')] },
      { row: { id: 'org:b', label: 'B', kind: 'ngo' }, column: { id: 't:2', label: 'Charges', kind: null }, statements: [s('s3')] },
    ];
    const m = toMatrix(cells);
    expect(m.rows.map((r) => [r.id, r.total])).toEqual([
      ['org:a', 2],
      ['org:b', 2],
    ]);
    expect(m.columns.map((c) => [c.id, c.total])).toEqual([
      ['t:1', 2],
      ['t:2', 1],
    ]);
    expect(m.cells.map((c) => c.count)).toEqual([2, 1, 1]);
    expect(m.totalStatements).toBe(3);
  });
});

describe('driver ranking', () => {
  it('gives ties the same rank (1, 2, 2, 4)', () => {
    const row = (id: string, speakers: number, statementCount: number, paragraphs: number) => ({
      driver: { id, label: 'DriverOfMigration' as const, name: id, properties: {} },
      speakers,
      statementCount,
      paragraphs,
      raisedIn: [],
      citations: [],
    });
    expect(rank([row('a', 3, 3, 3), row('b', 2, 2, 2), row('c', 2, 2, 2), row('d', 1, 1, 1)]).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe('graph traversal Cypher', () => {
  it('follows everything but document navigation by default', () => {
    expect(DEFAULT_TRAVERSAL_TYPES).not.toContain('NEXT');
    expect(DEFAULT_TRAVERSAL_TYPES).toContain('DRAWS_ON');
    expect(traversalTypes(['MENTIONS', 'MENTIONS'])).toEqual(['MENTIONS']);
    expect(() => traversalTypes(['MENTIONS]->() DETACH DELETE (x'])).toThrow();
  });

  it('writes only checked values into the shortest-path pattern', () => {
    const search = (types: string[]) => [{ types: types as RelationshipType[], throughParagraphs: true }];
    expect(shortestPathQuery(search(['MADE_BY', 'REPRESENTS']), 4)).toContain('[:MADE_BY|REPRESENTS*..4]');
    expect(() => shortestPathQuery(search(['MADE_BY']), 11)).toThrow();
    expect(() => shortestPathQuery(search(['MADE_BY` RETURN 1 //']), 3)).toThrow();
    expect(() => shortestPathQuery(search([]), 3)).toThrow();
  });

  it('looks for a path over what was said first, leaving out the meeting hub, then over everything but navigation', () => {
    expect(MEANINGFUL_TYPES).toEqual(expect.arrayContaining(['MADE_BY', 'REPRESENTS', 'MENTIONS', 'DRAWS_ON']));
    for (const hub of ['PRODUCED', 'PARTICIPATED_IN', 'RECORDS', 'HAS_AGENDA_ITEM', 'HAS_PANEL', 'CHAIRED_BY', 'FOLLOWS', 'OF', 'NEXT']) {
      expect(MEANINGFUL_TYPES).not.toContain(hub);
    }
    // Neighbourhoods still show the meeting.
    expect(DEFAULT_TRAVERSAL_TYPES).toEqual(expect.arrayContaining(['PARTICIPATED_IN', 'PRODUCED']));
    const [first, fallback] = DEFAULT_PATH_SEARCHES;
    expect(first).toEqual({ types: MEANINGFUL_TYPES, throughParagraphs: false });
    expect(fallback).toEqual({ types: DEFAULT_TRAVERSAL_TYPES, throughParagraphs: true });
    const q = shortestPathQuery(DEFAULT_PATH_SEARCHES, 6);
    // Two searches in one query; the second runs only when the first found nothing.
    expect(q.match(/shortestPath\(/g)).toHaveLength(2);
    expect(q.match(/WHERE found IS NULL/g)).toHaveLength(2);
    expect(q.indexOf(`[:${MEANINGFUL_TYPES.join('|')}*..6]`)).toBeLessThan(q.indexOf(`[:${DEFAULT_TRAVERSAL_TYPES.join('|')}*..6]`));
    expect(q.match(/NOT n:Paragraph/g)).toHaveLength(1);
  });

  it('looks a node up through one index seek per label, with the id as a parameter', () => {
    const q = lookupNode('n', '$id');
    expect(q).toContain('MATCH (n:Organization {id: $id}) RETURN n');
    expect(q.match(/UNION/g)?.length).toBe(NODE_LABELS.length - 1);
    expect(() => lookupNode('n) DETACH DELETE (m', '$id')).toThrow();
  });
});
