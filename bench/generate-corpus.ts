/**
 * Writes a synthetic corpus (harness/corpus/synthetic-corpus.ts) as Markdown files, for `kg ingest DIR`:
 *
 *   npx tsx bench/generate-corpus.ts --count 10000 --seed 42 --out /tmp/corpus
 *
 * Same count and seed, same files, byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../harness/corpus/synthetic-corpus.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
if (!values.out) throw new Error('--out DIR is required');

const dir = path.resolve(values.out);
await mkdir(dir, { recursive: true });
let bytes = 0;
for (const doc of generateCorpus({ count, seed })) {
  await writeFile(path.join(dir, doc.name), `${doc.text}\n`);
  bytes += Buffer.byteLength(doc.text) + 1;
}
process.stdout.write(`${count} documents (${(bytes / 1048576).toFixed(1)} MB) written to ${dir}\n`);
