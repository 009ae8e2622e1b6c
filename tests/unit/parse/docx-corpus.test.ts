/**
 * The same document in Markdown and in Word must give the same numbered paragraphs. The Word
 * files are the corpus documents written by pandoc, which turns "N." paragraphs into Word
 * list paragraphs: the numbers are not in the Word text at all, only in numbering.xml, so a
 * reader that did not rebuild Word's numbering would find no paragraph 1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Assembled } from '../../../src/ingest/parse/assemble.js';
import { assemble } from '../../../src/ingest/parse/assemble.js';
import { docxBlocks } from '../../../src/ingest/parse/docx/index.js';
import { markdownBlocks } from '../../../src/ingest/parse/markdown-blocks.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const PANDOC = fileURLToPath(new URL('../../fixtures/docx/pandoc/', import.meta.url));
const DOCS = [
  '01_upr-stakeholders-summary-slovenia-2019',
  '02_upr-working-group-report-slovenia-2019',
  '03_hrc14-panels-trafficking-extract',
];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Numbered paragraphs as the assembler drafts them: number, parent, text, footnote refs. */
function paragraphs(a: Assembled): string[] {
  return a.flow.flatMap((e) =>
    e.kind === 'paragraph'
      ? [
          `${e.draft.number} [${e.draft.parentNumber ?? ''}] ${norm(e.draft.parts.flatMap((p) => p.lines).join(' '))} {${e.draft.parts.flatMap((p) => p.refs).join(',')}}`,
        ]
      : [],
  );
}

describe('Word and Markdown renderings of one document give the same paragraphs', () => {
  for (const name of DOCS) {
    it(name, async () => {
      const raw = readFileSync(`${PANDOC}${name}.docx`);
      const fromMarkdown = assemble(markdownBlocks(readFileSync(`${CORPUS}${name}.md`, 'utf8')), `${name}.md`);
      const fromWord = assemble(await docxBlocks(raw, `${name}.docx`), `${name}.docx`);
      const md = paragraphs(fromMarkdown);
      expect(md.length).toBeGreaterThan(30);

      // The premise: in the Word file the paragraph numbers are list numbering, not typed text.
      const xml = strFromU8(unzipSync(raw)['word/document.xml'] as Uint8Array);
      const typed = fromMarkdown.flow.filter((e) => {
        if (e.kind !== 'paragraph' || e.draft.parentNumber !== null) return false;
        const opening = norm(e.draft.parts[0]?.lines[0] ?? '').slice(0, 30);
        return xml.includes(`>${e.draft.number}. ${opening}`);
      });
      expect(typed).toHaveLength(0);
      expect(xml.match(/<w:numPr>/g)?.length ?? 0).toBeGreaterThan(20);
      expect(paragraphs(fromWord)).toEqual(md);
      expect(fromWord.sections.map((s) => [s.number, s.title])).toEqual(fromMarkdown.sections.map((s) => [s.number, s.title]));
      expect(fromWord.footnotes.map((f) => f.number)).toEqual(fromMarkdown.footnotes.map((f) => f.number));
    });
  }
});
