/** Reading a backup file: the export's layout line by line, other layouts whole, and a clear refusal for anything else. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toJson } from '../../../src/export/json.js';
import { readBackupFile, BackupFormatError } from '../../../src/import/backup-file.js';
import type { GraphSnapshot } from '../../../src/export/snapshot.js';

const GRAPH: GraphSnapshot = {
  nodes: [
    { id: 'org:a', labels: ['Organization'], properties: { id: 'org:a', name: 'A, "quoted" {x}', aliases: ['A1', 'A2'], score: 0.5 } },
    { id: 'org:b', labels: ['Organization'], properties: { id: 'org:b', name: 'B\nnew line ],"relationships":[' } },
  ],
  relationships: [{ type: 'PARTNER_OF' as never, start: 'org:a', end: 'org:b', properties: {} }],
};

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(name: string, text: string): Promise<string> {
  await writeFile(file(name), text);
  return file(name);
}

const valid: GraphSnapshot = {
  ...GRAPH,
  relationships: [{ type: 'MENTIONS', start: 'org:a', end: 'org:b', properties: { documentId: 'doc:x', paragraphs: [1, 2] } }],
};

describe('readBackupFile', () => {
  it('reads what the JSON export writes, including names that look like the layout', async () => {
    expect(await readBackupFile(await written('ok.json', toJson(valid)))).toEqual(valid);
  });

  it('reads the same graph re-indented by another tool', async () => {
    expect(await readBackupFile(await written('pretty.json', JSON.stringify(valid, null, 2)))).toEqual(valid);
  });

  const refusals: [string, string, RegExp][] = [
    ['a missing file', '', /no such file/],
    ['not JSON', 'hello', /not valid JSON/],
    ['another JSON shape', '{"a":1}', /not a graph backup/],
    ['a cut-short export', toJson(valid).split('\n').slice(0, 3).join('\n'), /cut short/],
    ['an unknown label', toJson({ ...valid, nodes: [{ ...valid.nodes[0]!, labels: ['Admin'] }, valid.nodes[1]!] }), /labels/],
    ['an unknown relationship type', toJson(GRAPH), /type/],
    ['a relationship to a missing node', toJson({ ...valid, nodes: [valid.nodes[0]!] }), /not in the backup/],
    ['a duplicate node id', toJson({ ...valid, nodes: [valid.nodes[0]!, valid.nodes[0]!] }), /appears twice/],
    [
      'a property that Neo4j cannot hold (a map)',
      toJson({ ...valid, nodes: [{ ...valid.nodes[0]!, properties: { x: { y: 1 } } }, valid.nodes[1]!] }),
      /properties/,
    ],
    [
      'a property key that is not an identifier',
      toJson({ ...valid, nodes: [{ ...valid.nodes[0]!, properties: { 'x`) DETACH DELETE n //': 1 } }, valid.nodes[1]!] }),
      /property key/,
    ],
    ['a broken element line', toJson(valid).replace('"org:b"', '"org:b'), /\(line \d+\): not a JSON/],
  ];
  for (const [name, text, message] of refusals) {
    it(`refuses ${name} with a message naming the problem`, async () => {
      const target = name === 'a missing file' ? file('missing.json') : await written(`${name}.json`, text);
      const err = await readBackupFile(target).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupFormatError);
      expect((err as Error).message).toMatch(message);
    });
  }
});
