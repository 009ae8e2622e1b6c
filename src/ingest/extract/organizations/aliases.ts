/**
 * Short names a document defines for an organization, and a look-up from any short name to
 * the long form, so that "the Ombudsman noted …" is the organization the document named in full.
 *
 * Constructions (any quote marks, any case of "hereinafter"):
 *   "the Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)"
 *   "the Global Platform of Survivor Leaders (hereinafter “the Platform”)"
 *   "… Foundation (hereinafter: the Foundation)", "(hereinafter referred to as “the Centre”)"
 *   "Name (ACR)" and "ACR (Name)", found by the Schwartz–Hearst algorithm (org-definitions.ts).
 *
 * A plain "(the X)" is an alias only when X's words are words of the name before it ("the
 * Ombudsman" in "… Ombudsman of …"); with "hereinafter" the text says so itself.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { CitableText } from '../citable-texts.js';
import { evidenceAt, footnoteTexts, paragraphTexts } from '../citable-texts.js';
import type { OrgRef } from '../facts.js';
import type { OrgCandidate } from '../org-candidate.js';
import { KIND_RANK } from '../org-candidate.js';
import { findDefinitions } from '../org-definitions.js';
import { kindFromName } from '../org-kind.js';
import { nameBefore } from '../proper-names.js';
import { isNotABody, looksLikeName } from './not-organizations.js';

export interface AliasDefinition {
  /** The long form as written before the parenthesis. */
  name: string;
  /** The short name without quotes or a leading "the": "Ombudsman", "Platform". */
  alias: string;
  key: string;
  start: number;
  end: number;
}

const ALIAS_PAREN =
  /\(\s*(hereinafter(?:\s+(?:referred\s+to\s+as|called|the))?\s*[:,]?\s*)?[“"‘'«]?\s*(?:the\s+|The\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,4}?)\s*[”"’'»]?\s*\)/gu;

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
}

/** Alias definitions in one text, with the long form's span. */
export function findAliasDefinitions(t: CitableText): AliasDefinition[] {
  const out: AliasDefinition[] = [];
  ALIAS_PAREN.lastIndex = 0;
  for (let m = ALIAS_PAREN.exec(t.text); m !== null; m = ALIAS_PAREN.exec(t.text)) {
    const hereinafter = m[1] !== undefined;
    const alias = m[2]!.trim();
    const span = nameBefore(t.text, m.index);
    if (!span || span.end < m.index - 2 || !looksLikeName(span.text) || isNotABody(span.text)) continue;
    const nameWords = new Set(words(span.text));
    const aliasWords = words(alias);
    if (aliasWords.length === 0) continue;
    if (!hereinafter && !aliasWords.every((w) => nameWords.has(w))) continue;
    if (!hereinafter && alias.split(/\s+/).length === 1 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(alias)) continue; // an acronym: Schwartz–Hearst's job
    out.push({ name: span.text, alias, key: aliasKey(alias), start: span.start, end: m.index + m[0].length });
  }
  return out;
}

/** Case, quotes, a leading "the" and possessives do not change a short name. */
export function aliasKey(surface: string): string {
  return surface
    .normalize('NFC')
    .trim()
    .replace(/['’]s$/, '')
    .replace(/[“”"‘’'«»]/g, '')
    .replace(/^\s*the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Alias definitions as organization candidates: the long form, with the alias among its aliases. */
export function aliasCandidates(texts: CitableText[]): OrgCandidate[] {
  return texts.flatMap((t) =>
    findAliasDefinitions(t).map((d): OrgCandidate => {
      const cue = kindFromName(d.name);
      return {
        name: d.name,
        acronym: null,
        aliases: [d.alias],
        kind: cue?.kind ?? null,
        kindRank: cue ? (cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName) : KIND_RANK.none,
        location: null,
        method: 'pattern',
        confidence: 0.85,
        evidence: [evidenceAt(t.key, t.text, d.start, d.end)],
      };
    }),
  );
}

/** Every short name the document defines (aliases and acronyms), to its long form. */
export function aliasMap(doc: ParsedDocument): Map<string, OrgRef> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const texts = [...paragraphTexts(doc), ...footnoteTexts(doc)];
  const map = new Map<string, OrgRef>();
  for (const d of findDefinitions(texts, () => false)) {
    if (d.name && d.acronym && !map.has(aliasKey(d.acronym))) map.set(aliasKey(d.acronym), { name: d.name, acronym: d.acronym });
  }
  for (const t of texts) {
    for (const d of findAliasDefinitions(t)) {
      if (map.has(d.key)) continue;
      const acronym = [...map.values()].find((r) => r.name === d.name)?.acronym ?? null;
      map.set(d.key, { name: d.name, acronym });
    }
  }
  cache.set(doc, map);
  return map;
}

const cache = new WeakMap<ParsedDocument, Map<string, OrgRef>>();

/**
 * The organization a short name stands for in this document ("the Ombudsman", "FMDVEP",
 * "the Platform's"), or null when the document defines no such name. For the statements
 * extractor: a speaker written as a defined short form is the organization named in full.
 */
export function resolveAlias(doc: ParsedDocument, surface: string): OrgRef | null {
  return aliasMap(doc).get(aliasKey(surface)) ?? null;
}
