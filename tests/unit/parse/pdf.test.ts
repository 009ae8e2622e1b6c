/**
 * The PDF reader on two official UN PDFs, checked against their Markdown twins (the same
 * documents as text, tests/fixtures/corpus/01_… and 02_…): the paragraphs a reader cites
 * must be the same whichever file was ingested. Expected values not taken from the twins
 * were read off the PDFs' pages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parseFile } from '../../../src/ingest/parse/index.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const PAIRS = {
  summary: { pdf: '../../seeds/A_HRC_WG.6_34_SVN_3.pdf', md: 'corpus/01_upr-stakeholders-summary-slovenia-2019.md', pages: 14 },
  report: { pdf: '../../seeds/A_HRC_43_15.pdf', md: 'corpus/02_upr-working-group-report-slovenia-2019.md', pages: 24 },
} as const;
type Name = keyof typeof PAIRS;

const fromPdf = {} as Record<Name, ParsedDocument>;
const fromMd = {} as Record<Name, ParsedDocument>;

beforeAll(async () => {
  for (const name of Object.keys(PAIRS) as Name[]) {
    const pair = PAIRS[name];
    fromPdf[name] = await parseFile(readFileSync(FIXTURES + pair.pdf), pair.pdf);
    fromMd[name] = parseDocument(readFileSync(FIXTURES + pair.md), pair.md);
  }
}, 60_000);

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const names = Object.keys(PAIRS) as Name[];

describe('PDF paragraphs against the Markdown twins', () => {
  it.each(names)('%s: the same paragraph numbers, in the same order', (name) => {
    expect(fromPdf[name].paragraphs.map((p) => p.number)).toEqual(fromMd[name].paragraphs.map((p) => p.number));
  });

  it('at least 99% of all paragraphs have the same text; every other one differs only by a footnote number the twin left glued', () => {
    let same = 0;
    let total = 0;
    for (const name of names) {
      const twin = new Map(fromMd[name].paragraphs.map((p) => [p.number, p]));
      for (const p of fromPdf[name].paragraphs) {
        total++;
        const md = norm((twin.get(p.number) as { text: string }).text);
        if (norm(p.text) === md) {
          same++;
          continue;
        }
        // The twin is a text extraction with footnote marks glued to words; where its parser
        // could not tell them from the text ("2017-2021114"), removing the marks the PDF
        // shows as raised must give the PDF's text.
        let unglued = md;
        for (const r of p.footnoteRefs) unglued = unglued.replace(new RegExp(`(?<=\\S)\\s?${r}(?=\\s)`), '');
        expect(norm(unglued), `paragraph ${p.number} of ${name}`).toBe(norm(p.text));
      }
    }
    expect(total).toBe(79 + 338);
    expect(same / total).toBeGreaterThanOrEqual(0.99);
  });

  it.each(names)('%s: the same sections (numbers, titles, nesting)', (name) => {
    const view = (d: ParsedDocument) => d.sections.map((s) => ({ key: s.key, title: s.title, parentKey: s.parentKey }));
    expect(view(fromPdf[name])).toEqual(view(fromMd[name]));
  });

  it('keeps sub-numbered recommendations and lettered sub-items', () => {
    const r = fromPdf.report;
    const rec = r.paragraphs.find((p) => p.number === '121.3');
    expect(rec?.parentNumber).toBe('121');
    expect(rec?.text).toBe(
      'Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);',
    );
    expect(r.paragraphs.find((p) => p.number === '3')?.items.map((i) => i.label)).toEqual(['a', 'b', 'c']);
  });

  it('joins a compound broken at a line end without a space, keeping its hyphen', () => {
    // Page 22: "…respect the principle of non-" / "refoulement (Cyprus);"
    expect(fromPdf.report.paragraphs.find((p) => p.number === '122.153')?.text).toBe(
      'Strengthen the asylum system to fully respect the principle of non-refoulement (Cyprus);',
    );
  });
});

describe('PDF title block', () => {
  it('reads symbol, date and the title broken over two lines from the cover page', () => {
    expect([fromPdf.report.symbol, fromPdf.report.date, fromPdf.report.title]).toEqual([
      'A/HRC/43/15',
      '2019-12-19',
      'Report of the Working Group on the Universal Periodic Review',
    ]);
    expect([fromPdf.summary.symbol, fromPdf.summary.date, fromPdf.summary.title]).toEqual([
      'A/HRC/WG.6/34/SVN/3',
      '2019-08-14',
      'Summary of Stakeholders’ submissions on Slovenia',
    ]);
    expect(fromPdf.report.titleBlock).toEqual(expect.arrayContaining(['Distr.: General', 'Agenda item 6', 'Forty-third session']));
  });
});

describe('PDF footnotes', () => {
  it('separates all 144 notes of the summary, with the twin’s texts', () => {
    const numbered = fromPdf.summary.footnotes.filter((f) => /^\d+$/.test(f.number));
    expect(numbered.map((f) => f.number)).toEqual(Array.from({ length: 144 }, (_, i) => String(i + 1)));
    const twin = new Map(fromMd.summary.footnotes.map((f) => [f.number, f.text]));
    for (const f of numbered) expect(norm(f.text), `note ${f.number}`).toBe(norm(twin.get(f.number) as string));
    // Read on page 11: note 4.
    expect(numbered[3]?.text).toBe('For the recommendation see A/HRC/28/15 para. 115.18 (Turkey) and A/HRC/28/15/Add.1, p. 2.');
  });

  it('links every mark in a paragraph to its note, and finds at least the marks the twin does', () => {
    for (const name of names) {
      const notes = new Set(fromPdf[name].footnotes.map((f) => f.number));
      const pdfRefs = new Set(fromPdf[name].paragraphs.flatMap((p) => p.footnoteRefs));
      for (const r of pdfRefs) expect(notes.has(r), `${name}: mark ${r}`).toBe(true);
      for (const r of fromMd[name].paragraphs.flatMap((p) => p.footnoteRefs)) expect(pdfRefs.has(r), `${name}: mark ${r}`).toBe(true);
    }
    // Page 1: "…stakeholders’ submissions¹ to the universal periodic review…"
    const first = fromPdf.summary.paragraphs[0];
    expect(first?.footnoteRefs).toEqual(['1']);
    expect(first?.text).toContain('stakeholders’ submissions to the universal periodic review');
  });

  it('never leaves a mark glued to a word', () => {
    for (const name of names) {
      for (const p of fromPdf[name].paragraphs) {
        for (const r of p.footnoteRefs) expect(p.text, `paragraph ${p.number}`).not.toMatch(new RegExp(`\\p{L}[.,;:)”’]?${r}\\b`, 'u'));
      }
    }
  });

  it('keeps the cover page’s "*" note as a note, not as text', () => {
    expect(fromPdf.report.footnotes).toEqual([
      { number: '*', text: 'The annex is being circulated without formal editing, in the language of submission only.' },
    ]);
  });
});

describe('PDF running headers and footers', () => {
  it('leaves no symbol header, page number or job number inside any paragraph or note', () => {
    for (const name of names) {
      const d = fromPdf[name];
      const texts = [...d.paragraphs.map((p) => p.text), ...d.footnotes.map((f) => f.text), ...d.unnumbered.map((u) => u.text)];
      for (const t of texts) {
        expect(t).not.toMatch(/GE\.\d{2}-\d{5}/);
        expect(t).not.toContain(d.symbol as string);
      }
      // A page number between the two halves of a page-broken paragraph would show here.
      const twin = new Map(fromMd[name].paragraphs.map((p) => [p.number, norm(p.text)]));
      const broken = d.paragraphs.filter((p) => p.pages.length > 1);
      expect(broken.length).toBeGreaterThan(3);
      for (const p of broken) expect(norm(p.text)).toBe(twin.get(p.number));
    }
  });
});

describe('PDF pages', () => {
  it.each(names)('%s: every paragraph knows its pages', (name) => {
    for (const p of fromPdf[name].paragraphs) {
      expect(p.pages.length, `paragraph ${p.number}`).toBeGreaterThan(0);
      expect([...p.pages].sort((a, b) => a - b)).toEqual(p.pages);
      for (const n of p.pages) {
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(PAIRS[name].pages);
      }
    }
  });

  it('gives the pages as printed', () => {
    const pages = (d: ParsedDocument, n: string) => d.paragraphs.find((p) => p.number === n)?.pages;
    // Report: paragraph 1 opens page 2; paragraph 8 runs from the foot of page 2 onto page 3;
    // the last recommendation and paragraph 123 are on page 23.
    expect(pages(fromPdf.report, '1')).toEqual([2]);
    expect(pages(fromPdf.report, '8')).toEqual([2, 3]);
    expect(pages(fromPdf.report, '122.157')).toEqual([23]);
    expect(pages(fromPdf.report, '123')).toEqual([23]);
    // Summary: paragraph 5 starts at the foot of page 1 and ends on page 2.
    expect(pages(fromPdf.summary, '5')).toEqual([1, 2]);
  });

  it('leaves pages empty for Markdown', () => {
    expect(fromMd.report.paragraphs.every((p) => p.pages.length === 0)).toBe(true);
  });
});

describe('PDF determinism', () => {
  it('gives the same document for the same bytes', async () => {
    const again = await parseFile(readFileSync(FIXTURES + PAIRS.summary.pdf), PAIRS.summary.pdf);
    expect(again).toEqual(fromPdf.summary);
    expect(again.format).toBe('pdf');
  });
});
