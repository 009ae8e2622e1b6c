/**
 * Translate once per operation shape: the generated read resolvers compile GraphQL to Cypher
 * on every request (2–5 ms of CPU, more than most of these queries take in Neo4j). The cache
 * keeps, per shape (request-shape.ts), the Cypher and a way to fill in its parameters
 * (template.ts), and hands them to the resolver through translate-hook.ts; the resolver
 * still builds its resolve tree, runs the query in its own transaction and shapes the answer.
 *
 * It sits inside execution: parsing, validation and graphql-armor's limits have already run.
 * A shape is learnt the second time it is seen (a one-off query costs no extra translations),
 * then by two probe translations that never reach the database. Bounded by entries and
 * bytes (lru-cache), so many distinct documents only evict one another.
 */
import { getArgumentValues, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { isDeepStrictEqual } from 'node:util';
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import {
  deferResolveTree,
  installTranslateHook,
  TRANSLATION_SLOT,
  TranslationAborted,
  type Translation,
  type TranslationSlot,
} from './translate-hook.js';
import { requestShape, type RequestShape } from './request-shape.js';
import { learnTemplate, type Template } from './template.js';

export interface TranslationCacheOptions {
  /** Shapes kept (default 1,000). */
  maxEntries?: number;
  /** Bytes of keys, Cypher and parameters kept (default 16 MiB; the keys seen once get a quarter of that besides). */
  maxBytes?: number;
  /** Also translate on every hit and compare (tests): a difference is counted and the fresh translation used. */
  verify?: boolean;
}

export interface TranslationCacheStats {
  /** Requests answered with cached Cypher. */
  hits: number;
  /** Requests translated as usual (first sighting, unkeyable, or not cacheable). */
  translated: number;
  /** Shapes learnt. */
  learnt: number;
  /** Shapes found not cacheable (kept, so they are not probed again). */
  refused: number;
  /** verify: hits whose cached Cypher or parameters differed from a fresh translation. */
  mismatches: number;
}

type Entry = { template: Template } | { template: null };
type Resolver = GraphQLFieldResolver<unknown, Record<PropertyKey, unknown>>;

export class TranslationCache {
  readonly stats: TranslationCacheStats = { hits: 0, translated: 0, learnt: 0, refused: 0, mismatches: 0 };
  readonly enabled: boolean;
  private readonly entries: LRUCache<string, Entry>;
  /** Keys seen once: a shape is learnt on its second request. */
  private readonly seen: LRUCache<string, true>;
  private readonly learning = new Set<string>();
  private readonly verify: boolean;
  private readonly nonce = randomBytes(6).toString('hex');

  constructor(opts: TranslationCacheOptions = {}) {
    const maxBytes = opts.maxBytes ?? 16 * 1024 * 1024;
    this.entries = new LRUCache({
      max: opts.maxEntries ?? 1000,
      maxSize: maxBytes,
      sizeCalculation: (e, key) => 2 * key.length + (e.template?.size ?? 0) + 64,
    });
    this.seen = new LRUCache({ max: opts.maxEntries ?? 1000, maxSize: maxBytes / 4, sizeCalculation: (_v, key) => 2 * key.length + 64 });
    this.verify = opts.verify ?? false;
    this.enabled = installTranslateHook();
  }

  /** Shapes held (learnt or found not cacheable). */
  get size(): number {
    return this.entries.size;
  }

  /** The resolver of a generated Query field, answering from the cache when it can. */
  wrap(resolve: Resolver): Resolver {
    if (!this.enabled) return resolve;
    return async (root, args, ctx, info) => {
      const call: Call = { resolve, root, args, ctx, info };
      // Authorization rules would make the Cypher depend on who asks; this API sets none.
      const shape = ctx.jwt || ctx.token ? null : shapeOf(info);
      if (!shape) return this.translated(call);
      const entry = this.entries.get(shape.key);
      if (entry?.template) return this.fromCache(entry.template, shape, call);
      if (entry || this.learning.has(shape.key)) return this.translated(call);
      if (!this.seen.has(shape.key)) {
        this.seen.set(shape.key, true);
        return this.translated(call);
      }
      return this.learn(shape, call);
    };
  }

  private translated({ resolve, root, args, ctx, info }: Call) {
    this.stats.translated++;
    return resolve(root, args, ctx, info);
  }

  private async fromCache(template: Template, shape: RequestShape, call: Call): Promise<unknown> {
    const { resolve, root, args, ctx, info } = call;
    this.stats.hits++;
    let translation: Translation = { cypher: template.cypher, params: template.params(shape.leaves) };
    if (this.verify) {
      const fresh = await this.compile(call);
      if (!fresh || fresh.cypher !== translation.cypher || !isDeepStrictEqual(fresh.params, translation.params)) {
        this.stats.mismatches++;
        if (fresh) translation = fresh;
      }
    }
    const slot: TranslationSlot = { mode: 'use', translation, used: false };
    // The resolve tree is what the translation was compiled from: not needed unless the
    // resolver shapes its answer from it (connections do).
    deferResolveTree(info);
    return resolve(root, args, { ...ctx, [TRANSLATION_SLOT]: slot }, info);
  }

  /** Second sighting: answer with a recorded translation, then probe twice and keep the template. */
  private async learn(shape: RequestShape, call: Call): Promise<unknown> {
    const { resolve, root, args, ctx, info } = call;
    this.learning.add(shape.key);
    try {
      this.stats.translated++;
      const slot: TranslationSlot = { mode: 'record', abort: false, recorded: [] };
      const result = await resolve(root, args, { ...ctx, [TRANSLATION_SLOT]: slot }, info);
      const real = slot.recorded.length === 1 ? slot.recorded[0]! : null;
      // The answer is ready: whatever goes wrong while probing only leaves the shape uncached.
      const template = real ? await this.probe(shape, real, call).catch(() => null) : null;
      this.entries.set(shape.key, { template });
      if (template) this.stats.learnt++;
      else this.stats.refused++;
      return result;
    } finally {
      this.learning.delete(shape.key);
    }
  }

  private async probe(shape: RequestShape, real: Translation, call: Call): Promise<Template | null> {
    const { info } = call;
    const compiled = [];
    for (const tag of ['a', 'b']) {
      const leaves = shape.leaves.map((_v, i) => `kg-probe-${this.nonce}-${tag}-${i}`);
      const variableValues = shape.withLeaves((i) => leaves[i]!);
      const field = info.parentType.getFields()[info.fieldName];
      if (!field) return null;
      const probeInfo: GraphQLResolveInfo = { ...info, variableValues };
      const args = getArgumentValues(field, info.fieldNodes[0]!, variableValues);
      const translation = await this.compile({ ...call, args, info: probeInfo });
      if (!translation) return null;
      compiled.push({ translation, leaves });
    }
    return learnTemplate({ translation: real, leaves: shape.leaves }, compiled[0]!, compiled[1]!);
  }

  /** The translation the resolver would send for these arguments; nothing is run. */
  private async compile({ resolve, root, args, ctx, info }: Call): Promise<Translation | null> {
    const slot: TranslationSlot = { mode: 'record', abort: true, recorded: [] };
    try {
      await resolve(root, args, { ...ctx, [TRANSLATION_SLOT]: slot }, info);
    } catch (err) {
      if (!(err instanceof TranslationAborted)) return null;
    }
    return slot.recorded.length === 1 ? slot.recorded[0]! : null;
  }
}

/** One resolver call, as graphql-js makes it, with the resolver it is for. */
interface Call {
  resolve: Resolver;
  root: unknown;
  args: Record<string, unknown>;
  ctx: Record<PropertyKey, unknown>;
  info: GraphQLResolveInfo;
}

/** A request's shape, or null (not cached) if it cannot be read. */
function shapeOf(info: GraphQLResolveInfo): RequestShape | null {
  try {
    return requestShape(info);
  } catch {
    return null;
  }
}
