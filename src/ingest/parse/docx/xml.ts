/**
 * The few DOM helpers the WordprocessingML reader needs. Word parts are namespaced XML, and
 * the prefix ("w:") is only a convention of the writer, so elements are matched by namespace
 * URI and local name, never by their qualified name.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { ParseError } from '../parse-error.js';

/** WordprocessingML main namespace (ECMA-376 transitional, what Word writes). */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The same vocabulary under ISO 29500 strict (written by "Strict Open XML" save-as). */
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
/** Markup compatibility: alternative renderings of one object (mc:AlternateContent). */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const ELEMENT_NODE = 1;

export type { Document, Element };

/** Parses one part; malformed XML is a ParseError naming the part. */
export function parseXml(text: string, part: string, sourceFile: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ParseError(sourceFile, `damaged Word file: ${part} is not well-formed XML (${why.slice(0, 120)})`);
  }
}

/** Is this a WordprocessingML element with that local name (transitional or strict)? */
export function isW(node: Element, local: string): boolean {
  return node.localName === local && (node.namespaceURI === W || node.namespaceURI === W_STRICT);
}

/** Element children, in order. */
export function elements(parent: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) out.push(n as Element);
  }
  return out;
}

/** The first w:<local> child, or null. */
export function wChild(parent: Element, local: string): Element | null {
  for (const e of elements(parent)) if (isW(e, local)) return e;
  return null;
}

/** Every w:<local> child. */
export function wChildren(parent: Element, local: string): Element[] {
  return elements(parent).filter((e) => isW(e, local));
}

/** A w:-namespaced attribute ("w:val"), or null when absent. */
export function wAttr(el: Element, local: string): string | null {
  const v = el.getAttributeNS(W, local) ?? el.getAttributeNS(W_STRICT, local);
  if (v !== null && v !== '') return v;
  // Some writers leave attributes unqualified; ECMA-376 readers accept them.
  const plain = el.getAttribute(`w:${local}`) ?? el.getAttribute(local);
  return plain === '' ? null : plain;
}

/** w:val of the w:<local> child, or null. */
export function wVal(parent: Element | null, local: string): string | null {
  if (!parent) return null;
  const c = wChild(parent, local);
  return c ? wAttr(c, 'val') : null;
}

/** An integer attribute value, or null when absent or not a number. */
export function intOrNull(v: string | null): number | null {
  if (v === null) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** The document element of a parsed part. */
export function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new Error('empty XML part');
  return el;
}
