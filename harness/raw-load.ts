/**
 * The plainest load of a prepared graph, the baseline ingestion is measured against
 * (bench/ingest.ts, harness/reliability/scale.ts): per document one transaction, MERGE each
 * node by id and SET all its properties, then MATCH both ends and MERGE each relationship.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../src/db/connection.js';
import type { DocumentGraph } from '../src/graph/model.js';
import { chunks, groupBy } from '../src/graph/batches.js';

export async function rawLoad(db: Database, graphs: DocumentGraph[]): Promise<void> {
  for (const g of graphs) {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        const byLabel = groupBy(g.nodes, (n) => n.label);
        const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
        for (const [label, nodes] of byLabel) {
          await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, {
            rows: nodes.map((n) => ({ id: n.id, props: clean(n.properties) })),
          });
        }
        for (const [key, rels] of groupBy(g.relationships, (r) => `${r.type}|${labels.get(r.start)}|${labels.get(r.end)}`)) {
          const [type, from, to] = key.split('|');
          await tx.run(
            `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) MERGE (a)-[r:${type}]->(b) SET r += row.props`,
            { rows: rels.map((r) => ({ start: r.start, end: r.end, props: clean(r.properties) })) },
          );
        }
      });
    } finally {
      await session.close();
    }
  }
}

function clean(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * The fastest plain load of the same graphs: every document's rows together, grouped by label
 * (then by relationship type and end labels), a few thousand rows per `UNWIND`, one
 * transaction per statement. No per-document atomicity: it is what the database can take,
 * the ceiling the pipeline is compared with.
 */
export async function rawLoadBatched(db: Database, graphs: DocumentGraph[], rowsPerStatement = 5_000): Promise<void> {
  const nodes = graphs.flatMap((g) => g.nodes);
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const [label, group] of groupBy(nodes, (n) => n.label)) {
      for (const rows of chunks(group, rowsPerStatement)) {
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, {
            rows: rows.map((n) => ({ id: n.id, props: clean(n.properties) })),
          }),
        );
      }
    }
    const rels = graphs.flatMap((g) => g.relationships);
    for (const [key, group] of groupBy(rels, (r) => `${r.type}|${labels.get(r.start)}|${labels.get(r.end)}`)) {
      const [type, from, to] = key.split('|');
      for (const rows of chunks(group, rowsPerStatement)) {
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) MERGE (a)-[r:${type}]->(b) SET r += row.props`,
            { rows: rows.map((r) => ({ start: r.start, end: r.end, props: clean(r.properties) })) },
          ),
        );
      }
    }
  } finally {
    await session.close();
  }
}
