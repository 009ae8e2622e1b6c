/**
 * Schema first, before any write: a uniqueness constraint on every label's `id` (MERGE
 * relies on it for speed and for never creating a duplicate), look-up indexes on
 * `documentId` (re-ingestion replaces a document's part of the graph through them) and on
 * what the timelines join by value (a meeting's subject, a place's name), and the
 * full-text indexes the API searches. Every statement is IF NOT EXISTS: running it twice is
 * harmless.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../graph/model.js';
import type { Database } from './connection.js';

/** Labels whose `name` the `node_names` full-text index covers (all but the text-bearing structure). */
const NAMED_LABELS = NODE_LABELS.filter((l) => l !== 'Paragraph' && l !== 'Footnote');

export const FULLTEXT_INDEXES = {
  paragraphText: 'paragraph_text',
  nodeNames: 'node_names',
  statementText: 'statement_text',
} as const;

export function migrationStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    out.push(`CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    out.push(`CREATE INDEX ${snake(label)}_document IF NOT EXISTS FOR (n:${label}) ON (n.documentId)`);
  }
  for (const type of RELATIONSHIP_TYPES) {
    out.push(`CREATE INDEX rel_${type.toLowerCase()}_document IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.documentId)`);
  }
  out.push(`CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)`);
  // The timelines (api/cypher/timelines.ts): a State's reviews are the meetings whose subject
  // is its name, and a review's State the Place of that name; without these, a scan of every Meeting / Place.
  out.push(`CREATE INDEX meeting_subject IF NOT EXISTS FOR (n:Meeting) ON (n.subject)`);
  out.push(`CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)`);
  // Curation ops (src/curation): one per API write, found by id, by their audit entry, and by status.
  out.push(`CREATE CONSTRAINT curation_op_id IF NOT EXISTS FOR (n:CurationOp) REQUIRE n.id IS UNIQUE`);
  out.push(`CREATE INDEX curation_op_audit IF NOT EXISTS FOR (n:CurationOp) ON (n.auditId)`);
  out.push(`CREATE INDEX curation_op_status IF NOT EXISTS FOR (n:CurationOp) ON (n.status)`);
  out.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.paragraphText} IF NOT EXISTS FOR (n:Paragraph) ON EACH [n.text]`,
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.statementText} IF NOT EXISTS FOR (n:Statement|Observation|Statistic) ON EACH [n.text, n.description]`,
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.nodeNames} IF NOT EXISTS FOR (n:${NAMED_LABELS.join('|')}) ON EACH [n.name, n.acronym, n.title]`,
  );
  return out;
}

export async function migrate(db: Database): Promise<{ statements: number }> {
  const statements = migrationStatements();
  const session = db.driver.session(db.database ? { database: db.database } : {});
  try {
    // Schema commands cannot share a transaction with writes, and each is its own auto-commit.
    for (const s of statements) await runTolerant(() => session.run(s));
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return { statements: statements.length };
}

/**
 * Two processes migrating a fresh database at once (the API and an ingest) can collide: one
 * gets a deadlock or "an equivalent index already exists" for a statement the other just ran.
 * Both mean the schema is (being) put in place; retry the first, accept the second.
 */
async function runTolerant(work: () => Promise<unknown>, attempts = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await work();
      return;
    } catch (err) {
      const e = err as { code?: string; message?: string };
      if (e.code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' || /already exists/i.test(e.message ?? '')) return;
      const transient = e.code?.startsWith('Neo.TransientError') || /deadlock/i.test(e.message ?? '');
      if (!transient || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}
