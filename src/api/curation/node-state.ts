/** A node as an audit record keeps it: enough to put it back with every relationship. */
import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_STATE } from '../cypher/curation.js';
import { first } from './tx.js';

export interface RelationshipRecord {
  type: string;
  /** True when the node is the relationship's start. */
  outgoing: boolean;
  otherId: string;
  otherLabel: string;
  properties: Record<string, unknown>;
}

export interface NodeState {
  id: string;
  label: string;
  properties: Record<string, unknown>;
  relationships: RelationshipRecord[];
}

export async function readNodeState(tx: ManagedTransaction, id: string): Promise<NodeState | undefined> {
  const row = await first<Omit<NodeState, 'id'>>(tx, NODE_STATE, { id });
  return row ? { id, ...row } : undefined;
}
