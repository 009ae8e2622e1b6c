/**
 * What correctNode may write: property names that are plain identifiers, never `id` or
 * `documentId` (identity and ownership: changing them would orphan the node from its
 * document or break re-ingestion), and values Neo4j can store (a string, number, boolean,
 * or a list of one of them); null removes the property.
 */
import { badInput } from '../errors.js';

export type StoredValue = string | number | boolean | string[] | number[] | boolean[] | null;

const PROTECTED = new Set(['id', 'documentId', 'ingestHash', 'mergedBy']);
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_KEYS = 50;
const MAX_STRING = 100_000;

export function validateCorrection(set: unknown): Record<string, StoredValue> {
  if (set === null || typeof set !== 'object' || Array.isArray(set))
    throw badInput('correctNode: `set` must be an object of property: value');
  const entries = Object.entries(set as Record<string, unknown>);
  if (entries.length === 0) throw badInput('correctNode: `set` is empty');
  if (entries.length > MAX_KEYS) throw badInput(`correctNode: at most ${MAX_KEYS} properties at once`);
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of entries) {
    if (!KEY.test(key)) throw badInput(`correctNode: "${key.slice(0, 64)}" is not a property name (letters, digits, _)`);
    if (PROTECTED.has(key)) throw badInput(`correctNode: \`${key}\` cannot be changed`);
    if (key === 'name' && (typeof value !== 'string' || value.trim() === ''))
      throw badInput('correctNode: `name` must be a non-empty string');
    out[key] = storable(key, value);
  }
  return out;
}

function storable(key: string, value: unknown): StoredValue {
  if (value === null) return null;
  if (typeof value === 'string') {
    if (value.length > MAX_STRING) throw badInput(`correctNode: \`${key}\` is longer than ${MAX_STRING} characters`);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badInput(`correctNode: \`${key}\` must be a finite number`);
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const kinds = new Set(value.map((v) => typeof v));
    if (value.length === 0) return [] as string[];
    if (kinds.size === 1 && ['string', 'number', 'boolean'].includes([...kinds][0]!)) return value as string[] | number[] | boolean[];
    throw badInput(`correctNode: \`${key}\` must be a list of strings, numbers or booleans (one kind)`);
  }
  throw badInput(`correctNode: \`${key}\` must be a string, number, boolean, list of one of them, or null`);
}
