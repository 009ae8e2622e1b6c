/**
 * The audit log: every write leaves an AuditEntry node saying who (the editor key's name),
 * when, what, and the state before, written in the same transaction as the write itself,
 * so there is never a write without its record nor a record without its write.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Editor } from '../auth/editor-keys.js';
import type { AuditEntry } from '../generated/resolvers-types.js';
import { CREATE_AUDIT, GET_AUDIT, MARK_UNDONE } from '../cypher/curation.js';
import { first } from './tx.js';

export type AuditAction = 'correctNode' | 'mergeOrganizations' | 'removeFact' | 'undo' | 'ingestDocument';

export interface AuditInput {
  action: AuditAction;
  name: string;
  targets: string[];
  reason: string | null | undefined;
  before?: unknown;
  after?: unknown;
  undoes?: string;
}

export function newAuditId(): string {
  return `audit:${randomUUID()}`;
}

export async function writeAudit(
  tx: ManagedTransaction,
  editor: Editor,
  input: AuditInput,
  id: string = newAuditId(),
): Promise<AuditEntry> {
  const entry: Record<string, unknown> = {
    id,
    name: input.name,
    action: input.action,
    who: editor.name,
    at: new Date().toISOString(),
    targets: input.targets,
  };
  if (input.reason) entry.reason = input.reason;
  if (input.before !== undefined) entry.before = JSON.stringify(input.before);
  if (input.after !== undefined) entry.after = JSON.stringify(input.after);
  if (input.undoes) entry.undoes = input.undoes;
  const row = await first<{ audit: AuditEntry }>(tx, CREATE_AUDIT, { entry });
  return row!.audit;
}

export async function readAudit(tx: ManagedTransaction, id: string): Promise<AuditEntry | undefined> {
  return (await first<{ audit: AuditEntry }>(tx, GET_AUDIT, { id }))?.audit;
}

export async function markUndone(tx: ManagedTransaction, id: string, undoneBy: string): Promise<void> {
  await tx.run(MARK_UNDONE, { id, undoneBy });
}
