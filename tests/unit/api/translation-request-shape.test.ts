/**
 * requestShape: what goes into a root field's cache key, and which values are leaves.
 * A small schema stands in for the generated one; the key is read from the `info` graphql-js
 * gives the resolver, as the cache reads it.
 */
import { describe, it, expect } from 'vitest';
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { requestShape, type RequestShape } from '../../../src/api/translation-cache/request-shape.js';

const schema = buildSchema(`
  enum Kind { NGO STATE }
  input Where { name: String, kind: Kind, acronyms: [String!], and: [Where!] }
  type Org { name: String, members(where: Where, limit: Int): [Org!]! }
  type Query { orgs(where: Where, limit: Int): [Org!]!, other(name: String): [Org!]! }
`);

/** The shape of each root field, keyed by response key. */
async function shapes(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, RequestShape | null>> {
  const out: Record<string, RequestShape | null> = {};
  // Root-value functions are called as (args, context, info).
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    out[info.path.key] = requestShape(info);
    return [];
  };
  const res = await execute({ schema, document: parse(query), variableValues: variables, rootValue: { orgs: capture, other: capture } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return out;
}
const shapeOf = async (query: string, variables: Record<string, unknown> = {}) => (await shapes(query, variables)).orgs!;

const BY_NAME = 'query($n: String) { orgs(where: { name: $n }) { name } }';

describe('requestShape', () => {
  it('leaves a String variable out of the key and lists it as a leaf', async () => {
    const a = await shapeOf(BY_NAME, { n: 'MMC' });
    const b = await shapeOf(BY_NAME, { n: 'IOM' });
    expect(a.key).toBe(b.key);
    expect(a.leaves).toEqual(['MMC']);
    expect(b.leaves).toEqual(['IOM']);
  });

  it('tells null, absent and present apart', async () => {
    const present = (await shapeOf(BY_NAME, { n: 'MMC' })).key;
    const nulled = (await shapeOf(BY_NAME, { n: null })).key;
    const absent = (await shapeOf(BY_NAME, {})).key;
    expect(new Set([present, nulled, absent]).size).toBe(3);
  });

  it('keys numbers, enums and booleans by value (a limit may be clamped, @include changes the selection)', async () => {
    const q = 'query($l: Int, $k: Kind, $b: Boolean!) { orgs(limit: $l, where: { kind: $k }) { name @include(if: $b) } }';
    const base = (await shapeOf(q, { l: 5, k: 'NGO', b: true })).key;
    expect((await shapeOf(q, { l: 6, k: 'NGO', b: true })).key).not.toBe(base);
    expect((await shapeOf(q, { l: 5, k: 'STATE', b: true })).key).not.toBe(base);
    expect((await shapeOf(q, { l: 5, k: 'NGO', b: false })).key).not.toBe(base);
    expect((await shapeOf(q, { l: 5, k: 'NGO', b: true })).leaves).toEqual([]);
  });

  it("keys a list's length and an input object's fields, and takes the strings inside them as leaves", async () => {
    const q = 'query($w: Where) { orgs(where: $w) { name } }';
    const two = await shapeOf(q, { w: { acronyms: ['MMC', 'IOM'] } });
    expect(two.leaves).toEqual(['MMC', 'IOM']);
    expect((await shapeOf(q, { w: { acronyms: ['A', 'B'] } })).key).toBe(two.key);
    expect((await shapeOf(q, { w: { acronyms: ['A', 'B', 'C'] } })).key).not.toBe(two.key);
    expect((await shapeOf(q, { w: { name: 'A' } })).key).not.toBe(two.key);
    expect((await shapeOf(q, { w: { acronyms: ['A', 'B'], kind: 'NGO' } })).key).not.toBe(two.key);
  });

  it('keys by value a variable used twice in the field (one use might be transformed)', async () => {
    const q = 'query($n: String) { orgs(where: { name: $n }) { members(where: { name: $n }) { name } } }';
    const a = await shapeOf(q, { n: 'MMC' });
    expect(a.leaves).toEqual([]);
    expect((await shapeOf(q, { n: 'IOM' })).key).not.toBe(a.key);
  });

  it('counts a fragment as often as it is spread', async () => {
    const q = `query($n: String) { orgs { ...F members { ...F } } }
      fragment F on Org { members(where: { name: $n }) { name } }`;
    expect((await shapeOf(q, { n: 'MMC' })).leaves).toEqual([]);
  });

  it('ignores variables used only by other root fields', async () => {
    const q =
      'query($n: String, $o: String, $l: Int) { orgs(where: { name: $n }) { name } other(name: $o) { name } x: orgs(limit: $l) { name } }';
    const a = await shapes(q, { n: 'MMC', o: 'x', l: 1 });
    const b = await shapes(q, { n: 'MMC', o: 'y', l: 2 });
    expect(a.orgs!.key).toBe(b.orgs!.key);
    expect(a.orgs!.leaves).toEqual(['MMC']);
    expect(a.x!.key).not.toBe(b.x!.key);
  });

  it('tells root fields of one document apart by response key', async () => {
    const s = await shapes('{ orgs { name } x: orgs { name } }');
    expect(s.orgs!.key).not.toBe(s.x!.key);
  });

  it('gives back the variables with each leaf replaced, in leaf order', async () => {
    const q = 'query($w: Where, $n: String, $l: Int) { orgs(where: $w, limit: $l) { members(where: { name: $n }) { name } } }';
    const s = await shapeOf(q, { w: { name: 'A', and: [{ acronyms: ['B', 'C'] }] }, n: 'D', l: 3 });
    expect(s.leaves).toEqual(['D', 'A', 'B', 'C']);
    expect(s.withLeaves((i) => `p${i}`)).toEqual({ w: { name: 'p1', and: [{ acronyms: ['p2', 'p3'] }] }, n: 'p0', l: 3 });
  });
});
