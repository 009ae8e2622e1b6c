/** Argument checks shared by the custom resolvers: a clear BAD_USER_INPUT before any query. */
import neo4j, { type Integer } from 'neo4j-driver';
import { badInput } from '../errors.js';

/**
 * A JS number sent as a parameter is a Cypher FLOAT; LIMIT, list slices and APOC's levels
 * want an INTEGER.
 */
export function cypherInt(n: number): Integer {
  return neo4j.int(n);
}

export function intInRange(field: string, name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field}: \`${name}\` must be between ${min} and ${max} (got ${value})`, { argument: name, min, max });
  }
  return value;
}

export function numberInRange(field: string, name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badInput(`${field}: \`${name}\` must be between ${min} and ${max} (got ${value})`, { argument: name, min, max });
  }
  return value;
}

export function nonEmptyId(field: string, name: string, value: string): string {
  const v = value.trim();
  if (v === '' || v.length > 500) throw badInput(`${field}: \`${name}\` must be a node id (1–500 characters)`, { argument: name });
  return v;
}
