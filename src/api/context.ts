/**
 * What every resolver receives. @neo4j/graphql reads `executionContext` (the driver),
 * `sessionConfig` and `transaction` from it; the custom resolvers use `services`.
 */
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Database } from '../db/connection.js';
import type { Editor } from './auth/editor-keys.js';
import type { Logger } from './logger.js';
import type { IngestReport } from '../ingest/index.js';
import type { DiffReport } from '../ingest/diff/index.js';
import type { OperationInfo } from './plugins/operation-info.js';

export interface ApiServices {
  db: Database;
  /** Runs the ingestion pipeline on a document sent as text (src/ingest). */
  ingestText(db: Database, text: string, sourceFile: string): Promise<IngestReport>;
  /** A file's bytes (PDF, Word, text), read by kind as `kg ingest` reads files. */
  ingestBytes(db: Database, bytes: Uint8Array, sourceFile: string): Promise<IngestReport>;
  /** What ingesting these bytes would change (kg diff), written in a rolled-back transaction. */
  diffBytes(db: Database, bytes: Uint8Array, sourceFile: string): Promise<DiffReport>;
}

export interface ApiContext extends Neo4jGraphQLContext {
  services: ApiServices;
  /** Set when the request carried a valid editor key. */
  editor: Editor | null;
  requestId: string;
  log: Logger;
  /** Filled in as the request runs, for its log line. */
  operationInfo: OperationInfo;
}
