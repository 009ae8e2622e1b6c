/**
 * Curation: a reviewable JSON file per document (`seeds/curation/<document file name>.json`)
 * that corrects what the machine read. It is applied to the resolved graph, where ids are
 * stable, so a correction keeps applying when the text is re-ingested. Curated elements
 * carry method "curated" and confidence 1. A file that names a node that isn't there is an
 * error: a silent no-op would hide a correction that stopped applying.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES, type DocumentGraph, type Properties } from '../../graph/model.js';

const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.array(z.number())]);
const properties = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), value);

const operation = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), id: z.string().min(1), properties, why: z.string().optional() }),
  z.object({ op: z.literal('remove'), id: z.string().min(1), why: z.string().optional() }),
  z.object({ op: z.literal('add-node'), label: z.enum(NODE_LABELS), id: z.string().min(1), properties, why: z.string().optional() }),
  z.object({
    op: z.literal('add-relationship'),
    type: z.enum(RELATIONSHIP_TYPES),
    start: z.string().min(1),
    end: z.string().min(1),
    properties: properties.default({}),
    why: z.string().optional(),
  }),
  z.object({
    op: z.literal('remove-relationship'),
    type: z.enum(RELATIONSHIP_TYPES),
    start: z.string().min(1),
    end: z.string().min(1),
    why: z.string().optional(),
  }),
]);

export const curationFileSchema = z.object({
  $comment: z.string().optional(),
  operations: z.array(operation),
});
export type CurationFile = z.infer<typeof curationFileSchema>;

export class CurationError extends Error {}

export async function readCurationFile(path: string): Promise<{ curation: CurationFile; raw: string } | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CurationError(`${path}: cannot read curation file: ${(err as Error).message}`);
  }
  return { curation: parseCuration(raw, path), raw };
}

export function parseCuration(raw: string, path: string): CurationFile {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new CurationError(`${path}: curation file is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = curationFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CurationError(`${path}: invalid curation file at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function applyCuration(graph: DocumentGraph, curation: CurationFile, path: string): DocumentGraph {
  const nodes = new Map(graph.nodes.map((n) => [n.id, { ...n, properties: { ...n.properties } }]));
  let rels = graph.relationships.map((r) => ({ ...r, properties: { ...r.properties } }));
  const curated: Properties = { method: 'curated', confidence: 1 };
  curation.operations.forEach((op, i) => {
    const where = `${path}: operation ${i + 1} (${op.op})`;
    const need = (id: string) => {
      if (!nodes.has(id)) throw new CurationError(`${where}: no node with id ${JSON.stringify(id)} in this document's graph`);
      return nodes.get(id)!;
    };
    switch (op.op) {
      case 'set':
        Object.assign(need(op.id).properties, op.properties, { curated: true });
        break;
      case 'remove':
        need(op.id);
        nodes.delete(op.id);
        rels = rels.filter((r) => r.start !== op.id && r.end !== op.id);
        break;
      case 'add-node':
        nodes.set(op.id, { id: op.id, label: op.label, properties: { id: op.id, ...op.properties, curated: true } });
        break;
      case 'add-relationship':
        need(op.start);
        need(op.end);
        rels.push({
          type: op.type,
          start: op.start,
          end: op.end,
          properties: { ...op.properties, ...curated, documentId: graph.documentId },
        });
        break;
      case 'remove-relationship': {
        const before = rels.length;
        rels = rels.filter((r) => !(r.type === op.type && r.start === op.start && r.end === op.end));
        if (rels.length === before) throw new CurationError(`${where}: no ${op.type} relationship from ${op.start} to ${op.end}`);
        break;
      }
    }
  });
  return { ...graph, nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), relationships: rels };
}
