/**
 * Reading in worker threads (the reader bundled by esbuild, workers/worker-bundle.ts) gives
 * the same facts and graphs as reading in this thread, in the same order; a file that cannot
 * be read fails alone, with its one line.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { Ingestor } from '../../../src/ingest/index.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';

const CORPUS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'corpus');
const FILES = [
  path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md'),
  path.join(CORPUS, '01_upr-stakeholders-summary-slovenia-2019.md'),
  path.join(PROJECT_ROOT, 'tests', 'fixtures', 'no-such-file.md'),
  path.join(CORPUS, '03_hrc14-panels-trafficking-extract.md'),
  path.join(PROJECT_ROOT, 'seeds', 'A_HRC_WG.6_34_SVN_3.pdf'),
];

async function dryRun(readThreads: number) {
  const ingestor = await Ingestor.create(null, { dryRun: true, readThreads });
  return ingestor.ingestFiles(FILES);
}

describe('reading in worker threads', () => {
  it('gives what reading in this thread gives, file by file, in order', { timeout: 300_000 }, async () => {
    const inThread = await dryRun(0);
    const inWorkers = await dryRun(1);
    expect(inWorkers.map((r) => r.file)).toEqual(FILES);
    expect(inWorkers.map((r) => r.status)).toEqual(['dry-run', 'dry-run', 'failed', 'dry-run', 'dry-run']);
    expect(inWorkers[2]!.error).toMatch(/no-such-file\.md: no such file or directory/);
    for (let i = 0; i < FILES.length; i++) {
      expect(inWorkers[i]!.error).toEqual(inThread[i]!.error);
      expect(inWorkers[i]!.facts).toEqual(inThread[i]!.facts);
      expect(inWorkers[i]!.graph).toEqual(inThread[i]!.graph);
    }
  });
});
