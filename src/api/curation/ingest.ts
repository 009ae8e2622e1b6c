/**
 * ingestDocument: a document sent as text, or as a file's bytes in base64 (PDF, Word), goes
 * through the same pipeline as `kg ingest`
 * (which has its own transaction and timeout: a long document may take longer than an API
 * read may). The audit entry follows in its own transaction, failed attempts included.
 */
import type { Editor } from '../auth/editor-keys.js';
import type { ApiServices } from '../context.js';
import type { IngestResult } from '../generated/resolvers-types.js';
import { badInput } from '../errors.js';
import { writeAudit } from './audit.js';

const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}\.(md|markdown|txt|pdf|docx)$/i;
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export async function ingestDocument(
  services: ApiServices,
  editor: Editor,
  filename: string,
  text: string | null | undefined,
  contentBase64: string | null | undefined,
): Promise<IngestResult> {
  const { name, bytes } = documentInput('ingestDocument', filename, text, contentBase64);
  const report = text != null ? await services.ingestText(services.db, text, name) : await services.ingestBytes(services.db, bytes, name);
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
        curationApplied: report.curationApplied,
        curationConflicts: report.curationConflicts.length,
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
    curationApplied: report.curationApplied,
    curationConflicts: report.curationConflicts,
  };
}

/** The document a mutation was sent (as text or base64 bytes), checked: its file name and bytes. */
export function documentInput(
  mutation: string,
  filename: string,
  text: string | null | undefined,
  contentBase64: string | null | undefined,
): { name: string; bytes: Buffer } {
  const name = filename.trim();
  // The name names the document's curation file (its id comes from its symbol or content).
  if (!FILENAME.test(name)) {
    throw badInput(
      `${mutation}: \`filename\` must be a plain file name ending in .md, .markdown, .txt, .pdf or .docx (letters, digits, ". _ -")`,
    );
  }
  if ((text == null) === (contentBase64 == null)) throw badInput(`${mutation}: send exactly one of \`text\` and \`contentBase64\``);
  if (text != null && text.trim() === '') throw badInput(`${mutation}: \`text\` is empty`);
  if (contentBase64 != null && (contentBase64.trim() === '' || !BASE64.test(contentBase64))) {
    throw badInput(`${mutation}: \`contentBase64\` is not base64 (encode the file's bytes, e.g. \`base64 -w0 file.pdf\`)`);
  }
  return { name, bytes: text != null ? Buffer.from(text, 'utf8') : Buffer.from(contentBase64!, 'base64') };
}
