/** diffDocument: `kg diff` for a document sent to the API; nothing is written, so no audit entry. */
import type { ApiServices } from '../context.js';
import type { DiffResult } from '../generated/resolvers-types.js';
import { documentInput } from './ingest.js';

export async function diffDocument(
  services: ApiServices,
  filename: string,
  text: string | null | undefined,
  contentBase64: string | null | undefined,
): Promise<DiffResult> {
  const { name, bytes } = documentInput('diffDocument', filename, text, contentBase64);
  const r = await services.diffBytes(services.db, bytes, name);
  return {
    documentId: r.documentId,
    status: r.status,
    ...r.counts,
    facts: r.facts.map((f) => ({ ...f, paragraphs: f.evidence.paragraphs, quote: f.evidence.quote })),
    curationApplied: r.curationApplied,
    curationConflicts: r.curationConflicts,
    error: r.error,
  };
}
