/**
 * Named people in a piece of text, each with what the text ties to them, in any of the orders
 * UN records use:
 *   name, then description   "Ms. X, Programme Director at the Safe Passage Alliance (SPA), …"
 *   name, then State         "Mr. X (Egypt)", "Ms. X (Kazakhstan), Vice-Chair of the Working Group"
 *   name "of" organization   "Ms. X of La Strada International stated", "Y, of the World Health Organization"
 *   description, then name   "The Minister for Justice … of Kenya, Ms. X, …", "the Special Rapporteur on …, Y"
 * A name with an honorific is always read; a name without one only where the construction
 * vouches for it (after a job title, before ", of <Organization>" or "(<State>)").
 */
import { HONORIFIC_SOURCE, readOrgRef, readPersonName } from '../text-names.js';
import { BODY_HEADS } from '../org-candidate.js';
import { splitAffiliation, orgFromRemainder, type Affiliation, type StateLookup } from './affiliation.js';
import { isPersonApposition, isPositionPhrase, isPostRun, readBareName } from './name-shapes.js';

export interface PersonMention extends Affiliation {
  name: string;
  honorific: string | null;
  /** The name as written (without honorific). */
  nameStart: number;
  nameEnd: number;
  /** The whole mention: description and brackets included. */
  start: number;
  end: number;
}

