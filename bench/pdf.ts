/**
 * The PDF reader's speed: pages per second, and its share of the work before the database
 * (parse + extract + resolve), on official PDFs.
 *
 *   npm run bench:pdf -- [rounds=5] [file.pdf …]      (default: the PDFs of seeds/)
 *
 * Per file and round: pdf.js (reading the pages' text), layout (lines, headers, notes,
 * blocks), the rest of parse (numbering rules), extract, resolve. Each figure is the median
 * over the rounds, after one warm-up round (the first loads pdf.js and compiles the code).
 * The machine is shared: compare runs of the same day, not absolute numbers across days.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { parseFile } from '../src/ingest/parse/index.js';
import { readPages } from '../src/ingest/parse/pdf/read-pages.js';
import { pdfPagesToBlocks } from '../src/ingest/parse/pdf/blocks.js';
import { extractFacts } from '../src/ingest/extract/index.js';
import { defaultVocabularyDir, loadVocabularies } from '../src/ingest/extract/load-vocabularies.js';
import { resolveDocument } from '../src/ingest/resolve/index.js';
import { emptyOrganizationIndex } from '../src/ingest/resolve/organizations.js';

const FIXTURES = fileURLToPath(new URL('../seeds/', import.meta.url));
const rounds = Number(process.argv[2] ?? 5);
const files =
  process.argv.length > 3
    ? process.argv.slice(3)
    : readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .map((f) => FIXTURES + f);

interface Timing {
  pdfjs: number;
  layout: number;
  parse: number;
  extract: number;
  resolve: number;
}

async function once(raw: Buffer, file: string, vocab: Awaited<ReturnType<typeof loadVocabularies>>): Promise<{ pages: number; t: Timing }> {
  let t0 = performance.now();
  const pages = await readPages(raw, file);
  const pdfjs = performance.now() - t0;
  t0 = performance.now();
  pdfPagesToBlocks(pages);
  const layout = performance.now() - t0;
  t0 = performance.now();
  const parsed = await parseFile(raw, file);
  const parse = performance.now() - t0;
  t0 = performance.now();
  const facts = extractFacts(parsed, vocab);
  const extract = performance.now() - t0;
  t0 = performance.now();
  resolveDocument({ parsed, facts, vocab, inputsHash: 'bench', known: emptyOrganizationIndex() });
  const resolve = performance.now() - t0;
  return { pages: pages.length, t: { pdfjs, layout, parse, extract, resolve } };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main(): Promise<void> {
  const vocab = await loadVocabularies(defaultVocabularyDir());
  let totalPages = 0;
  const sum: Timing = { pdfjs: 0, layout: 0, parse: 0, extract: 0, resolve: 0 };
  console.log('file                              pages   parse ms  pages/s  (pdf.js  layout)  extract ms  resolve ms  parse share');
  for (const file of files) {
    const raw = readFileSync(file);
    const runs: Timing[] = [];
    let pages = 0;
    for (let r = 0; r <= rounds; r++) {
      const { pages: n, t } = await once(raw, file, vocab);
      pages = n;
      if (r > 0) runs.push(t); // round 0 warms up
    }
    const m = Object.fromEntries(
      (Object.keys(sum) as (keyof Timing)[]).map((k) => [k, median(runs.map((t) => t[k]))]),
    ) as unknown as Timing;
    for (const k of Object.keys(sum) as (keyof Timing)[]) sum[k] += m[k];
    totalPages += pages;
    const share = m.parse / (m.parse + m.extract + m.resolve);
    console.log(
      `${path.basename(file).padEnd(32)} ${String(pages).padStart(6)} ${m.parse.toFixed(0).padStart(10)} ${((pages / m.parse) * 1000).toFixed(1).padStart(8)}  (${m.pdfjs.toFixed(0).padStart(6)} ${m.layout.toFixed(0).padStart(6)})  ${m.extract.toFixed(0).padStart(10)}  ${m.resolve.toFixed(0).padStart(10)}  ${(share * 100).toFixed(0).padStart(10)}%`,
    );
  }
  // Determinism: the same bytes give the same document.
  const first = files[0] as string;
  const digest = async (): Promise<string> =>
    createHash('sha256')
      .update(JSON.stringify(await parseFile(readFileSync(first), first)))
      .digest('hex');
  const deterministic = (await digest()) === (await digest());
  const summary = {
    files: files.length,
    pages: totalPages,
    pagesPerSecond: Number(((totalPages / sum.parse) * 1000).toFixed(1)),
    pdfjsShareOfParse: Number((sum.pdfjs / sum.parse).toFixed(2)),
    parseShareOfParseExtract: Number((sum.parse / (sum.parse + sum.extract)).toFixed(2)),
    parseShareOfParseExtractResolve: Number((sum.parse / (sum.parse + sum.extract + sum.resolve)).toFixed(2)),
    deterministic,
  };
  console.log(JSON.stringify(summary));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
