/**
 * A .docx is a ZIP package of XML parts (ECMA-376 Open Packaging Conventions). This opens it
 * and hands back the parsed parts the reader needs, found the way Word finds them: the main
 * document through the package relationships, and its styles, numbering, footnotes and
 * settings through the main document's relationships (their file names are a convention).
 *
 * The failures a person can act on get one line each: a legacy binary .doc, a
 * password-protected file (Word encrypts a .docx into an OLE container), something that is
 * not a ZIP at all, and a ZIP that holds no Word document.
 */
import { strFromU8, unzipSync } from 'fflate';
import { ParseError } from '../parse-error.js';
import type { Document, Element } from './xml.js';
import { elements, parseXml, root, wAttr } from './xml.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** No Word part of a real document comes near this; a larger one is a decompression bomb. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

const REL_DOCUMENT = /\/officeDocument$/;
const REL_CORE = /\/core-properties$/;
const REL_HEADER = /\/header$/;
/** Which header Word prints first: the first page's (when the section has one), then the default. */
const HEADER_ORDER = ['first', 'default', 'even'];
const REL_TYPES = {
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  endnotes: /\/endnotes$/,
  settings: /\/settings$/,
} as const;

export interface WordPackage {
  document: Document;
  styles: Document | null;
  numbering: Document | null;
  footnotes: Document | null;
  endnotes: Document | null;
  settings: Document | null;
  /** docProps/core.xml: the document properties (Title…). */
  core: Document | null;
  /** The running headers, the first page's first (see document-title.ts). */
  headers: Document[];
}

export function openPackage(raw: Uint8Array, sourceFile: string): WordPackage {
  if (startsWith(raw, OLE_MAGIC)) {
    if (containsUtf16(raw, 'EncryptedPackage')) {
      throw new ParseError(
        sourceFile,
        'password-protected Word file: remove the password in Word (File > Info > Protect Document) and save again',
      );
    }
    throw new ParseError(sourceFile, 'legacy Word .doc: save it as .docx or PDF');
  }
  if (!startsWith(raw, ZIP_MAGIC) && !startsWith(raw, EMPTY_ZIP_MAGIC)) {
    throw new ParseError(sourceFile, 'not a Word .docx file (no ZIP signature): the file is damaged or of another type');
  }

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(raw, {
      filter: (f) => {
        if (f.originalSize > MAX_PART_BYTES) throw new Error(`part ${f.name} would unpack to ${f.originalSize} bytes`);
        return f.name.endsWith('.xml') || f.name.endsWith('.rels');
      },
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ParseError(sourceFile, `damaged Word file: cannot unzip it (${why})`);
  }

  const part = (name: string): Document | null => {
    const bytes = files[name];
    return bytes ? parseXml(strFromU8(bytes), name, sourceFile) : null;
  };

  const packageRels = relTargets(part('_rels/.rels'), '');
  const mainName = packageRels.find((r) => REL_DOCUMENT.test(r.type))?.target ?? 'word/document.xml';
  const coreName = packageRels.find((r) => REL_CORE.test(r.type))?.target;
  const document = part(mainName);
  if (!document) throw new ParseError(sourceFile, 'not a Word document: the ZIP holds no word/document.xml');

  const slash = mainName.lastIndexOf('/');
  const dir = slash === -1 ? '' : mainName.slice(0, slash + 1);
  const rels = relTargets(part(`${dir}_rels/${mainName.slice(slash + 1)}.rels`), dir);
  const related = (type: RegExp): Document | null => {
    const r = rels.find((x) => type.test(x.type));
    return r ? part(r.target) : null;
  };
  return {
    document,
    styles: related(REL_TYPES.styles),
    numbering: related(REL_TYPES.numbering),
    footnotes: related(REL_TYPES.footnotes),
    endnotes: related(REL_TYPES.endnotes),
    settings: related(REL_TYPES.settings),
    core: coreName ? part(coreName) : null,
    headers: headersInOrder(document, rels)
      .map((r) => part(r.target))
      .filter((d): d is Document => d !== null),
  };
}

/** Header parts as the body's section properties reference them, the first page's first. */
function headersInOrder(document: Document, rels: Rel[]): Rel[] {
  const refs: { type: string; id: string }[] = [];
  const walk = (el: Element | Document): void => {
    for (const child of elements(el)) {
      if (child.localName === 'headerReference') refs.push({ type: wAttr(child, 'type') ?? 'default', id: relId(child) });
      else walk(child);
    }
  };
  walk(document);
  const rank = (type: string) => (HEADER_ORDER.indexOf(type) + HEADER_ORDER.length + 1) % (HEADER_ORDER.length + 1);
  const byId = new Map(rels.filter((r) => REL_HEADER.test(r.type)).map((r) => [r.id, r]));
  const ordered = refs
    .sort((a, b) => rank(a.type) - rank(b.type))
    .map((ref) => byId.get(ref.id))
    .filter((r): r is Rel => r !== undefined);
  return [...new Set(ordered)];
}

/** The r:id of a reference element, whatever prefix the file gives the relationships namespace. */
function relId(el: Element): string {
  for (const attr of Array.from(el.attributes)) if (attr.localName === 'id') return attr.value;
  return '';
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

/** Relationship targets resolved against the folder of the part that owns them. */
function relTargets(doc: Document | null, baseDir: string): Rel[] {
  if (!doc) return [];
  const out: Rel[] = [];
  for (const el of elements(root(doc))) {
    if (el.localName !== 'Relationship' || el.getAttribute('TargetMode') === 'External') continue;
    const type = el.getAttribute('Type') ?? '';
    const target = el.getAttribute('Target') ?? '';
    if (target) out.push({ id: el.getAttribute('Id') ?? '', type, target: resolvePath(baseDir, target) });
  }
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function startsWith(raw: Uint8Array, magic: readonly number[]): boolean {
  return raw.length >= magic.length && magic.every((b, i) => raw[i] === b);
}

/** An OLE directory names its streams in UTF-16LE; an encrypted .docx has "EncryptedPackage". */
function containsUtf16(raw: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).includes(needle);
}
