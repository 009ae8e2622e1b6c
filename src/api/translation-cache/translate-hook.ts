/**
 * The one place that reaches into @neo4j/graphql's internals (pinned at 7.6.3): every
 * generated read resolver (find, connection, full-text, node) compiles its Cypher by calling
 * `translateRead` from dist/translate/translate-read.js, looked up on that module's exports
 * at each call. Replacing that export lets a resolver call that carries a TranslationSlot
 * in its context either record what was compiled, or skip compiling and use Cypher given
 * to it. Calls without a slot (mutations, every request when the cache is off) go to the
 * original function unchanged.
 *
 * The resolver keeps doing everything else itself: the transaction, and turning records into
 * the answer (connections build edges and page info from it). The resolve tree (the parsed
 * selection, `getNeo4jResolveTree` in dist/utils/get-neo4j-resolve-tree.js, the same kind of
 * export) is what translateRead compiles from: a find resolver answered from the cache
 * builds it for nothing, at a cost that grows with the selection (the panellists query of
 * bench/api.ts: about a tenth of the API's own CPU). For a call marked with
 * deferResolveTree() it is built only if something reads it (connections and full-text
 * results shape their answer from it), so nothing changes but when the work is done.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Translation {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Put in a resolver call's context under TRANSLATION_SLOT. `use`: answer translateRead
 * with this translation (once). `record`: translate and keep the result in `recorded`;
 * with `abort`, then throw TranslationAborted so that nothing is sent to the database.
 */
export type TranslationSlot =
  { mode: 'use'; translation: Translation; used: boolean } | { mode: 'record'; abort: boolean; recorded: Translation[] };

export const TRANSLATION_SLOT: unique symbol = Symbol('kg.translationSlot');

/** Thrown by translateRead in `record` + `abort` mode: the probe is done, run nothing. */
export class TranslationAborted extends Error {
  constructor() {
    super('translation recorded; execution skipped');
  }
}

type TranslateRead = (input: { context: Record<PropertyKey, unknown> } & Record<string, unknown>) => Translation;
interface TranslateReadModule {
  translateRead: TranslateRead;
}

type ResolveTree = (info: object, options?: unknown) => object;
interface ResolveTreeModule {
  default: ResolveTree;
}

/** Resolver calls (their info) whose resolve tree is built on first use only. */
const deferred = new WeakSet<object>();

/** This resolver call's resolve tree is built only if read (it answers from a cached translation). */
export function deferResolveTree(info: object): void {
  deferred.add(info);
}

let installed: boolean | null = null;

/**
 * Replaces translateRead once per process. Returns false (and changes nothing) if this
 * version of @neo4j/graphql no longer has it where expected: the cache then stays off.
 */
export function installTranslateHook(): boolean {
  if (installed !== null) return installed;
  installed = false;
  let mod: TranslateReadModule;
  let tree: ResolveTreeModule;
  try {
    const require = createRequire(import.meta.url);
    // The package exports only its index; its files are reached by path from there.
    const dist = path.dirname(require.resolve('@neo4j/graphql'));
    mod = require(path.join(dist, 'translate', 'translate-read.js')) as TranslateReadModule;
    tree = require(path.join(dist, 'utils', 'get-neo4j-resolve-tree.js')) as ResolveTreeModule;
  } catch {
    return false;
  }
  const original = mod.translateRead;
  const originalTree = tree.default;
  if (typeof original !== 'function' || typeof originalTree !== 'function') return false;
  tree.default = function resolveTreeOnFirstUse(info, options) {
    if (!deferred.has(info)) return originalTree(info, options);
    let built: object | null = null;
    return lazyObject(() => (built ??= originalTree(info, options)));
  };
  mod.translateRead = function translateReadWithSlot(input) {
    const slot = input.context[TRANSLATION_SLOT] as TranslationSlot | undefined;
    if (!slot) return original(input);
    if (slot.mode === 'use' && !slot.used) {
      slot.used = true;
      return slot.translation;
    }
    const translation = original(input);
    if (slot.mode === 'record') {
      slot.recorded.push(translation);
      if (slot.abort) throw new TranslationAborted();
    }
    return translation;
  };
  installed = true;
  return true;
}

/**
 * An object that stands for `make()`'s result, calling it on the first operation of any kind
 * (reading, writing, listing keys…) and forwarding every operation to it from then on.
 */
function lazyObject(make: () => object): object {
  const forward =
    <K extends keyof ProxyHandler<object>>(trap: K) =>
    (_target: object, ...rest: unknown[]) =>
      (Reflect[trap as keyof typeof Reflect] as (...a: unknown[]) => unknown)(make(), ...rest);
  const traps = ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'deleteProperty'] as const;
  return new Proxy({}, Object.fromEntries(traps.map((t) => [t, forward(t)])) as ProxyHandler<object>);
}
