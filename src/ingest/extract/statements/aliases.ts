/**
 * Short forms a document defines for an organization in passing: "the Office of the … of
 * Finland (the Ombudsman)", "the Global Platform … (hereinafter "the Platform")". A later
 * "the Ombudsman stated …" is then a statement by that organization.
 *
 * A minimal in-document reader, kept here until the organizations extractor's alias map is
 * wired into statements; it reads only the two constructions above.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { OrgRef } from '../facts.js';
import { readOrgRef } from '../text-names.js';

export interface AliasMap {
  /** The organization a short form ("Ombudsman", "the Platform") stands for, or null. */
  lookup(shortForm: string): OrgRef | null;
  /** The short forms, longest first, for matching at a subject position. */
  readonly forms: string[];
}

/** "(the Ombudsman)", "(hereinafter "the Platform")", "(hereinafter referred to as the Office)". */
const DEFINITION =
  /\((?:hereinafter(?:\s+referred\s+to\s+as)?\s+)?["“]?(?:the|The)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})["”]?\)/gu;

function key(form: string): string {
  return form
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();
}

/** Start of the capitalised name that ends just before `end` (the name the alias defines). */
function nameBefore(text: string, end: number): OrgRef | null {
  // walk back over at most 20 words to the start of a "the …"/capitalised run, then read forward
  const head = text.slice(Math.max(0, end - 200), end);
  const offset = Math.max(0, end - 200);
  const candidates = [...head.matchAll(/(?:^|[\s,;(])(?=(?:the\s+|The\s+)?\p{Lu})/gu)].map((m) => offset + m.index + m[0].length);
  for (const start of candidates) {
    const ref = readOrgRef(text, start);
    if (ref?.name && text.slice(ref.end, end).trim() === '' && ref.name.includes(' ')) return { name: ref.name, acronym: ref.acronym };
  }
  return null;
}

export function readAliases(doc: ParsedDocument): AliasMap {
  const map = new Map<string, OrgRef>();
  for (const p of doc.paragraphs) {
    if (!p.text.includes('(')) continue;
    for (const m of p.text.matchAll(DEFINITION)) {
      // an apposition may stand between the name and its alias: "…, which acts as …, (the X)" is rare; keep the simple case
      let before = m.index;
      while (before > 0 && p.text[before - 1] === ' ') before--;
      const org = nameBefore(p.text, before);
      if (org && !map.has(key(m[1] as string))) map.set(key(m[1] as string), org);
    }
  }
  const forms = [...map.keys()].sort((a, b) => b.length - a.length);
  return { lookup: (f) => map.get(key(f)) ?? null, forms };
}

/** "the Ombudsman" / "The Platform" at `pos`: the alias's organization and the end of the phrase. */
export function aliasAt(text: string, pos: number, aliases: AliasMap): { org: OrgRef; end: number } | null {
  if (aliases.forms.length === 0) return null;
  const m = /^(?:the|The)\s+/.exec(text.slice(pos, pos + 4));
  if (!m) return null;
  const rest = text.slice(pos + m[0].length, pos + m[0].length + 60).toLowerCase();
  for (const form of aliases.forms) {
    if (rest.startsWith(form) && !/[\p{L}\p{N}]/u.test(rest[form.length] ?? '')) {
      return { org: aliases.lookup(form)!, end: pos + m[0].length + form.length };
    }
  }
  return null;
}
