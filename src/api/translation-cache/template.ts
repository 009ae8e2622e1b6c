/**
 * A compiled query whose parameters can be filled in with new leaf values (request-shape.ts).
 *
 * Which parameter holds which leaf is learnt by compiling the same shape three times: with
 * the request's own values and with two sets of probe strings, different in every leaf. The
 * Cypher must be the same text all three times; each parameter position must either hold a
 * leaf's value in all three (the request's, probe A's and probe B's for the same leaf), or
 * be equal in all three (it came from the document, not from a leaf). Anything else (a leaf
 * transformed, a leaf that changes the text, a leaf that appears nowhere) means the shape is
 * not cached: being unsure costs a translation, never a wrong answer.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Translation } from './translate-hook.js';

type Slot =
  | { kind: 'constant'; value: unknown }
  | { kind: 'leaf'; index: number }
  | { kind: 'list'; items: Slot[] }
  | { kind: 'record'; entries: [string, Slot][] };

export interface Template {
  cypher: string;
  /** The parameters for these leaf values (same order and number as when learnt). */
  params(leaves: readonly string[]): Record<string, unknown>;
  /** Rough size in bytes, for the cache's memory bound. */
  size: number;
}

export interface Compiled {
  translation: Translation;
  leaves: readonly string[];
}

export function learnTemplate(real: Compiled, probeA: Compiled, probeB: Compiled): Template | null {
  const n = real.leaves.length;
  if (probeA.leaves.length !== n || probeB.leaves.length !== n) return null;
  const cypher = real.translation.cypher;
  if (probeA.translation.cypher !== cypher || probeB.translation.cypher !== cypher) return null;
  const probeIndex = new Map(probeA.leaves.map((v, i) => [v, i]));
  if (probeIndex.size !== n || probeA.leaves.some((v, i) => v === probeB.leaves[i])) return null;
  const used = new Array<boolean>(n).fill(false);

  const slot = (r: unknown, a: unknown, b: unknown): Slot | null => {
    if (typeof a === 'string') {
      const i = probeIndex.get(a);
      if (i !== undefined) {
        if (b !== probeB.leaves[i] || r !== real.leaves[i]) return null;
        used[i] = true;
        return { kind: 'leaf', index: i };
      }
    }
    if (Array.isArray(r) && Array.isArray(a) && Array.isArray(b) && r.length === a.length && a.length === b.length) {
      const items: Slot[] = [];
      for (let k = 0; k < r.length; k++) {
        const s = slot(r[k], a[k], b[k]);
        if (!s) return null;
        items.push(s);
      }
      return { kind: 'list', items };
    }
    if (isPlainRecord(r) && isPlainRecord(a) && isPlainRecord(b)) {
      const keys = Object.keys(r);
      if (!sameKeys(keys, a) || !sameKeys(keys, b)) return null;
      const entries: [string, Slot][] = [];
      for (const k of keys) {
        const s = slot(r[k], a[k], b[k]);
        if (!s) return null;
        entries.push([k, s]);
      }
      return { kind: 'record', entries };
    }
    if (isDeepStrictEqual(r, a) && isDeepStrictEqual(a, b)) return { kind: 'constant', value: r };
    return null;
  };

  const root = slot(real.translation.params, probeA.translation.params, probeB.translation.params);
  if (!root || root.kind !== 'record' || used.includes(false)) return null;
  const params = (leaves: readonly string[]) => fill(root, leaves) as Record<string, unknown>;
  // What was learnt must give back each of the three parameter sets exactly.
  for (const c of [real, probeA, probeB]) if (!isDeepStrictEqual(params(c.leaves), c.translation.params)) return null;
  return { cypher, params, size: 2 * (cypher.length + approximateLength(real.translation.params)) };
}

function fill(s: Slot, leaves: readonly string[]): unknown {
  switch (s.kind) {
    case 'constant':
      return s.value;
    case 'leaf':
      return leaves[s.index];
    case 'list':
      return s.items.map((i) => fill(i, leaves));
    case 'record':
      return Object.fromEntries(s.entries.map(([k, v]) => [k, fill(v, leaves)]));
  }
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function sameKeys(keys: string[], o: Record<string, unknown>): boolean {
  const other = Object.keys(o);
  return other.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

function approximateLength(params: Record<string, unknown>): number {
  try {
    return JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)).length;
  } catch {
    return 1024;
  }
}