/** "Mr. de Wilde-Korte", "Ms. van der Berg": a surname may open on a lower-case particle. */
const HONORIFIC_ANYWHERE = new RegExp(
  `(?<![\\p{L}.])${HONORIFIC_SOURCE}\\s+(?=\\p{Lu}|(?:de|del|della|da|das|do|dos|di|du|van|von|der|den|ter|bin|al|el)\\s+(?:der\\s+|den\\s+|la\\s+)?\\p{Lu})`,
  'gu',
);
/** Where a description after a name stops: a clause boundary, or a comma before a verb or the next person. */
const DESC_END = /;|\.(?:\s|$)|\)|,\s+(?=(?:and\s+)?(?:[\p{Ll}]|(?:Mr|Ms|Mrs|Dr|Prof)\.\s))/u;
/** " and composed of", " and accompanied by", " and consisting of": a participle clause after a description. */
const CLAUSE_GOES_ON = /^\s+and\s+\p{Ll}+(?:ed|ing)\s+(?:of|by|with)\b/u;
/** ", inhuman or degrading", ", racial discrimination, xenophobia and related": lower-case items closed by "and"/"or". */
const MANDATE_LIST_GOES_ON =
  /^,\s+(?!(?:who|which|whose|where|said|stated|noted|and|or|a|an|the|one|was|is|had|has|in|at|on)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?(?:,\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)*\s+(?:and|or)\s+\p{Ll}/u;
const ARTICLE_BEFORE = /(?:^|[\s(])(?:the|The|a|A|an|An|its|Its|their|Their)\s+/g;

/**
 * Where an organization's name written at `from` ends: up to a "(ACR)" when one closes the
 * name before any punctuation ("the Association d'aide aux victimes … (AVTE)"), else the
 * capitalised run.
 */
function orgExtent(text: string, from: number): number {
  const acr = /^([^,;:.()]{2,160}?)\s\(([\p{Lu}][\p{L}\p{N}&/.-]*)\)/u.exec(text.slice(from));
  if (acr && /^(?:the\s+)?\p{Lu}/u.test(text.slice(from)) && initialsFit(acr[2] as string, acr[1] as string)) return from + acr[0].length;
  const ref = readOrgRef(text, from);
  return ref ? ref.end : from;
}

/** The acronym's capitals are, in order, initials of the name's words ("AVTE": Association … victimes … traite … exploitation). */
export function initialsFit(acronym: string, name: string): boolean {
  const caps = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const initials = name
    .split(/[\s-]+/)
    .map((w) => (w.toLowerCase() === 'the' ? '' : w.replace(/^[dl]['’]/i, '')).charAt(0).toLowerCase())
    .join('');
  let i = 0;
  for (const ch of initials) if (ch === caps[i]) i++;
  return caps.length >= 2 && i === caps.length && initials.charAt(0) === caps.charAt(0);
}

/** Text from `from` to the end of a description (exclusive), balancing one level of brackets. */
function descriptionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    // "…, Minister of X and composed of the following members": the sentence goes on, the post has ended
    if (ch === ' ' && depth === 0 && CLAUSE_GOES_ON.test(text.slice(i, i + 40))) return i;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (ch === ';' || ch === '.' || ch === ',')) {
      const m = DESC_END.exec(text.slice(i, i + 12));
      // "Special Rapporteur on torture and other cruel, inhuman or degrading …": a mandate's
      // subject listed in lower case goes on after its comma
      if (ch === ',' && /\bon\s+[^,;()]+$/.test(text.slice(from, i)) && MANDATE_LIST_GOES_ON.test(text.slice(i, i + 80))) continue;
      if (m && m.index === 0) return i;
    }
  }
  return text.length;
}

/** "(Post, Organization[, place])" right after a name, brackets balanced one level deep; null unless it opens on a post. */
function bracketedDescription(text: string, at: number, lookup: StateLookup): { aff: Affiliation; end: number } | null {
  const open = /^\s*\(/.exec(text.slice(at));
  if (!open) return null;
  const from = at + open[0].length;
  let depth = 0;
  let close = -1;
  for (let i = from; i < Math.min(text.length, from + 240); i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth--;
    }
  }
  if (close < 0) return null;
  const inner = text.slice(from, close).trim();
  const comma = inner.indexOf(',');
  if (comma < 0 || !isPositionPhrase(inner.slice(0, comma))) return null;
  const split = splitAffiliation(inner, lookup);
  if (!split.position || !(split.organization || split.state)) return null;
  return { aff: split, end: close + 1 };
}

/** What follows a name: "(State)", ", description,", " of Organization". */
function readAfter(text: string, at: number, lookup: StateLookup, honorific: boolean): { aff: Affiliation; end: number } {
  let aff: Affiliation = { position: null, organization: null, state: null };
  let end = at;
  const bracket = /^\s*\(([^()]{2,80})\)/.exec(text.slice(end));
  if (bracket) {
    const inner = (bracket[1] as string).trim();
    const state = lookup(inner);
    const org = state ? null : orgFromRemainder(inner);
    if (state || (org && org.acronym && !org.name && honorific)) {
      aff = { ...aff, state, organization: org };
      end += bracket[0].length;
    }
  }
  // "Ms. X (Executive Director, Centre for …, Land and Justice (CWLJ), Nairobi)": a list of
  // panellists may put the whole description in brackets, post first
  if (honorific && end === at) {
    const described = bracketedDescription(text, end, lookup);
    if (described) return described;
  }
  const rest = text.slice(end);
  const comma = /^,\s+/.exec(rest);
  if (comma) {
    const from = end + comma[0].length;
    const stop = descriptionEnd(text, from);
    const desc = text.slice(from, stop);
    const ofOrg = /^(?:of|from)\s+/.exec(desc);
    if (ofOrg && /^(?:the\s+)?[\p{Lu}\p{N}]/u.test(desc.slice(ofOrg[0].length))) {
      const org = orgFromRemainder(desc.slice(ofOrg[0].length));
      if (org) return { aff: { ...aff, organization: aff.organization ?? org }, end: stop };
    }
    if (desc.length > 0 && desc.length < 200 && isPositionPhrase(desc) && !/^(?:and|who|which|said|stated)\b/.test(desc)) {
      const split = splitAffiliation(desc, lookup);
      return {
        aff: {
          position: split.position,
          organization: aff.organization ?? split.organization,
          state: aff.state ?? split.state,
        },
        end: stop,
      };
    }
    // "Jane Roe, a former nurse who now coordinates the X Network": an indefinite apposition whose
    // relative clause says whom the person works for
    if (isPersonApposition(`, ${desc}`)) {
      const clause = text.slice(from, clauseEnd(text, from));
      const tie = RELATIVE_TIE.exec(clause);
      const org = tie ? orgFromRemainder(clause.slice(tie.index + tie[0].length).split(/[,;]/)[0] ?? '') : null;
      if (org?.name && !lookup(org.name)) return { aff: { ...aff, organization: aff.organization ?? org }, end };
    }
    return { aff, end };
  }
  const of = /^\s+(?:of|from)\s+(?=(?:the\s+)?\p{Lu})/u.exec(rest);
  if (of && !aff.state) {
    const from = end + of[0].length;
    const extent = orgExtent(text, from);
    if (extent > from) {
      const state = lookup(text.slice(from, extent).replace(/^the\s+/i, ''));
      if (state) return { aff: { ...aff, state }, end: extent };
      const ref = orgFromRemainder(text.slice(from, extent));
      if (ref) return { aff: { ...aff, organization: ref }, end: extent };
    }
  }
  return { aff, end };
}

/** "who now coordinates the …", "who heads the …", "who works for the …": a relative clause tying a person to a body. */
const RELATIVE_TIE =
  /\bwho\s+(?:now\s+|currently\s+|also\s+)?(?:coordinates|heads|leads|directs|chairs|runs|founded|co-founded|works\s+(?:for|with|at)|volunteers\s+(?:for|with))\s+(?=(?:the\s+)?\p{Lu})/u;

/** End of the clause a list item or sentence runs to: a semicolon or a full stop. */
function clauseEnd(text: string, from: number): number {
  const m = /;|\.(?:\s|$)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * The job title that ends right before a name ("…, the Deputy Executive Director of UNODC, Y"):
 * the nearest article-led phrase before the comma that reads as a position, within the clause.
 */
export function positionBefore(text: string, commaAt: number): { phrase: string; start: number } | null {
  const from = Math.max(0, commaAt - 240);
  const window = text.slice(from, commaAt);
  const clause = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
  const base = clause >= 0 ? from + clause + 1 : from;
  const candidates: number[] = [];
  ARTICLE_BEFORE.lastIndex = 0;
  const seg = text.slice(base, commaAt);
  for (const m of seg.matchAll(ARTICLE_BEFORE)) candidates.push(base + m.index + (m[0].startsWith(' ') || m[0].startsWith('(') ? 1 : 0));
  // the clause itself may open on the title: "; Minister of … of X, Name"
  const lead = /^\s*/.exec(seg)?.[0].length ?? 0;
  candidates.unshift(base + lead);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const start = candidates[i] as number;
    const phrase = text.slice(start, commaAt);
    if (phrase.length < 3) continue;
    if (!isPositionPhrase(phrase)) continue;
    const head = phrase.replace(/^(?:the|a|an|its|their)\s+/i, '');
    if (!/^[\p{Lu}]|^(?:co-founder|founder|senior|junior|researcher)/u.test(head)) continue;
    return { phrase, start };
  }
  return null;
}

export function mentionAround(
  text: string,
  name: { name: string; honorific: string | null; start: number; nameStart: number; nameEnd: number },
  lookup: StateLookup,
): PersonMention {
  const after = readAfter(text, name.nameEnd, lookup, name.honorific !== null);
  let aff = after.aff;
  let start = name.start;
  const before = /,\s*$/.exec(text.slice(Math.max(0, name.start - 3), name.start));
  if (before) {
    const commaAt = text.lastIndexOf(',', name.start);
    const pos = positionBefore(text, commaAt);
    if (pos) {
      const split = splitAffiliation(pos.phrase, lookup);
      aff = {
        position: aff.position ?? split.position,
        organization: aff.organization ?? split.organization,
        state: aff.state ?? split.state,
      };
      start = pos.start;
    }
  }
  return { name: name.name, honorific: name.honorific, nameStart: name.nameStart, nameEnd: name.nameEnd, start, end: after.end, ...aff };
}

/** Every person the text names with an honorific, and those without one where a construction vouches for them. */
export function findPersonMentions(text: string, lookup: StateLookup): PersonMention[] {
  const out: PersonMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const m of text.matchAll(HONORIFIC_ANYWHERE)) {
    const p = readPersonName(text, m.index);
    // "H.E. Mr. X": the inner honorific starts the name
    if (!p || !p.honorific || /^(?:Mr|Ms|Mrs|Dr|Prof|Mme)$/.test(p.name)) continue;
    // "Counsel at Justice Without Walls Initiative": a word honorific before a run that ends on a
    // body's head noun is the first word of an organization's name, not a title before a person
    if (/^\p{L}+$/u.test(p.honorific) && p.name.includes(' ') && BODY_HEADS.test(p.name.split(/\s+/).pop() ?? '')) continue;
    const nameStart = p.end - p.name.length;
    out.push(mentionAround(text, { name: p.name, honorific: p.honorific, start: p.start, nameStart, nameEnd: p.end }, lookup));
    taken.push([p.start, p.end]);
  }
  // Bare names: after ", " or ": " or "by ", vouched for by the title before or the affiliation after.
  for (const m of text.matchAll(/(?:,\s+(?:and\s+)?|:\s+|[.!?]\s+|\b(?:by|of|from)\s+|^)(?=\p{Lu})/gu)) {
    const at = m.index + m[0].length;
    const run = readBareName(text, at, (s) => lookup(s) !== null);
    // "Ms. A, Senior Adviser, Coordinator for …": a post between commas is not a name
    if (!run || !free(run.start, run.end) || isPostRun(run.name)) continue;
    const tail = text.slice(run.end, run.end + 40);
    const closes = /^\s*(?:[,.;:]|$|\(|\s(?:and|moderated|made|chaired|facilitated|answered|presented|delivered|was|were|served)\b)/.test(
      tail,
    );
    if (!closes) continue;
    const men = mentionAround(text, { name: run.name, honorific: null, start: run.start, nameStart: run.start, nameEnd: run.end }, lookup);
    const panellist = /^,\s+(?:one of the panel(?:l)?ists|a panel(?:l)?ist)\b/.test(tail);
    // "of X" is vouched for only by what follows it: "the testimony of X, one of the panellists"
    const afterOf = /\bof\s+$/.test(m[0]);
    // "… from Enforced Disappearance (France)": after a preposition a bracketed State ends a title, not a name
    const afterPreposition = /\b(?:of|from|by)\s+$/.test(m[0]);
    // "moderated by Nadia X, Director of …": a role verb's agent is a person (Council reports drop honorifics)
    const roleAgent = /\b(?:co-)?(?:chaired|moderated|facilitated|presided(?:\s+over)?)\s+by\s+$/i.test(
      text.slice(Math.max(0, at - 40), at),
    );
    // "the case of Yaw Mensah, a presenter with …", "of Ama Owusu, an elderly woman …": an
    // indefinite apposition that describes a person vouches for the name, after "of" too
    const apposition = isPersonApposition(text.slice(run.end, run.end + 120));
    // "Jane Roe, Deputy Director of X, presided …": a post written right after the name vouches for it
    const postAfter = men.position !== null && men.end > run.end && /^,\s/.test(tail) && !afterOf;
    const vouched =
      panellist ||
      postAfter ||
      roleAgent ||
      apposition ||
      (men.state !== null && !afterPreposition && men.start === run.start) ||
      // a title read back over another person ("Ms. A, Director, X Office, <words>") vouches for nobody
      (!afterOf && ((men.start < run.start && free(men.start, run.start)) || /^,\s+(?:of|from)\s/.test(tail)));
    if (!vouched) continue;
    out.push(men);
    taken.push([run.start, run.end]);
  }
  return out.sort((a, b) => a.nameStart - b.nameStart);
}
