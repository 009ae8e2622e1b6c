/**
 * The seed graph as `kg export` would read it from Neo4j, without a database: the seeds are
 * ingested with a dry run and each node and relationship put in the snapshot's shape (nulls
 * dropped as load drops them, keys sorted, nodes sorted by id). Used by the export tests.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ingestor } from '../../src/ingest/index.js';
import { canonical, type GraphSnapshot, type SnapshotNode, type SnapshotRelationship } from '../../src/export/snapshot.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

function stored(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p))
    if (v !== null && v !== undefined) out[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined) : v;
  return canonical(out);
}

export async function seedSnapshot(): Promise<GraphSnapshot> {
  const ingestor = await Ingestor.create(null, { dryRun: true });
  const nodes = new Map<string, SnapshotNode>();
  const relationships: SnapshotRelationship[] = [];
  for (const f of (await readdir(SEEDS)).filter((f) => f.endsWith('.md')).sort()) {
    const report = await ingestor.ingestFile(path.join(SEEDS, f));
    if (!report.graph) throw new Error(`dry run of ${f} gave no graph: ${report.status} ${report.error ?? ''}`);
    for (const n of report.graph.nodes) nodes.set(n.id, { id: n.id, labels: [n.label], properties: stored({ ...n.properties, id: n.id }) });
    for (const r of report.graph.relationships)
      relationships.push({ type: r.type, start: r.start, end: r.end, properties: stored(r.properties) });
  }
  return { nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), relationships };
}
