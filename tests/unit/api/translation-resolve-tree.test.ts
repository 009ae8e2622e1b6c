/**
 * The resolve tree of a resolver call answered from the translation cache is built only if
 * something reads it (translate-hook.ts): @neo4j/graphql's own getNeo4jResolveTree, called
 * as its resolvers call it, on a real GraphQLResolveInfo. What it builds is counted through
 * graphql-parse-resolve-info, which it calls once per tree.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { graphql, buildSchema, type GraphQLResolveInfo } from 'graphql';
import { deferResolveTree, installTranslateHook } from '../../../src/api/translation-cache/translate-hook.js';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@neo4j/graphql'));
const treeModule = require(path.join(dist, 'utils', 'get-neo4j-resolve-tree.js')) as {
  default: (info: GraphQLResolveInfo, options?: { args?: Record<string, unknown> }) => Record<string, unknown>;
};
const parseModule = require(require.resolve('graphql-parse-resolve-info', { paths: [dist] })) as {
  parseResolveInfo: (...a: unknown[]) => unknown;
};

let parses = 0;

/** The info graphql-js hands the root field's resolver for this document. */
async function infoFor(document: string): Promise<GraphQLResolveInfo> {
  const schema = buildSchema(`type Query { things(where: String, limit: Int): [Thing!]! }  type Thing { name: String, parts: [Thing!]! }`);
  let captured: GraphQLResolveInfo | null = null;
  const rootValue = {
    things: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      captured = info;
      return [];
    },
  };
  const result = await graphql({ schema, source: document, rootValue });
  expect(result.errors).toBeUndefined();
  return captured!;
}

describe('the resolve tree of a call answered from the cache', () => {
  beforeAll(() => {
    expect(installTranslateHook()).toBe(true);
    const original = parseModule.parseResolveInfo;
    parseModule.parseResolveInfo = (...a: unknown[]) => {
      parses++;
      return original(...a);
    };
  });

  const document = `{ things(where: "x", limit: 3) { name parts { name } } }`;

  it('is built at once for a call that is not marked', async () => {
    const info = await infoFor(document);
    parses = 0;
    const tree = treeModule.default(info, { args: { where: 'x', limit: 3 } });
    expect(parses).toBe(1);
    expect(tree.name).toBe('things');
  });

  it('is not built for a marked call until read, and then is the same tree', async () => {
    const plain = treeModule.default(await infoFor(document), { args: { where: 'x', limit: 3 } });
    const info = await infoFor(document);
    deferResolveTree(info);
    parses = 0;
    const tree = treeModule.default(info, { args: { where: 'x', limit: 3 } });
    expect(parses).toBe(0);
    // Read as the resolvers read it (a property, a spread, its keys), built once.
    expect(tree.args).toEqual(plain.args);
    expect({ ...tree }).toEqual(plain);
    expect(Object.keys(tree).sort()).toEqual(Object.keys(plain).sort());
    expect(parses).toBe(1);
  });

  it('takes writes (full-text resolvers add args.options to it)', async () => {
    const info = await infoFor(document);
    deferResolveTree(info);
    const tree = treeModule.default(info, { args: { where: 'x', limit: 3 } }) as { args: Record<string, unknown>; extra?: number };
    tree.extra = 1;
    tree.args.options = { limit: 3 };
    expect(tree.extra).toBe(1);
    expect(tree.args.options).toEqual({ limit: 3 });
  });
});
