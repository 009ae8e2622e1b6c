/**
 * Tiny ParsedDocument builder for extractor tests, from Markdown-like lines:
 *
 *   '# Title'                 → doc.title
 *   '## III. Briefing'        → a section (level = number of "#" minus one; key from its number)
 *   '6. Under agenda item 2…' → a numbered paragraph; '121.3 Ratify …' → a sub-numbered one
 *   anything else             → title block before the first section/paragraph, unnumbered after
 *
 * Lettered items "(a) … (b) …" are filled in as the parser would. Tests stay independent of the
 * real parser; `parsedSeed()` is the one place that uses it, for the seed checks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument, ParsedParagraph, ParsedSection } from '../../../src/ingest/parse/parsed-document.js';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import type { PlaceEntry, Vocabularies } from '../../../src/ingest/extract/vocabulary.js';
import { findLetteredItems } from '../../../src/ingest/extract/text-items.js';

export interface FixtureOptions {
  sourceFile?: string;
  titleBlock?: string[];
}

export function buildDoc(lines: string | string[], options: FixtureOptions = {}): ParsedDocument {
  const list = (typeof lines === 'string' ? lines.split('\n') : lines).map((l) => l.trim()).filter((l) => l !== '');
  const doc: ParsedDocument = {
    sourceFile: options.sourceFile ?? 'fixture.md',
    checksum: '0'.repeat(64),
    format: 'markdown',
    title: null,
    symbol: null,
    date: null,
    titleBlock: [...(options.titleBlock ?? [])],
    sections: [],
    paragraphs: [],
    footnotes: [],
    unnumbered: [],
  };
  const stack: ParsedSection[] = [];
  let current: ParsedSection | null = null;
  for (const line of list) {
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      const hashes = (heading[1] as string).length;
      const text = heading[2] as string;
      if (hashes === 1 && doc.title === null && doc.sections.length === 0) {
        doc.title = text;
        continue;
      }
      const level = Math.max(1, hashes - 1);
      const numbered = /^([IVXLC]+|[A-Z]|\d+)\.\s+(.*)$/.exec(text);
      while (stack.length > 0 && (stack[stack.length - 1] as ParsedSection).level >= level) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const number = numbered ? (numbered[1] as string) : null;
      const key = number ? (parent ? `${parent.key}.${number}` : number) : `s${doc.sections.length}`;
      current = {
        key,
        number,
        title: numbered ? (numbered[2] as string) : text,
        level,
        order: doc.sections.length,
        parentKey: parent?.key ?? null,
      };
      doc.sections.push(current);
      stack.push(current);
      continue;
    }
    const para = /^(\d{1,4}(?:\.\d{1,3})?)\.?\s+(.*)$/.exec(line);
    if (para && (/^\d+\.\d+$/.test(para[1] as string) || line.startsWith(`${para[1]}. `))) {
      const number = para[1] as string;
      const text = para[2] as string;
      const p: ParsedParagraph = {
        number,
        order: doc.paragraphs.length,
        text,
        sectionKey: current?.key ?? null,
        parentNumber: number.includes('.') ? (number.split('.')[0] as string) : null,
        items: findLetteredItems(text),
        footnoteRefs: [],
        pages: [],
      };
      doc.paragraphs.push(p);
      continue;
    }
    if (doc.sections.length === 0 && doc.paragraphs.length === 0) doc.titleBlock.push(line);
    else doc.unnumbered.push({ order: doc.unnumbered.length, sectionKey: current?.key ?? null, text: line });
  }
  return doc;
}

export function emptyVocab(places: PlaceEntry[] = []): Vocabularies {
  return { concepts: [], drivers: [], organizations: [], places, projects: [] };
}

export function countries(...names: string[]): PlaceEntry[] {
  return names.map((name) => ({ name, kind: 'country' as const, altLabels: [] }));
}

/** The paragraph with that number (throws, so a test fails loudly on a typo). */
export function para(doc: ParsedDocument, number: string): ParsedParagraph {
  const p = doc.paragraphs.find((x) => x.number === number);
  if (!p) throw new Error(`no paragraph ${number}`);
  return p;
}

export const SEED_PATH = fileURLToPath(new URL('../../../seeds/ctoc-som-constructive-dialogue-2023.md', import.meta.url));

/** The seed document through the real parser. */
export function parsedSeed(): ParsedDocument {
  return parseDocument(readFileSync(SEED_PATH), SEED_PATH);
}
