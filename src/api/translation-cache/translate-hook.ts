/**
 * The one place that reaches into @neo4j/graphql's internals (pinned at 7.6.3): every
 * generated read resolver (find, connection, full-text, node) compiles its Cypher by calling
 * `translateRead` from dist/translate/translate-read.js, looked up on that module's exports
 * at each call. Replacing that export lets a resolver call that carries a TranslationSlot
 * in its context either record what was compiled, or skip compiling and use Cypher given
 * to it. Calls without a slot (mutations, every request when the cache is off) go to the
 * original function unchanged.
 *
 * The resolver keeps doing everything else itself: the resolve tree, the transaction, and
 * turning records into the answer (connections build edges and page info from it).
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

let installed: boolean | null = null;

/**
 * Replaces translateRead once per process. Returns false (and changes nothing) if this
 * version of @neo4j/graphql no longer has it where expected: the cache then stays off.
 */
export function installTranslateHook(): boolean {
  if (installed !== null) return installed;
  installed = false;
  let mod: TranslateReadModule;
  try {
    const require = createRequire(import.meta.url);
    // The package exports only its index; its files are reached by path from there.
    const dist = path.dirname(require.resolve('@neo4j/graphql'));
    mod = require(path.join(dist, 'translate', 'translate-read.js')) as TranslateReadModule;
  } catch {
    return false;
  }
  const original = mod.translateRead;
  if (typeof original !== 'function') return false;
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
