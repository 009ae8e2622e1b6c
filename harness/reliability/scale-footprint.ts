/**
 * How big the graph is: node and relationship counts (Cypher) and, when the server's
 * directories are on this machine, the bytes of the database's store and of its transaction
 * logs. The directories come from the server's own configuration (dbms.listConfig), not from
 * our settings: the bench talks to its local server through NEO4J_URI, so the settings it
 * holds cannot say where the files are. A remote server has no local files: null (n/a).
 *
 * What du sees is what the disk holds: Neo4j preallocates store files (so small graphs all
 * show the same ~21 MB), and writes since the last checkpoint live in the page cache and the
 * transaction log until the next one (Community has no procedure to force it), so the store
 * figure can lag the graph; the transaction logs are reported beside it. Store files never
 * shrink: on a server that held a bigger graph before, du shows the old size.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Database } from '../../src/db/connection.js';
import type { Settings } from '../../src/config/settings.js';

export interface Footprint {
  nodes: number;
  relationships: number;
  storeBytes: number | null;
  txLogBytes: number | null;
}

const run = promisify(execFile);

export async function databaseFootprint(db: Database, settings: Settings): Promise<Footprint> {
  const session = db.driver.session(db.database ? { database: db.database } : {});
  try {
    const counts = await session.run('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    const nodes = Number(counts.records[0]?.get('nodes') ?? 0);
    const relationships = Number(counts.records[0]?.get('relationships') ?? 0);
    let dirs: Record<string, string> = {};
    try {
      const cfg = await session.run("CALL dbms.listConfig('server.directories') YIELD name, value RETURN name, value");
      dirs = Object.fromEntries(cfg.records.map((r) => [String(r.get('name')), String(r.get('value'))]));
    } catch {
      // Not allowed (a user without admin rights, a hosted server): sizes stay unknown.
    }
    const name = settings.neo4j.database ?? db.database ?? 'neo4j';
    const data = dirs['server.directories.data'];
    const txRoot = dirs['server.directories.transaction.logs.root'];
    return {
      nodes,
      relationships,
      storeBytes: data ? await du(path.join(data, 'databases', name)) : null,
      txLogBytes: txRoot ? await du(path.join(txRoot, name)) : null,
    };
  } finally {
    await session.close();
  }
}

/** Bytes on disk under `dir` (du, so preallocated but unused pages count as they occupy). */
async function du(dir: string): Promise<number | null> {
  if (!existsSync(dir)) return null;
  const { stdout } = await run('du', ['-sk', dir]);
  return Number(stdout.split(/\s/)[0]) * 1024;
}
