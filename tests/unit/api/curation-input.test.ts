import { describe, it, expect } from 'vitest';
import { validateCorrection } from '../../../src/api/curation/properties.js';
import { formatEdgeId, parseEdgeId } from '../../../src/api/curation/edge-id.js';
import { mergedAliases } from '../../../src/api/curation/merge.js';

describe('correctNode input', () => {
  it('accepts storable values and null (remove)', () => {
    expect(validateCorrection({ name: 'MMC', kind: null, aliases: ['a', 'b'], confidence: 0.5, anonymous: false })).toEqual({
      name: 'MMC',
      kind: null,
      aliases: ['a', 'b'],
      confidence: 0.5,
      anonymous: false,
    });
  });

  it('refuses identity, odd keys and values Neo4j cannot store', () => {
    expect(() => validateCorrection({ id: 'x' })).toThrow(/`id` cannot be changed/);
    expect(() => validateCorrection({ documentId: 'x' })).toThrow(/cannot be changed/);
    expect(() => validateCorrection({ 'a b': 1 })).toThrow(/not a property name/);
    expect(() => validateCorrection({ nested: { a: 1 } })).toThrow(/must be a string/);
    expect(() => validateCorrection({ mixed: [1, 'a'] })).toThrow(/one kind/);
    expect(() => validateCorrection({ name: '' })).toThrow(/non-empty/);
    expect(() => validateCorrection({})).toThrow(/empty/);
    expect(() => validateCorrection([1])).toThrow(/object/);
  });
});

describe('GraphEdge ids', () => {
  it('round-trip through parse and format', () => {
    const id = 'REPRESENTS:doc:x/person:panellist-1-1->org:mixed-migration-centre@doc:x';
    const ref = parseEdgeId(id);
    expect(ref).toEqual({
      type: 'REPRESENTS',
      source: 'doc:x/person:panellist-1-1',
      target: 'org:mixed-migration-centre',
      documentId: 'doc:x',
    });
    expect(formatEdgeId(ref!)).toBe(id);
  });

  it('are not mistaken for node ids', () => {
    expect(parseEdgeId('org:mixed-migration-centre')).toBeNull();
    expect(parseEdgeId('doc:x/para:13')).toBeNull();
    expect(parseEdgeId('NOT_A_TYPE:a->b@c')).toBeNull();
  });
});

describe('merging organizations', () => {
  it("makes the absorbed organization's names aliases of the kept one", () => {
    expect(
      mergedAliases(
        { name: 'Mixed Migration Centre', acronym: 'MMC', aliases: ['the MMC'] },
        { name: 'MMC Geneva', acronym: 'MMC', aliases: ['Mixed Migration Centre'] },
      ),
    ).toEqual(['MMC Geneva', 'the MMC']);
  });
});
