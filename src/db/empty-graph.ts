/**
 * Deleting every node and relationship (the schema stays): for a failed restore, tests and
 * benchmarks. Relationships go first, then nodes, each in batches: one `DETACH DELETE` of a
 * node with thousands of relationships (an organization met by 10,000 documents) does not fit
 * Neo4j's per-transaction memory limit, while batches of plain deletes always do.
 */
import neo4j from 'neo4j-driver';
import type { Database } from './connection.js';

export async function emptyGraph(db: Pick<Database, 'driver' | 'database'>): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = db.driver.session({ ...(db.database ? { database: db.database } : {}), defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
