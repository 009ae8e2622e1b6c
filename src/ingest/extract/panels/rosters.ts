/**
 * Speakers' lists under captions, as Human Rights Council reports print them:
 *
 *   "the following made statements and asked the panellists questions:
 *    (a) Representatives of States Members of the Council: Brazil, Egypt (on behalf of …), …;
 *    (e) Observers for non-governmental organizations: Amnesty International, Madre, Inc."
 *
 * Each entry is a speaker of that paragraph: a State when the caption speaks of States, else an
 * organization; the caption is the speaker's group, never an organization, and the letters are
 * never topics. "(on behalf of …)" names whom the entry speaks for, not another speaker, and a
 * footnote mark glued to a name ("Spain3") is not part of it.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import type { AgendaItemFact, PanelFact, StatementFact } from '../facts.js';
import { spanEvidence } from '../text-evidence.js';
import { letteredItems } from '../text-items.js';
import { agendaItemOf, isOutcomeSection, panelScopes, structureOf } from '../text-structure.js';
import { uninvertStateName } from '../text-states.js';

export type StateLookup = (surface: string) => string | null;

/** A caption names a group of speakers: representatives, observers, States, organizations … */
const CAPTION = /^\s*([^:;]{3,200}?):\s+/;
const GROUP_WORD =
  /\b(?:Representatives?|Observers?|Speakers?|States?|Members?|organi[sz]ations?|institutions?|institutes|entities|agencies|Sponsors?|delegations?|bodies|mechanisms|Governments?|civil\s+society)\b/i;
const STATE_GROUP = /\bStates?\b|\bdelegations?\b|\bGovernments?\b/i;
const NON_STATE_GROUP =
  /\borgani[sz]ations?\b|\binstitutions?\b|\binstitutes\b|\bentities\b|\bagencies\b|\bbodies\b|\bmechanisms\b|\bcivil\s+society\b/i;
/** Company suffixes that follow a comma but belong to the name before ("Madre, Inc."). */
const SUFFIX = /^(?:Inc|Ltd|LLC|Plc|e\.\s?V|S\.A|a\.s\.b\.l)\.?$/i;

export interface RosterEntry {
  /** Entry as written, without glued footnote marks and "(on behalf of …)". */
  name: string;
  start: number;
  end: number;
}

/** Whether `text[from, to)` has a semicolon outside brackets (before its last character). */
function semicolonParted(text: string, from: number, to: number): boolean {
  let depth = 0;
  const last = text.slice(from, to).replace(/[\s;.]+$/, '').length + from;
  for (let i = from; i < last; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) return true;
  }
  return false;
}

/**
 * Entries of a caption's list, split on commas outside brackets, or on semicolons when the list
 * uses them ("Nigeria, on behalf of the Group of African States; Peru; …": commas then belong
 * to the entry).
 */
export function rosterEntries(text: string, from: number, to: number): RosterEntry[] {
  const parts: { start: number; end: number }[] = [];
  const sep = semicolonParted(text, from, to) ? ';' : ',';
  let depth = 0;
  let s = from;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text[i] : sep;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      parts.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const p of parts) {
    const raw = text.slice(p.start, p.end).trim();
    const prev = merged[merged.length - 1];
    if (prev && SUFFIX.test(raw)) prev.end = p.end;
    else merged.push({ ...p });
  }
  const out: RosterEntry[] = [];
  for (const p of merged) {
    let a = p.start;
    let b = p.end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /[\s;.]/.test(text[b - 1] as string) && !/\b(?:Inc|Ltd)\.$/.test(text.slice(a, b))) b--;
    if (text.startsWith('and ', a)) a += 4;
    let name = text.slice(a, b);
    // "(on behalf of …)", "(also on behalf of …)": whom the speaker spoke for
    const behalf =
      /\s*\((?:also\s+)?on\s+behalf\s+of\b[^()]*(?:\([^()]*\)[^()]*)*\)\s*$/.exec(name) ??
      (sep === ';' ? /,\s*(?:also\s+|speaking\s+)?on\s+behalf\s+of\b.*$/.exec(name) : null);
    if (behalf) {
      name = name.slice(0, behalf.index);
      b = a + name.length;
    }
    // a footnote mark glued to the last word: "Spain3", "Colombia3"
    const mark = /(\p{Ll})\d{1,2}$/u.exec(name);
    if (mark) name = name.slice(0, mark.index + 1);
    name = name.replace(/^the\s+/, '').trim();
    if (name.length >= 2) out.push({ name, start: a, end: b });
  }
  return out;
}

export function extractRosters(
  doc: ParsedDocument,
  lookup: StateLookup,
  agendaItems: AgendaItemFact[],
  panels: PanelFact[],
): { statements: StatementFact[]; paragraphs: Set<string> } {
  const structure = structureOf(doc);
  const scopes = panelScopes(doc, structure, panels);
  const statements: StatementFact[] = [];
  const paragraphs = new Set<string>();
  for (const p of doc.paragraphs) {
    if (isOutcomeSection(structure, p.sectionKey)) continue;
    const items = letteredItems(p);
    const captions = items.flatMap((it) => {
      const c = CAPTION.exec(p.text.slice(it.start, it.end));
      return c && GROUP_WORD.test(c[1] as string) ? [{ it, caption: (c[1] as string).trim(), listStart: it.start + c[0].length }] : [];
    });
    if (captions.length === 0 || captions.length < Math.ceil(items.length / 2)) continue;
    paragraphs.add(p.number);
    let n = 0;
    for (const { it, caption, listStart } of captions) {
      const states = STATE_GROUP.test(caption) && !NON_STATE_GROUP.test(caption);
      for (const e of rosterEntries(p.text, listStart, it.end)) {
        statements.push(
          rosterStatement(p, e, caption, states, lookup, ++n, agendaItemOf(structure, agendaItems, p), scopes.get(p.number) ?? null),
        );
      }
    }
  }
  return { statements, paragraphs };
}

function rosterStatement(
  p: ParsedParagraph,
  e: RosterEntry,
  group: string,
  isState: boolean,
  lookup: StateLookup,
  n: number,
  agendaItem: string | null,
  panelOrdinal: number | null,
): StatementFact {
  const evidence = spanEvidence(p, e.start, e.end);
  const state = isState ? (lookup(e.name) ?? lookup(uninvertStateName(e.name)) ?? e.name) : null;
  const acr = /^(.*?)\s*\(([\p{Lu}][\p{L}\p{N}&/.-]+)\)$/u.exec(e.name);
  // "Asociación X (Peru)": a State in brackets is where the organization is, not its acronym
  const where = acr && !isState ? lookup(acr[2] as string) : null;
  const organization = isState
    ? null
    : acr
      ? { name: acr[1] as string, acronym: where ? null : (acr[2] as string) }
      : { name: e.name, acronym: null };
  return {
    key: `para${p.number}-list-${n}`,
    paragraph: p.number,
    speaker: {
      kind: isState ? 'state' : 'organization',
      personKey: null,
      // the State as written ("Turkey") beside its gazetteer name ("Türkiye"): both are its names
      organization: isState ? { name: e.name, acronym: null } : organization,
      state,
      group,
      quantifier: null,
      surface: evidence.quote ?? e.name,
    },
    text: evidence.quote ?? e.name,
    agendaItem,
    panelOrdinal,
    method: 'rule',
    confidence: 0.9,
    evidence: [evidence],
  };
}
