import { describe, it, expect } from 'vitest';
import { applyCuration, parseCuration, CurationError } from '../../../src/ingest/curate/index.js';
import type { DocumentGraph } from '../../../src/graph/model.js';

const graph = (): DocumentGraph => ({
  documentId: 'doc:d',
  ingestHash: 'h',
  nodes: [
    { id: 'org:a', label: 'Organization', properties: { id: 'org:a', name: 'A' } },
    { id: 'doc:d/stmt:1', label: 'Statement', properties: { id: 'doc:d/stmt:1', documentId: 'doc:d' } },
  ],
  relationships: [{ type: 'MADE_BY', start: 'doc:d/stmt:1', end: 'org:a', properties: { documentId: 'doc:d' } }],
});

describe('curation files', () => {
  it('corrects, adds and removes facts, marking them curated', () => {
    const c = parseCuration(
      JSON.stringify({
        operations: [
          { op: 'set', id: 'org:a', properties: { kind: 'ngo' } },
          { op: 'add-node', label: 'Organization', id: 'org:b', properties: { name: 'B' } },
          { op: 'add-relationship', type: 'MADE_BY', start: 'doc:d/stmt:1', end: 'org:b' },
          { op: 'remove-relationship', type: 'MADE_BY', start: 'doc:d/stmt:1', end: 'org:a' },
        ],
      }),
      'c.json',
    );
    const out = applyCuration(graph(), c, 'c.json');
    expect(out.nodes.find((n) => n.id === 'org:a')!.properties).toMatchObject({ kind: 'ngo', curated: true });
    expect(out.relationships).toEqual([
      { type: 'MADE_BY', start: 'doc:d/stmt:1', end: 'org:b', properties: { method: 'curated', confidence: 1, documentId: 'doc:d' } },
    ]);
  });

  it('removing a node removes its relationships', () => {
    const out = applyCuration(graph(), parseCuration('{"operations":[{"op":"remove","id":"org:a"}]}', 'c.json'), 'c.json');
    expect(out.nodes.map((n) => n.id)).toEqual(['doc:d/stmt:1']);
    expect(out.relationships).toEqual([]);
  });

  it('rejects malformed files with the file and the place of the problem', () => {
    expect(() => parseCuration('{', 'x.json')).toThrow(/x\.json: curation file is not valid JSON/);
    expect(() => parseCuration('{"operations":[{"op":"explode"}]}', 'x.json')).toThrow(
      /x\.json: invalid curation file at operations\.0\.op/,
    );
    expect(() => parseCuration('{"operations":[{"op":"add-node","label":"Nope","id":"n","properties":{}}]}', 'x.json')).toThrow(
      CurationError,
    );
  });

  it('refuses an operation on a node that is not there, rather than silently doing nothing', () => {
    const c = parseCuration('{"operations":[{"op":"set","id":"org:zzz","properties":{"kind":"ngo"}}]}', 'x.json');
    expect(() => applyCuration(graph(), c, 'x.json')).toThrow(/operation 1 \(set\): no node with id "org:zzz"/);
  });
});
