/** Records of one statement inside a write transaction, as plain objects. */
import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from '../convert.js';

export async function rows<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const res = await tx.run(cypher, params);
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

export async function first<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T | undefined> {
  return (await rows<T>(tx, cypher, params))[0];
}
