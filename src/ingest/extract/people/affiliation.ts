/**
 * A person's description split into what they are and whom they are with: "Programme Director
 * at the Safe Passage Alliance (SPA)", "Legal Adviser of the … Network (WANVA)", "a senior
 * researcher with the Centre …", "Minister for Justice … of Kenya", "Director, Government
 * Office for National Minorities". The position keeps the text's words; the affiliation is an
 * organization (with its "(ACR)") or a State from the gazetteer. A job title is never returned
 * as an organization, and an organization's internal unit ("Head of the Coordination Unit of
 * the Platform …") stays in the position.
 */
import type { OrgRef } from '../facts.js';
import { isPositionPhrase, SUB_UNIT } from './name-shapes.js';
import { kindFromName } from '../org-kind.js';
import { gluedUnit, maskInnerListCommas } from '../name-lists.js';

export interface Affiliation {
  position: string | null;
  organization: OrgRef | null;
  state: string | null;
}

export type StateLookup = (surface: string) => string | null;

const NONE: Affiliation = { position: null, organization: null, state: null };

/** "… of [the] <State>" at the end, or before " to …" ("Permanent Representative of Fiji to the United Nations Office"). */
function trailingState(d: string, lookup: StateLookup): { state: string; at: number; end: number } | null {
  for (const m of d.matchAll(/\b(?:of|for|from)\s+(?:the\s+)?/g)) {
    const from = m.index + m[0].length;
    const rest = d.slice(from);
    const stop = /\s+to\s+|\s+at\s+|,|$/.exec(rest);
    const candidate = rest.slice(0, stop ? stop.index : rest.length).trim();
    const state = lookup(candidate);
    if (state) return { state, at: m.index, end: from + candidate.length };
  }
  return null;
}

const JOINERS = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'against',
  'to',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'et',
  'y',
  'da',
  'do',
  'or',
  '&',
  '–',
  '—',
  '-',
]);
/** Head nouns that make the words after "and the" a second organization ("… School and the Harvard School of …"). */
const ORG_HEAD =
  /\b(?:School|University|Institute|Centre|Center|Office|Organization|Organisation|Network|Federation|Alliance|Association|Commission|Committee|Council|Ministry|Fund|Foundation|Agency|Inspectorate|Authority|Programme|Union|Coalition|Society|Court|Bank)\b/;

