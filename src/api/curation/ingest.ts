/**
 * ingestDocument: a document sent as text goes through the same pipeline as `kg ingest`
 * (which has its own transaction and timeout: a long document may take longer than an API
 * read may). The audit entry follows in its own transaction, failed attempts included.
 */
import type { Editor } from '../auth/editor-keys.js';
import type { ApiServices } from '../context.js';
import type { IngestResult } from '../generated/resolvers-types.js';
import { badInput } from '../errors.js';
import { writeAudit } from './audit.js';

const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}\.(md|markdown|txt)$/;

export async function ingestDocument(services: ApiServices, editor: Editor, filename: string, text: string): Promise<IngestResult> {
  const name = filename.trim();
  // The name becomes the document id when the text has no UN symbol, and names its curation file.
  if (!FILENAME.test(name)) {
    throw badInput('ingestDocument: `filename` must be a plain file name ending in .md, .markdown or .txt (letters, digits, ". _ -")');
  }
  if (text.trim() === '') throw badInput('ingestDocument: `text` is empty');
  const report = await services.ingestText(services.db, text, name);
  const audit = await services.db.write((tx) =>
    writeAudit(tx, editor, {
      action: 'ingestDocument',
      name: `ingest ${name}${report.status === 'failed' ? ' (failed)' : ''}`,
      targets: report.documentId ? [report.documentId] : [],
      reason: null,
      after: {
        file: name,
        status: report.status,
        nodesCreated: report.nodesCreated,
        relationshipsCreated: report.relationshipsCreated,
        error: report.error,
      },
    }),
  );
  return {
    audit,
    documentId: report.documentId,
    status: report.status,
    nodes: report.nodes,
    relationships: report.relationships,
    nodesCreated: report.nodesCreated,
    relationshipsCreated: report.relationshipsCreated,
    error: report.error,
  };
}
