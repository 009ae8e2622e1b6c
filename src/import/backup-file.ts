/**
 * Reading a backup: the JSON that `kg export --format json` writes, checked element by
 * element before anything is written, so a damaged or foreign file is refused whole with
 * the line that is wrong.
 *
 * The export writes one element a line, so the file is read line by line (a million
 * elements are several hundred megabytes: more than one JSON.parse of the whole string
 * can take). A file in another layout (re-indented by a tool) is read whole instead.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../graph/model.js';
import type { GraphSnapshot } from '../export/snapshot.js';

export class BackupFormatError extends Error {}

/** Labels a backup may carry: the model's, plus the API's audit log. */
export const IMPORTABLE_LABELS: readonly string[] = [...NODE_LABELS, 'AuditEntry', 'CurationOp'];

/** Above this a file not in the export's line layout is refused rather than parsed whole. */
const WHOLE_PARSE_LIMIT = 256 * 1024 * 1024;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
// Neo4j stores scalars and homogeneous lists of them; nothing else can come out of an export.
const propertyValue = z.union([scalar, z.array(z.string()), z.array(z.number()), z.array(z.boolean())]);
const properties = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a property key'), propertyValue);

const nodeSchema = z.strictObject({
  id: z.string().min(1),
  labels: z.array(z.enum(IMPORTABLE_LABELS as [string, ...string[]])).min(1),
  properties,
});
const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  start: z.string().min(1),
  end: z.string().min(1),
  properties,
});

export async function readBackupFile(file: string): Promise<GraphSnapshot> {
  const size = await stat(file).then(
    (s) => s.size,
    (err: NodeJS.ErrnoException) => {
      throw new BackupFormatError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    },
  );
  const byLines = await readLines(file);
  if (byLines) return checked(byLines, file);
  if (size > WHOLE_PARSE_LIMIT) throw new BackupFormatError(`${file} is not a backup written by kg export --format json`);
  const { readFile } = await import('node:fs/promises');
  let whole: unknown;
  try {
    whole = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new BackupFormatError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const shape = z.object({ nodes: z.array(z.unknown()), relationships: z.array(z.unknown()) }).safeParse(whole);
  if (!shape.success) throw new BackupFormatError(`${file} is not a graph backup: expected {"nodes": [...], "relationships": [...]}`);
  return checked(
    {
      nodes: shape.data.nodes.map((value, i) => ({ value, where: `node ${i + 1}` })),
      relationships: shape.data.relationships.map((value, i) => ({ value, where: `relationship ${i + 1}` })),
    },
    file,
  );
}

interface Located {
  value: unknown;
  where: string;
}

/** The export's own layout, or undefined when the file is laid out otherwise. */
async function readLines(file: string): Promise<{ nodes: Located[]; relationships: Located[] } | undefined> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const out = { nodes: [] as Located[], relationships: [] as Located[] };
  let part: 'start' | 'nodes' | 'relationships' | 'end' = 'start';
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = raw.trim();
      if (line === '') continue;
      if (part === 'start') {
        if (line !== '{"nodes":[') return undefined;
        part = 'nodes';
      } else if (line === '],"relationships":[' && part === 'nodes') {
        part = 'relationships';
      } else if (line === ']}' && part === 'relationships') {
        part = 'end';
      } else if (part === 'end') {
        throw new BackupFormatError(`${file} (line ${n}): unexpected text after the end of the backup`);
      } else {
        const text = line.endsWith(',') ? line.slice(0, -1) : line;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          throw new BackupFormatError(`${file} (line ${n}): not a JSON ${part === 'nodes' ? 'node' : 'relationship'}`);
        }
        out[part].push({ value, where: `line ${n}` });
      }
    }
  } finally {
    lines.close();
  }
  if (part === 'start') return undefined;
  if (part !== 'end') throw new BackupFormatError(`${file}: the backup is cut short (no closing "]}"): was the export interrupted?`);
  return out;
}

function checked(raw: { nodes: Located[]; relationships: Located[] }, file: string): GraphSnapshot {
  const snapshot: GraphSnapshot = { nodes: [], relationships: [] };
  const ids = new Set<string>();
  for (const { value, where } of raw.nodes) {
    const node = parseOrExplain(nodeSchema, value, file, where);
    if (ids.has(node.id)) throw new BackupFormatError(`${file} (${where}): node id ${JSON.stringify(node.id)} appears twice`);
    ids.add(node.id);
    if (node.properties.id !== undefined && node.properties.id !== node.id)
      throw new BackupFormatError(`${file} (${where}): the node's id and its "id" property differ`);
    snapshot.nodes.push(node);
  }
  for (const { value, where } of raw.relationships) {
    const rel = parseOrExplain(relationshipSchema, value, file, where);
    for (const end of [rel.start, rel.end])
      if (!ids.has(end))
        throw new BackupFormatError(`${file} (${where}): relationship refers to node ${JSON.stringify(end)}, which is not in the backup`);
    snapshot.relationships.push(rel);
  }
  return snapshot;
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, file: string, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new BackupFormatError(`${file} (${where}): ${issue.message}${at}`);
}
