/**
 * Backups: export → import into an empty database → export gives the same bytes, with the
 * same property types; a restore never mixes into a graph, and a failed one leaves nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/connection.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { ingestFiles } from '../../src/ingest/index.js';
import { readSnapshot, render } from '../../src/export/index.js';
import { importSnapshot, readBackupFile, ImportRefusedError } from '../../src/import/index.js';
import { openTestDatabase, resetDatabase } from '../support/test-db.js';

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');
const FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents', 'ngo-dialogue-2031.md');

let db: Database;
let dir: string;
let backup: string;
let exported: string;
let types: string;

/** Every (label, key, stored type) and (type, key, stored type): what JSON alone could blur (integer vs float, list vs scalar). */
async function typeSignature(): Promise<string> {
  const nodes = await db.query<{ s: string }>(
    `MATCH (n) UNWIND keys(n) AS k WITH DISTINCT labels(n)[0] + '.' + k + ':' + valueType(n[k]) AS s RETURN s ORDER BY s`,
  );
  const rels = await db.query<{ s: string }>(
    `MATCH ()-[r]->() UNWIND keys(r) AS k WITH DISTINCT type(r) + '.' + k + ':' + valueType(r[k]) AS s RETURN s ORDER BY s`,
  );
  return [...nodes, ...rels].map((r) => r.s).join('\n');
}

beforeAll(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), 'kg-import-'));
  const reports = await ingestFiles(db, [SEED, FIXTURE]);
  expect(reports.map((r) => r.status)).toEqual(['created', 'created']);
  // An API edit leaves an audit entry: a backup must carry the audit log too.
  await db.write((tx) =>
    tx.run(`CREATE (:AuditEntry {id: 'audit:test', action: 'correctNode', who: 'editor', at: '2026-11-28T00:00:00Z', targets: ['org:x']})`),
  );
  exported = render('json', await readSnapshot(db));
  types = await typeSignature();
  backup = path.join(dir, 'backup.json');
  await writeFile(backup, exported);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

describe('kg import (restore a JSON backup)', () => {
  it('restores into an empty database a graph whose export is byte-identical, with the same stored types', async () => {
    await resetDatabase(db);
    const result = await importSnapshot(db, await readBackupFile(backup));
    expect(result.nodes).toBeGreaterThan(200);
    expect(result.relationships).toBeGreaterThan(700);
    expect(render('json', await readSnapshot(db))).toBe(exported);
    expect(await typeSignature()).toBe(types);
    expect(types).toContain('AuditEntry.targets:LIST<STRING NOT NULL>');
  });

  it('leaves the restored graph usable by the pipeline: re-ingesting the same documents changes nothing', async () => {
    const reports = await ingestFiles(db, [SEED, FIXTURE]);
    expect(reports.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('refuses a database that is not empty, and writes nothing', async () => {
    const before = render('json', await readSnapshot(db));
    await expect(importSnapshot(db, await readBackupFile(backup))).rejects.toThrow(ImportRefusedError);
    expect(render('json', await readSnapshot(db))).toBe(before);
  });

  it('is all or nothing: a restore that fails part-way leaves the database empty', async () => {
    await resetDatabase(db);
    await expect(importSnapshot(db, await readBackupFile(backup), { batchSize: 50, failAfterBatches: 5 })).rejects.toThrow(/injected/);
    expect(await db.query('MATCH (n) RETURN n LIMIT 1')).toEqual([]);
  });
});
