/**
 * The typed attribute model that GraphML and GEXF declare up front: one type per property
 * name over the whole graph, inferred from the values. Neo4j integers reach us as JavaScript
 * numbers (the driver runs with disableLosslessIntegers), so a property whose every value is a
 * whole number is an integer (`long`); one fractional value makes it a double. Values of
 * different kinds under one name (a string here, a number there) fall back to string.
 */
import type { SnapshotNode } from './snapshot.js';

export type ScalarType = 'long' | 'double' | 'boolean' | 'string';
export interface AttributeType {
  scalar: ScalarType;
  list: boolean;
}

/**
 * The attributes the writers add of their own, named for what they hold so that no property
 * is ever written over (Topic has a `label` property, organizations a `kind`): a node's Neo4j
 * labels and a relationship's type.
 */
export const NODE_LABELS_ATTRIBUTE = 'labels';
export const EDGE_TYPE_ATTRIBUTE = 'type';

/** Neo4j's own notation (`:Topic`, `:A:B`), as APOC's GraphML export writes it. */
export function labelsText(n: Pick<SnapshotNode, 'labels'>): string {
  return n.labels.map((l) => `:${l}`).join('');
}

export function labelsFromText(text: string): string[] {
  return text.split(':').filter((l) => l !== '');
}

function scalarType(v: unknown): ScalarType | undefined {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'string') return 'string';
  return undefined;
}

function merge(a: ScalarType | undefined, b: ScalarType | undefined): ScalarType | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** Name -> type, names sorted (the order keys are declared in, so output is canonical). */
export function inferAttributes(all: Iterable<Record<string, unknown>>, reserved: string): Map<string, AttributeType> {
  const seen = new Map<string, { scalar: ScalarType | undefined; list: boolean; scalarSeen: boolean }>();
  for (const props of all) {
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined) continue;
      // The model never uses these names; were it to, the export would silently mix two things.
      if (k === reserved) throw new Error(`property "${k}" clashes with the export's own "${reserved}" attribute`);
      const entry = seen.get(k) ?? { scalar: undefined, list: false, scalarSeen: false };
      if (Array.isArray(v)) {
        entry.list = true;
        for (const item of v) entry.scalar = merge(entry.scalar, scalarType(item) ?? 'string');
      } else {
        entry.scalarSeen = true;
        entry.scalar = merge(entry.scalar, scalarType(v) ?? 'string');
      }
      seen.set(k, entry);
    }
  }
  const out = new Map<string, AttributeType>();
  for (const k of [...seen.keys()].sort()) {
    const e = seen.get(k)!;
    // A name holding both lists and scalars is written as text; so is an always-empty list.
    out.set(k, e.list && e.scalarSeen ? { scalar: 'string', list: false } : { scalar: e.scalar ?? 'string', list: e.list });
  }
  return out;
}
