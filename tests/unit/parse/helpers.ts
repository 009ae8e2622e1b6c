/** Shared helpers for the parse tests: fixtures by name, inline documents, word lists. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import type { ParseOptions } from '../../../src/ingest/parse/index.js';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/parse/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function parseFixture(name: string): ParsedDocument {
  return parseDocument(readFileSync(FIXTURES + name), name);
}

/** Parses an inline document; the file name decides the format unless options say otherwise. */
export function parseText(text: string, file = 'doc.md', options: ParseOptions = {}): ParsedDocument {
  return parseDocument(Buffer.from(text, 'utf8'), file, options);
}

/** Letters and digits as separate tokens: "submissions1" → ["submissions", "1"]. */
export function tokens(text: string): string[] {
  return text.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Every token the document hands downstream, from every place text can end up. */
export function outputTokens(doc: ParsedDocument): string[] {
  const parts: string[] = [...doc.titleBlock];
  for (const s of doc.sections) parts.push(s.number ?? '', s.title);
  for (const p of doc.paragraphs) parts.push(p.number, p.text, ...p.footnoteRefs);
  for (const f of doc.footnotes) parts.push(f.number, f.text);
  for (const u of doc.unnumbered) parts.push(u.text);
  return parts.flatMap(tokens);
}

export function paragraph(doc: ParsedDocument, number: string) {
  const p = doc.paragraphs.find((x) => x.number === number);
  if (!p) throw new Error(`no paragraph ${number}`);
  return p;
}
