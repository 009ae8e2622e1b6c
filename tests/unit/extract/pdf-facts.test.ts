/**
 * Same facts whatever the format: the official PDF of a document and its Markdown twin go
 * through the whole pipeline short of the database, and must give the same organizations,
 * statements with their speakers, recommendations and statistics. Where they differ, the
 * PDF reading is the one that changed (the twin keeps a few footnote numbers glued to
 * words, which the Markdown reader cannot always tell from the text).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument, type PreparedDocument } from '../../../src/ingest/index.js';
import { defaultVocabularyDir, loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import { emptyOrganizationIndex } from '../../../src/ingest/resolve/organizations.js';
import { pagesNote } from '../../../src/ingest/resolve/structure.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** The official PDFs are the seed corpus's own copies (seeds/), not a second copy under tests/. */
const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const NO_CURATION = fileURLToPath(new URL('../../fixtures/no-curation/', import.meta.url));
const PAIRS = [
  [`${SEEDS}A_HRC_WG.6_34_SVN_3.pdf`, `${FIXTURES}corpus/01_upr-stakeholders-summary-slovenia-2019.md`],
  [`${SEEDS}A_HRC_43_15.pdf`, `${FIXTURES}corpus/02_upr-working-group-report-slovenia-2019.md`],
] as const;

const prepared: { pdf: PreparedDocument; md: PreparedDocument }[] = [];

beforeAll(async () => {
  const vocab = await loadVocabularies(defaultVocabularyDir());
  const prepare = (file: string) =>
    prepareDocument(readFileSync(file), file.split('/').pop()!, vocab, 'test', emptyOrganizationIndex(), NO_CURATION);
  for (const [pdf, md] of PAIRS) prepared.push({ pdf: await prepare(pdf), md: await prepare(md) });
}, 120_000);

describe('facts from a PDF and from its Markdown twin', () => {
  it.each(['organizations', 'statements', 'observations', 'statistics'] as const)('%s: at least 98% the same', (kind) => {
    let common = 0;
    let total = 0;
    for (const { pdf, md } of prepared) {
      const a = new Set(pdf.facts[kind].map((f) => JSON.stringify(f)));
      const b = new Set(md.facts[kind].map((f) => JSON.stringify(f)));
      common += [...a].filter((f) => b.has(f)).length;
      total += Math.max(a.size, b.size);
    }
    expect(total).toBeGreaterThan(0);
    expect(common / total).toBeGreaterThanOrEqual(0.98);
  });
});

describe('pages in citations', () => {
  it('a paragraph read from a PDF cites its pages; from Markdown it cites none', () => {
    const report = prepared[1] as { pdf: PreparedDocument; md: PreparedDocument };
    const para8 = (g: PreparedDocument) => g.graph.nodes.find((n) => n.label === 'Paragraph' && n.properties['number'] === '8');
    expect(para8(report.pdf)?.properties).toMatchObject({ citation: 'A/HRC/43/15, para. 8 (pp. 2–3)', pages: [2, 3] });
    expect(para8(report.md)?.properties).toMatchObject({ citation: 'A/HRC/43/15, para. 8', pages: [] });
  });

  it('writes one page, a run of pages, or pages apart', () => {
    expect([pagesNote([]), pagesNote([5]), pagesNote([5, 6, 7]), pagesNote([5, 7])]).toEqual(['', ' (p. 5)', ' (pp. 5–7)', ' (pp. 5, 7)']);
  });
});
