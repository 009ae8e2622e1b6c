/**
 * What a scenario reads back from the graph to judge a crash: which documents are in, whether
 * each is whole (its ingestHash, set last in its transaction, and its full share of nodes and
 * relationships, those carrying its documentId), and whether anything belongs to no document.
 */
import { emptyGraph as emptyAll } from '../../../src/db/empty-graph.js';
import type { Driver } from 'neo4j-driver';

export interface Share {
  nodes: number;
  relationships: number;
}

export interface GraphState {
  /** Document id → whether it has its ingestHash. */
  documents: Map<string, boolean>;
  /** documentId → nodes and relationships carrying it. */
  shares: Map<string, Share>;
}

async function rows<T>(driver: Driver, cypher: string): Promise<T[]> {
  const session = driver.session();
  try {
    return (await session.run(cypher)).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

export async function readGraphState(driver: Driver): Promise<GraphState> {
  const docs = await rows<{ id: string; hashed: boolean }>(
    driver,
    'MATCH (d:Document) RETURN d.id AS id, d.ingestHash IS NOT NULL AS hashed',
  );
  const nodes = await rows<{ doc: string; n: number }>(
    driver,
    'MATCH (n) WHERE n.documentId IS NOT NULL RETURN n.documentId AS doc, count(*) AS n',
  );
  const rels = await rows<{ doc: string; n: number }>(
    driver,
    'MATCH ()-[r]->() WHERE r.documentId IS NOT NULL RETURN r.documentId AS doc, count(*) AS n',
  );
  const shares = new Map<string, Share>();
  const share = (doc: string) => shares.get(doc) ?? shares.set(doc, { nodes: 0, relationships: 0 }).get(doc)!;
  for (const r of nodes) share(r.doc).nodes = r.n;
  for (const r of rels) share(r.doc).relationships = r.n;
  return { documents: new Map(docs.map((d) => [d.id, d.hashed])), shares };
}

export interface Wholeness {
  /** Documents without their ingestHash: a half-written load. */
  withoutHash: string[];
  /** Documents whose share differs from the same document's share after a clean run. */
  shortShares: { id: string; expected: Share; found: Share }[];
  /** documentIds carried by nodes or relationships whose Document is not in the graph. */
  stray: { id: string; share: Share }[];
}

/** Judges `state` against the shares of a clean run of the same corpus. */
export function wholeness(state: GraphState, clean: GraphState): Wholeness {
  const withoutHash = [...state.documents].filter(([, hashed]) => !hashed).map(([id]) => id);
  const shortShares: Wholeness['shortShares'] = [];
  for (const id of state.documents.keys()) {
    const expected = clean.shares.get(id) ?? { nodes: 0, relationships: 0 };
    const found = state.shares.get(id) ?? { nodes: 0, relationships: 0 };
    if (expected.nodes !== found.nodes || expected.relationships !== found.relationships) shortShares.push({ id, expected, found });
  }
  const stray = [...state.shares].filter(([id]) => !state.documents.has(id)).map(([id, share]) => ({ id, share }));
  return { withoutHash, shortShares, stray };
}

export async function emptyGraph(driver: Driver): Promise<void> {
  await emptyAll({ driver, database: undefined });
}