/** The capitalised run at the start of `t` (joiners inside, commas only before another capitalised segment). */
function capitalisedRun(t: string): string {
  const words = t.split(/(\s+)/);
  let end = 0;
  let pos = 0;
  let lastCap = 0;
  for (const w of words) {
    pos += w.length;
    if (/^\s+$/.test(w) || w === '') continue;
    const bare = w.replace(/[,]$/, '');
    if (/^[\p{Lu}\p{N}]/u.test(bare) || /^[dl]['’]\p{Lu}/u.test(bare)) lastCap = pos - (w.length - bare.length);
    else if (!JOINERS.has(bare)) break;
    end = pos;
  }
  void end;
  // "United Nations Office at Geneva": the duty station is part of the name
  const station = /\bUnited Nations Office$/.test(t.slice(0, lastCap))
    ? /^\s+at\s+\p{Lu}[\p{L}-]+(?![\p{L}])/u.exec(t.slice(lastCap))
    : null;
  return t.slice(0, lastCap + (station ? station[0].length : 0));
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

/**
 * "Réseau des femmes rurales pour l'autonomie", "Red de mujeres indígenas del Cauca": a head word,
 * a Romance connector, then lower-case words, at most ten words in all.
 */
const ROMANCE_SENTENCE_CASE =
  /^\p{Lu}[\p{L}-]+\s+(?:de|des|du|de\s+la|del|de\s+los|de\s+las|pour|para|por|dos|das|da|do)\s+(?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+$/u;
/** An English word rules the Romance reading out ("Red Cross for the region"). */
const ENGLISH_WORD = /\b(?:the|of|and|for|at|in|its|on|with|to)\b/i;

/** An organization written from `text`'s start: "the X (ACR)", "ACR", "X in Geneva". */
export function orgFromRemainder(text: string): OrgRef | null {
  let t = text.trim().replace(/[,;.\s]+$/, '');
  t = t.replace(/^(?:the|The)\s+/, '');
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return null;
  let acronym: string | null = null;
  const paren = /\s*\(([\p{Lu}][\p{L}\p{N}.&/-]*)\)$/u.exec(t);
  if (paren && ((paren[1] as string).match(/\p{Lu}/gu) ?? []).length >= 2) {
    acronym = paren[1] as string;
    t = t.slice(0, paren.index);
  } else {
    // without an acronym to close it, the name is the capitalised run: "Commission at its … session" → "Commission";
    // a French, Spanish or Portuguese name is written in sentence case and is the whole remainder
    // (a bracket after it, "(Burkina Faso)", is not part of the name)
    const bare = t.replace(/\s*\([^()]*\)$/, '');
    t = ROMANCE_SENTENCE_CASE.test(bare) && !ENGLISH_WORD.test(bare) ? bare : capitalisedRun(t);
  }
  // "Harvard Law School and the Harvard School of Public Health": two organizations, the first is the tie
  const and = /\s+and\s+the\s+(.*)$/.exec(t);
  if (and && ORG_HEAD.test(and[1] as string) && ORG_HEAD.test(t.slice(0, and.index))) {
    t = t.slice(0, and.index);
    acronym = null;
  }
  // "World Health Organization in Geneva": the seat is not part of the name
  t = t.replace(/\s+in\s+\p{Lu}[\p{L}-]+$/u, '').replace(/[,\s]+$/, '');
  // "… obligations of States on …": States in general are never one organization
  if (/^(?:Member\s+)?States(?:\s+parties)?$/.test(t) && !acronym) return null;
  if (/^[\p{Lu}\p{N}][\p{Lu}\p{N}/&-]+$/u.test(t) && !acronym) return { name: null, acronym: t };
  if (!t) return acronym ? { name: null, acronym } : null;
  return { name: t, acronym };
}

/** Nouns that end the name of a unit inside an organization ("Social Affairs Directorate", "Human Rights Department"). */
const UNIT_END = /\b(?:Unit|Division|Section|Department|Service|Branch|Directorate|Team|Desk)$/;

/**
 * A description written as a comma-separated list, as delegation lists print them: posts first,
 * then units, then the organization, sometimes a role after it ("Secretary, Head of the X
 * Service, Ministry of Y", "Attaché, Z Department, Ministry of Y", "Ambassador, State
 * Secretary, Ministry of Y, Deputy Head of Delegation"). The organization is the last segment
 * with an organization's head noun that is not a unit (lists run from the inner unit to the
 * outer body), with the segments after it that continue its name ("Ministry of Labour, Family,
 * Social Affairs …"); the posts and the units before it, and posts after it, are the position.
 * Null when the description is not such a list (a single post, or no post first).
 */
function segmentedDescription(d: string, lookup: StateLookup): Affiliation | null {
  const segs: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const m of d.matchAll(/,\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    segs.push({ text: d.slice(from, m.index), start: from, end: m.index });
    from = m.index + m[0].length;
  }
  segs.push({ text: d.slice(from), start: from, end: d.length });
  if (segs.length < 2) return null;
  const isPost = (t: string) => isPositionPhrase(t) && !ORG_HEAD_START.test(t);
  if (!isPost(segs[0]!.text) || trailingState(segs[0]!.text, lookup)) return null;
  let k = 1;
  while (k < segs.length && isPost(segs[k]!.text)) k++;
  // two posts at least, or a post then units before the organization: otherwise the plain split reads it
  let t = segs.length;
  while (t - 1 > k && isPost(segs[t - 1]!.text)) t--;
  let employer = -1;
  for (let i = k; i < t; i++) {
    const text = segs[i]!.text.replace(/^the\s+/i, '');
    if (ORG_HEAD.test(text) && !UNIT_END.test(text)) employer = i;
  }
  if (k === segs.length) {
    if (k < 2) return null;
    // posts only: "Ambassador, Permanent Representative of X to the United Nations Office at Geneva"
    const st = trailingState(d, lookup);
    return { position: d, organization: null, state: st?.state ?? null };
  }
  if (employer < 0 || (k < 2 && employer === k && t === segs.length)) return null;
  const organization = orgFromRemainder(d.slice(segs[employer]!.start, segs[t - 1]!.end));
  if (!organization) return null;
  const posts = [...segs.slice(0, employer), ...segs.slice(t)].map((x) => x.text.trim());
  const inner = trailingState(organization.name ?? '', lookup);
  return {
    position: posts.join(', ').replace(/^(?:a|an|the|its)\s+/i, ''),
    organization,
    state: inner && inner.end >= (organization.name ?? '').length ? inner.state : null,
  };
}

/** An organization's name, not a post, opens the segment ("Permanent Mission of …", "Office of the …"). */
const ORG_HEAD_START = /^(?:the\s+)?(?:Permanent\s+Mission|Embassy|Ministry|Office|Department|Directorate|Agency)\b/i;

/**
 * After a first post and its comma, the further segments that are posts too ("Ambassador,
 * Director-General, Directorate …": a rank, then a function): they belong to the position, and
 * the organization starts after them. `end`: where the position ends; `rest`: where what
 * follows it starts (the description's length when nothing but posts follows).
 */
function postsRun(d: string, from: number): { end: number; rest: number } {
  let end = from;
  let at = from;
  let posts = 0;
  for (;;) {
    const next = /,\s+(?=(?:the\s+)?\p{Lu})/u.exec(d.slice(at));
    const seg = next ? d.slice(at, at + next.index) : d.slice(at);
    if (!isPositionPhrase(seg)) break;
    posts++;
    end = at + seg.length;
    if (!next) return { end, rest: d.length };
    at += next.index + next[0].length;
  }
  return posts === 0 ? { end: from - (/,\s*$/.exec(d.slice(0, from))?.[0].length ?? 0), rest: from } : { end, rest: at };
}

/** Stands for a comma inside a name while the description is split (name-lists.ts). */
const INNER_COMMA = '\uE000';

/**
 * Splits a description (no surrounding commas) into position, organization and State. A list
 * inside a name ("Subcommittee on … Cruel, Inhuman or Degrading …") is one name: its commas are
 * hidden from the split and put back in what it returns.
 */
/** A minister's post, whose "of X" is a portfolio: "Minister", "Deputy Minister", "Vice-Minister". */
const MINISTER = /^(?:(?:Deputy|Vice|Assistant)[\s-])?Minister$/i;

/** "Minister" + "of the Interior" → "Ministry of the Interior"; null when the post is no minister's or "of" names a body. */
export function portfolioMinistry(post: string, portfolio: string): string | null {
  const p = portfolio.trim();
  return MINISTER.test(post.trim()) && /^(?:the\s+)?\p{Lu}/u.test(p) && !ORG_HEAD.test(p) ? `Ministry of ${p}` : null;
}

export function splitAffiliation(description: string, lookup: StateLookup): Affiliation {
  const r = splitWithLists(description, lookup);
  // "Directorate for X Ministry of Y" (a PDF lost the comma): the unit joins the position, the ministry is the employer
  const glued = r.organization?.name && !r.organization.acronym ? gluedUnit(r.organization.name) : null;
  if (!glued) return r;
  return { ...r, position: [r.position, glued.unit].filter((x) => x).join(', '), organization: { name: glued.body, acronym: null } };
}

function splitWithLists(description: string, lookup: StateLookup): Affiliation {
  const masked = maskInnerListCommas(description);
  if (masked === description) return splitPlain(description, lookup);
  const hidden = description
    .split('')
    .map((ch, i) => (ch === ',' && masked[i] !== ',' ? INNER_COMMA : ch))
    .join('');
  const r = splitPlain(hidden, lookup);
  const back = (s: string | null): string | null => (s === null ? null : s.replaceAll(INNER_COMMA, ','));
  return {
    position: back(r.position),
    organization: r.organization ? { ...r.organization, name: back(r.organization.name) } : null,
    state: r.state,
  };
}

function splitPlain(description: string, lookup: StateLookup): Affiliation {
  const d = description
    .trim()
    .replace(/[,;.\s]+$/, '')
    .replace(/^(?:and\s+)/, '');
  if (!d) return NONE;
  const whole = lookup(d.replace(/^(?:the\s+)/i, ''));
  if (whole) return { position: null, organization: null, state: whole };
  // "Ambassador, State Secretary, Ministry of …, Deputy Head of Delegation": several comma-separated posts
  const listed = segmentedDescription(d, lookup);
  if (listed) return listed;
  // "Counselor, Permanent Mission of … to the United Nations Office …": post, then organization
  // a grade printed apart before its post ("III, Secretary, Permanent Mission …") is part of the post
  const grade = /^[IVX]{1,4},\s+/.exec(d)?.[0].length ?? 0;
  const leadAt = /,\s+(?=(?:the\s+)?\p{Lu})/u.exec(d.slice(grade));
  const lead = leadAt ? { index: leadAt.index + grade, 0: leadAt[0] } : null;
  if (lead && isPositionPhrase(d.slice(grade, lead.index)) && !trailingState(d.slice(0, lead.index), lookup)) {
    const posts = postsRun(d, lead.index + lead[0].length);
    const clean = (p: string) => p.replace(/^(?:a|an|the|its)\s+/i, '').trim();
    if (posts.rest >= d.length) {
      // "Ambassador, Permanent Representative of <State> to …": every segment is a post, the State closes the last
      const st = trailingState(d, lookup);
      return { position: clean(d), organization: null, state: st?.state ?? null };
    }
    // "magistrate, Constitutional Court, Plurinational State of Bolivia": a State closing the list is
    // the person's State, not part of the organization's name
    const rest = d.slice(posts.rest);
    const lastComma = rest.lastIndexOf(', ');
    const closing = lastComma > 0 ? lookup(rest.slice(lastComma + 2).replace(/^the\s+/i, '')) : null;
    const organization = orgFromRemainder(closing ? rest.slice(0, lastComma) : rest);
    if (organization) {
      const inner = trailingState(organization.name ?? '', lookup);
      return {
        position: clean(d.slice(0, posts.end)),
        organization,
        state: closing ?? inner?.state ?? null,
      };
    }
  }
  // "Institute for X (Australia), Senior Research Fellow": the organization first, the post after it
  const lastAt = d.lastIndexOf(', ');
  if (lead && lastAt > 0 && !isPositionPhrase(d.slice(0, lead.index)) && isPositionPhrase(d.slice(lastAt + 2))) {
    const named = d.slice(0, lastAt);
    const bracket = /\s*\(([^()]{2,60})\)$/.exec(named);
    const inBracket = bracket ? lookup((bracket[1] as string).trim()) : null;
    const body = inBracket && bracket ? named.slice(0, bracket.index) : named;
    const organization = ORG_HEAD.test(body) && !trailingState(body, lookup) ? orgFromRemainder(body) : null;
    if (organization?.name && organization.name.length >= body.replace(/^the\s+/i, '').length - 1)
      return { position: d.slice(lastAt + 2).trim(), organization, state: inBracket };
  }
  const st = trailingState(d, lookup);
  if (st) {
    const tail = d.slice(st.end).trim();
    const position = (tail === '' ? d.slice(0, st.at) : d).trim().replace(/^(?:a|an|the|its)\s+/i, '') || null;
    // "Director … at the Ministry of Justice of Morocco": the ministry is the organization, the State its State
    // "Deputy Chair of the Financial Monitoring Agency of Kazakhstan": a body named with "of the" before the State is the employer
    // (an inner unit stays in the post: "Head of the Coordination Unit of the Ministry … of X")
    const head = d.slice(0, st.at);
    const at =
      /\s(?:at|with)\s+(?=(?:the\s+)?\p{Lu})/u.exec(head) ??
      [...head.matchAll(/\sof\s+(?=the\s+\p{Lu})/gu)].find((m) => {
        const body = head.slice(m.index + m[0].length);
        return !SUB_UNIT.test(body) && ORG_HEAD.test(body);
      }) ??
      null;
    const organization = at ? orgFromRemainder(d.slice(at.index + at[0].length, tail === '' ? d.length : st.end)) : null;
    return {
      position: at
        ? d
            .slice(0, at.index)
            .replace(/^(?:a|an|the|its)\s+/i, '')
            .trim()
        : position,
      organization,
      state: st.state,
    };
  }
  // at/with/from beat a comma, and a comma beats "of": "Director of Criminal Affairs at the
  // Ministry …", "Head of … Division, Ministry of Justice"
  let best: { at: number; skip: number } | null = null;
  const prep = /\s(at|with|from)\s+(?=(?:the\s+)?[\p{Lu}\p{N}])/u.exec(d);
  const comma = /,\s+(?=(?:the\s+)?[\p{Lu}])/u.exec(d);
  // "Senior Legal Adviser to the Stolen Asset Recovery Initiative (StAR)": a post held towards an
  // organization (never "Special Envoy to the Great Lakes Region": the remainder must be one)
  const to = /\sto\s+(?=the\s+\p{Lu})/u.exec(d);
  const toOrg = to && !/\sof\s/.test(d.slice(0, to.index)) ? orgFromRemainder(d.slice(to.index + to[0].length)) : null;
  if (prep) best = { at: prep.index, skip: prep[0].length };
  else if (comma) best = { at: comma.index, skip: comma[0].length };
  else if (to && toOrg && (toOrg.acronym || (toOrg.name && kindFromName(toOrg.name)))) best = { at: to.index, skip: to[0].length };
  else {
    // "for" names a portfolio, never the employer: "Commissioner for Human Rights of the Council of Europe"
    for (const m of d.matchAll(/\sof\s+(?=(?:the\s+)?[\p{Lu}\p{N}])/gu)) {
      // "representative of the Office of the United Nations High Commissioner …": an "Office of the …" is a body, not a unit
      const after = d.slice(m.index + m[0].length);
      if (SUB_UNIT.test(after) && !/^(?:the\s+)?Office\s+of\s+the\s/.test(after)) continue;
      best = { at: m.index, skip: m[0].length };
      break;
    }
    // "Director of Programmes of Open Assets Central Asia (OACA)": the acronym says where the name starts
    const acr = /\s\(([\p{Lu}][\p{L}\p{N}&/.-]*)\)$/u.exec(d);
    if (best && acr) {
      const fits = [...d.slice(0, acr.index).matchAll(/\sof\s+(?=(?:the\s+)?[\p{Lu}\p{N}])/gu)].find((m) =>
        initialsFit(acr[1] as string, d.slice(m.index + m[0].length, acr.index)),
      );
      if (fits && fits.index !== best.at) best = { at: fits.index, skip: fits[0].length };
    }
  }
  if (!best) return { position: d.replace(/^(?:a|an|the|its)\s+/i, ''), organization: null, state: null };
  const organization = orgFromRemainder(d.slice(best.at + best.skip));
  let position =
    d
      .slice(0, best.at)
      .replace(/^(?:a|an|the|its)\s+/i, '')
      .trim() || null;
  // "Minister of Justice", "Vice-Minister of the Interior": the portfolio names the minister's ministry
  const ministry = organization?.name && !organization.acronym ? portfolioMinistry(position ?? '', d.slice(best.at + best.skip)) : null;
  if (ministry) return { position: d.replace(/^(?:a|an|the|its)\s+/i, ''), organization: { name: ministry, acronym: null }, state: null };
  // "Chair of the Commission at its … session": a body named by one common noun is part of the title as written
  if (organization?.name && !organization.acronym && /^\p{Lu}\p{Ll}+$/u.test(organization.name))
    position = d.replace(/^(?:a|an|the|its)\s+/i, '');
  if (!organization) return { position: d.replace(/^(?:a|an|the|its)\s+/i, ''), organization: null, state: null };
  const inner = trailingState(organization.name ?? '', lookup);
  return { position, organization, state: inner && inner.end >= (organization.name ?? '').length ? inner.state : null };
}
