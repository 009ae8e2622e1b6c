/**
 * A Word file's own title when its body opens with no title of its own (a list exported as
 * one long table): the document property Title (docProps/core.xml), else the running header
 * of the first page, whose tab-separated parts often read "<body and session> <tab> <what
 * the list is> <tab> Page N of M". Page numbers and empty parts are dropped; the rest are
 * joined with ": ". Without either, the caller falls back on the file name.
 */
import type { Document, Element } from './xml.js';
import { elements, isW, root } from './xml.js';

const PAGE_PART = /^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i;
/** A header part longer than this is running text, not a title. */
const LONGEST_TITLE = 300;

export function coreTitle(core: Document | null): string | null {
  if (!core) return null;
  for (const el of elements(root(core))) {
    if (el.localName === 'title') {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return text === '' ? null : text;
    }
  }
  return null;
}

export function headerTitle(headers: readonly Document[]): string | null {
  for (const header of headers) {
    const parts: string[] = [];
    for (const p of descendants(root(header)).filter((el) => isW(el, 'p'))) parts.push(...tabParts(p));
    const words = parts.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '' && !PAGE_PART.test(s));
    const title = words.join(': ');
    if (title !== '' && title.length <= LONGEST_TITLE) return title;
  }
  return null;
}

/** The paragraph's printed text split at its tabs; field codes (PAGE, NUMPAGES) are not text. */
function tabParts(p: Element): string[] {
  const parts: string[] = [''];
  const walk = (el: Element): void => {
    for (const child of elements(el)) {
      if (isW(child, 'instrText') || isW(child, 'delText') || isW(child, 'del') || isW(child, 'rPr') || isW(child, 'pPr')) continue;
      if (isW(child, 't')) parts[parts.length - 1] += child.textContent ?? '';
      else if (isW(child, 'tab') || isW(child, 'ptab') || isW(child, 'br')) parts.push('');
      else walk(child);
    }
  };
  walk(p);
  return parts;
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of elements(el)) out.push(child, ...descendants(child));
  return out;
}
