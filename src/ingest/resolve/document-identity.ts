/**
 * Which document a parsed file is (issue 9, item 8): its UN symbol when the title block gives
 * one, else what it says. The content fingerprint hashes the document's text as parsed (title
 * block, headings, numbered paragraphs, footnotes, other blocks), so line endings, a byte-order
 * mark, markup or the file's name do not make a second document, and two different texts under
 * one file name are never one.
 */
import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { documentKey, ids } from '../../graph/ids.js';

export function contentFingerprint(doc: ParsedDocument): string {
  const h = createHash('sha256');
  const put = (tag: string, text: string): void => {
    h.update(tag);
    h.update(text.normalize('NFC').replace(/\s+/g, ' ').trim());
    h.update('\u0000');
  };
  put('title', doc.title ?? '');
  for (const line of doc.titleBlock) put('t', line);
  for (const s of doc.sections) put(`s${s.number ?? ''}`, s.title);
  for (const p of doc.paragraphs) put(`p${p.number}`, p.text);
  for (const f of doc.footnotes) put(`f${f.number}`, f.text);
  for (const b of doc.unnumbered) put('u', b.text);
  return h.digest('hex');
}

export function documentIdOf(parsed: ParsedDocument): string {
  return ids.document(documentKey(parsed.symbol, contentFingerprint(parsed), parsed.title));
}
