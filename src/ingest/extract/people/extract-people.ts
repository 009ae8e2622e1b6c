/**
 * Every named person of a document, once, with position and affiliation (organization or
 * State) and the roles the text gives them: from the numbered paragraphs, the title block
 * ("Vice-President and Rapporteur: Mr. X (Egypt)") and an annex listing a delegation. Later
 * mentions by surname ("Ms. Haddad") point back to the person first named in full. The
 * mentions are kept (paragraph, span, roles) so panels and speakers can place each person.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { Evidence, PersonFact } from '../facts.js';
import { pronounForHonorific, readOrgRef } from '../text-names.js';
import type { StateLookup } from './affiliation.js';
import { findPeopleLists } from './lists.js';
import { findPersonMentions, mentionAround, type PersonMention } from './mentions.js';
import { isPersonApposition, isPositionPhrase, readBareName } from './name-shapes.js';
import { readAnnexPeople } from './annex.js';
import { readProgramme, readRosters, type ProgrammePanel } from './programme.js';
import { annexKey, FOOTNOTE_PREFIX, footnoteKey, titleKey } from '../citable-texts.js';
import { isStakeholderList } from '../org-endnotes.js';
import { isAcronymToken } from '../org-definitions.js';

export interface MentionRecord {
  personKey: string;
  /** Citable key: a paragraph number, `title-<n>` for the title block, `annex-<n>` for an annex block. */
  paragraph: string;
  start: number;
  end: number;
  nameStart: number;
  /** Roles this mention's own words give ("moderator", "panellist" from a panellists' list…). */
  roles: string[];
  /** True when the mention came from a list introduced as panellists. */
  inPanellistList: boolean;
}

/** A person a programme seats on a panel, by the key people reading gave them. */
export interface ProgrammeSeatRead {
  panel: number;
  role: 'moderator' | 'panellist';
  personKey: string;
  evidence: Evidence;
}

export interface PeopleRead {
  persons: PersonFact[];
  mentions: MentionRecord[];
  /** Panels a programme outside the paragraphs lists, with the keys of the people on each. */
  programme?: { panels: ProgrammePanel[]; seats: ProgrammeSeatRead[] };
  /** People a roster table lists ("Panellist | Organization | Function"), with the section the table stands in. */
  rosters?: { sectionKey: string | null; personKey: string; evidence: Evidence }[];
}

const VERB_ROLE: [RegExp, string][] = [
  [/co-chaired/i, 'Co-Chair'],
  [/chaired|presided/i, 'Chair'],
  [/moderated/i, 'moderator'],
  [/facilitated/i, 'facilitator'],
];

const INVITED_ROLE: Record<string, string> = {
  'co-chair': 'Co-Chair',
  chair: 'Chair',
  preside: 'Chair',
  moderate: 'moderator',
  facilitate: 'facilitator',
};

function verbRole(verb: string): string | null {
  for (const [re, role] of VERB_ROLE) if (re.test(verb)) return role;
  return null;
}

/** A line that gives one role its person: "Moderator: …", "Chair: …", "Facilitator: …". */
export const ROLE_LINE = /^\s*(?:Moderators?|Chair(?:person)?|Facilitators?|Rapporteur)\s*:\s*\S/i;

/** Roles from the words around a mention: "moderated by …", "…, moderated the discussion", "Rapporteur: …". */
function contextRoles(text: string, m: PersonMention): string[] {
  const roles: string[] = [];
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const by = /\b(co-chaired|chaired|presided(?:\s+over)?|moderated|facilitated)\s+by\s*$/i.exec(before);
  // "chaired by the Co-Chairs …, Ms. X": the title says which kind of chair
  if (by)
    roles.push(
      /co-chair/i.test(`${m.position ?? ''} ${text.slice(m.start, m.nameStart)}`) ? 'Co-Chair' : (verbRole(by[1] as string) as string),
    );
  const after = text.slice(m.end, m.end + 60);
  const verb = /^\s*,?\s*(?:(?:then|also|jointly)\s+)?(co-chaired|chaired|presided|moderated|facilitated)\b/i.exec(after);
  if (verb) roles.push(verbRole(verb[1] as string) as string);
  const served =
    /^\s*,?\s*(?:served|acted|was\s+appointed|was\s+elected)\s+as\s+(?:the\s+|its\s+)?((?:Vice-|Co-)?(?:Chair(?:person)?|President|Rapporteur|Moderator|Facilitator))\b/i.exec(
      after,
    );
  if (served) roles.push(normaliseCaptionRole(served[1] as string));
  // "invited Ms. X, Post, to moderate the panel": the role the invitation gives
  if (/\b(?:invited|asked|requested)\s+$/i.test(before)) {
    const invited = /^\s*,?\s*to\s+(co-chair|chair|preside|moderate|facilitate)\b/i.exec(after);
    if (invited) roles.push(INVITED_ROLE[(invited[1] as string).toLowerCase()] as string);
  }
  // "elected by acclamation as its Chair-Rapporteur the Ambassador …, X": the office comes before the person
  const elected =
    /\b(?:elected|appointed|designated)\s+(?:by\s+acclamation\s+)?as\s+(?:the\s+|its\s+)?((?:Vice-|Co-)?(?:Chair(?:person)?|President|Rapporteur|Moderator|Facilitator))(?:-Rapporteur)?\s+$/i.exec(
      before,
    );
  if (elected) roles.push(normaliseCaptionRole(elected[1] as string));
  // "With X, Senior Economist at …, as moderator, the session …"
  const as = /^\s*,\s*as\s+(?:the\s+|its\s+)?(moderator|facilitator|chair(?:person)?|rapporteur)\b/i.exec(after);
  if (as) roles.push(normaliseCaptionRole(as[1] as string));
  const caption =
    /\b((?:Vice-)?(?:President|Chair(?:person)?)|Co-Chairs?|Rapporteur|Moderator|Facilitator)(?:\s+and\s+Rapporteur)?\s*:\s*$/i.exec(
      before,
    );
  if (caption) roles.push(normaliseCaptionRole(caption[1] as string));
  if (/rapporteur\s*:\s*$/i.test(before) && !roles.includes('rapporteur')) roles.push('rapporteur');
  return roles;
}

function normaliseCaptionRole(word: string): string {
  const w = word.replace(/s$/, '').toLowerCase();
  if (w === 'co-chair') return 'Co-Chair';
  if (w.startsWith('vice-president')) return 'Vice-President';
  if (w.startsWith('vice-chair')) return 'Vice-Chair';
  if (w.startsWith('president')) return 'President';
  if (w.startsWith('chair')) return 'Chair';
  if (w === 'vice-chair') return 'Vice-Chair';
  return w;
}

function listRole(role: string): string {
  if (role === 'co-chair') return 'Co-Chair';
  if (role === 'chair') return 'Chair';
  if (role === 'vice-chair') return 'Vice-Chair';
  return role;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Source {
  key: string;
  text: string;
  /** The State an annex's delegation belongs to. */
  state?: string | null;
  extraRoles?: (m: PersonMention) => string[];
}

/** Mentions of one text, with list roles applied and bare names from lists added. */
function readText(text: string, lookup: StateLookup): { m: PersonMention; roles: string[]; listed: boolean }[] {
  const mentions = findPersonMentions(text, lookup);
  const out = mentions.map((m) => ({ m, roles: contextRoles(text, m), listed: false }));
  for (const list of findPeopleLists(text)) {
    for (const item of list.items) {
      const inside = out.filter((x) => x.m.nameStart >= item.start && x.m.nameStart < item.end);
      if (inside.length === 0 && list.role !== null) {
        // an item that opens on a name: "Jane Roe", "Jane Roe (Ghana)", "Jane Roe, Director of …"
        const run = readBareName(text, item.start, (s) => lookup(s) !== null);
        const rest = run ? text.slice(run.end, item.end) : '';
        if (!run || !/^(?:\s*$|\s*\([^()]+\)\s*$|,\s+\S)/.test(rest)) continue;
        // "Asociación de Mujeres X, Guardianas y Sabias": after a comma only a post vouches for a name
        // (or an indefinite apposition that describes a person: "Jane Roe, a former domestic worker who …")
        if (rest.startsWith(',') && !isPositionPhrase(rest.slice(1).split(/[,;(]/)[0] ?? '') && !isPersonApposition(rest)) continue;
        const m = mentionAround(
          text,
          { name: run.name, honorific: null, start: run.start, nameStart: run.start, nameEnd: run.end },
          lookup,
        );
        out.push({ m, roles: [], listed: false });
        inside.push(out[out.length - 1]!);
      }
      for (const x of inside) {
        // a speakers' list says who spoke, not what they are
        if (list.role && list.role !== 'speaker' && !x.roles.includes(listRole(list.role))) x.roles.push(listRole(list.role));
        if (list.role === 'panellist') x.listed = true;
      }
    }
  }
  for (const x of out) {
    if (/^,\s+(?:one of the panel(?:l)?ists|a panel(?:l)?ist)\b/.test(text.slice(x.m.nameEnd, x.m.nameEnd + 30))) x.roles.push('panellist');
    // "Ms. X (Samoa) served as rapporteur": the post is the role
    const served = /^\s*,?\s*(?:served|acted)\s+as\s+(?:the\s+|its\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(
      text.slice(x.m.end, x.m.end + 60),
    );
    if (served && !x.m.position && x.roles.length > 0)
      x.m = { ...x.m, position: (served[1] as string).replace(/\s+(?:of|for|at|and|in)$/, '') };
    // "Vice-President and Rapporteur: Mr. X": the caption is the post
    const caption = /((?:Vice-|Co-)?(?:President|Chair(?:person)?|Rapporteur)(?:\s+and\s+Rapporteur)?)\s*:\s*$/.exec(
      text.slice(0, x.m.start),
    );
    if (caption && !x.m.position) x.m = { ...x.m, position: caption[1] as string };
    // "The Office of … was represented by its Senior Legal Adviser, Ms. X": the subject is the organization
    if (
      !x.m.organization &&
      /\brepresented\s+by\s+$/.test(text.slice(Math.max(0, x.m.start - 20), x.m.start)) &&
      text.startsWith('its ', x.m.start)
    ) {
      const dot = text.lastIndexOf('. ', x.m.start);
      const org = readOrgRef(text, dot < 0 ? 0 : dot + 2);
      if (org?.name) x.m = { ...x.m, organization: { name: org.name, acronym: org.acronym } };
    }
  }
  return out.sort((a, b) => a.m.nameStart - b.m.nameStart);
}

/** An entry of a contributor list: "ACR Name, City (Country)" after a separator. */
const LIST_ENTRY = /(?:^|[;:.]\s+)([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\s+(?:The\s+|the\s+)?(\p{Lu}[^,;()]*[^,;()\s])\s*,/gu;

/**
 * "ACHPR African Commission …, Banjul (Gambia); Attachment: (ACHPR-SR) Letter of Commissioner X":
 * a person named in an entry's attachment belongs to that entry's organization.
 */
function attachmentOwner(text: string, at: number): { name: string; acronym: string } | null {
  const before = text.slice(0, at);
  const caption = before.search(/Attachments?:[^;]*$/);
  if (caption < 0) return null;
  let owner: { name: string; acronym: string } | null = null;
  for (const m of before.slice(0, caption).matchAll(LIST_ENTRY)) {
    if (isAcronymToken(m[1]!)) owner = { acronym: m[1]!, name: m[2]! };
  }
  return owner;
}

/**
 * `known` are people other readers already keyed (the chairs): a mention of the same name is
 * the same person and keeps that key, so statements that point at a chair still find them.
 */
export function extractPeople(doc: ParsedDocument, lookup: StateLookup, known: PersonFact[] = []): PeopleRead {
  const persons: PersonFact[] = known.map((p) => ({ ...p, roles: [...p.roles], evidence: [...p.evidence] }));
  const byKey = new Map<string, PersonFact>();
  for (const p of persons) if (p.name) byKey.set(nameKey(p.name), p);
  const mentions: MentionRecord[] = [];
  const sources: Source[] = [
    ...doc.titleBlock.map((line, i) => ({ key: titleKey(i), text: line })),
    ...doc.paragraphs.map((p) => ({ key: p.number, text: p.text })),
    // footnotes name people too ("Report by Mr. X, Commissioner for Human Rights of …"); cited as fn<n>
    ...doc.footnotes.map((f) => ({ key: footnoteKey(f.number), text: f.text })),
    // "Moderator: X, Post, Organization" printed under a session's heading, outside the numbered paragraphs
    ...doc.unnumbered.filter((b) => ROLE_LINE.test(b.text)).map((b) => ({ key: annexKey(b.order), text: b.text })),
  ];
  const annex = readAnnexPeople(doc, lookup);

  // "Mr. Quispe Huamán" after "Rafael Quispe Huamán": a compound surname behind an honorific is
  // the tail of one full name already read (only when exactly one name ends that way)
  const compoundSurname = (name: string): PersonFact | undefined => {
    const k = nameKey(name);
    const found = persons.filter((p) => p.name && nameKey(p.name).endsWith(` ${k}`));
    return found.length === 1 ? found[0] : undefined;
  };
  const surname = (name: string): PersonFact | undefined => {
    const k = nameKey(name);
    // a hyphenated surname ("Ms. Ruiz-Lopez") keys as two words: the tail of the full name
    return persons.find((p) => p.name && nameKey(p.name).split(' ').pop() === k) ?? compoundSurname(name);
  };

  const deferred: { src: Source; m: PersonMention; roles: string[]; listed: boolean; state: string | null }[] = [];
  let retrying = false;
  const record = (src: Source, m: PersonMention, roles: string[], listed: boolean, state: string | null): void => {
    const single = !m.name.includes(' ');
    let person =
      byKey.get(nameKey(m.name)) ??
      // a post written as a title ("Minister Acosta Ramírez said") stands where an honorific would
      (single ? surname(m.name) : m.honorific || (m.position !== null && src.text.slice(m.start, m.nameStart).trim() === m.position) ? compoundSurname(m.name) : undefined);
    // "Ms. Haddad" with no full name before: not enough to name a person, unless a later text
    // (a footnote, a list under the heading) names her in full: tried again at the end
    if (!person && single) {
      if (m.honorific && !retrying) deferred.push({ src, m, roles, listed, state });
      return;
    }
    const evidence: Evidence = { paragraph: src.key, start: m.start, end: m.end, quote: src.text.slice(m.start, m.end) };
    if (!person) {
      person = {
        key: `person-${persons.length + 1}`,
        name: m.name,
        honorific: m.honorific,
        pronoun: pronounForHonorific(m.honorific),
        roles: [],
        position: null,
        organization: null,
        state: null,
        method: 'pattern',
        confidence: m.honorific ? 0.85 : 0.75,
        evidence: [],
      };
      persons.push(person);
      byKey.set(nameKey(m.name), person);
    }
    // a State is never an organization: the chair reader files "(Mexico)" as one
    const stateAsOrg = person.organization?.name && !person.organization.acronym ? lookup(person.organization.name) : null;
    if (stateAsOrg) {
      person.state ??= stateAsOrg;
      person.organization = null;
    }
    person.honorific ??= m.honorific;
    person.pronoun ??= pronounForHonorific(m.honorific);
    // a fuller title wins over its start ("Chair" → "Chair of the Commission at its … session")
    if (m.position && (!person.position || (m.position.length > person.position.length && m.position.startsWith(person.position))))
      person.position = m.position;
    // the fuller name of the same organization wins ("ILO Regional Office for Asia" → "… and the Pacific")
    const known = person.organization?.name;
    if (
      !person.organization ||
      (known && m.organization?.name && m.organization.name.length > known.length && m.organization.name.startsWith(known))
    )
      person.organization = m.organization ?? person.organization;
    person.state ??= m.state ?? state;
    for (const r of roles) if (!person.roles.includes(r)) person.roles.push(r);
    person.evidence.push(evidence);
    mentions.push({
      personKey: person.key,
      paragraph: src.key,
      start: m.start,
      end: m.end,
      nameStart: m.nameStart,
      roles,
      inPanellistList: listed,
    });
  };

  // a programme printed before the paragraphs names people in full that the paragraphs call by surname
  const programme = readProgramme(doc, lookup);
  const seats: ProgrammeSeatRead[] = [];
  for (const s of programme.seats) {
    const before = mentions.length;
    record({ key: s.key, text: s.text }, s.mention, [s.role], s.role === 'panellist', null);
    const m = mentions[before];
    if (!m) continue;
    const evidence: Evidence = { paragraph: m.paragraph, start: m.start, end: m.end, quote: s.text.slice(m.start, m.end) };
    seats.push({ panel: s.panel, role: s.role, personKey: m.personKey, evidence });
  }
  // a "Panellists:" list inside a panel's own section: listed panellists, the section says which panel
  for (const s of programme.loose) record({ key: s.key, text: s.text }, s.mention, [s.role], s.role === 'panellist', null);
  // a roster table (one person a row) names its people in full, like a programme
  const rosters: NonNullable<PeopleRead['rosters']> = [];
  for (const r of readRosters(doc, lookup)) {
    const before = mentions.length;
    record({ key: r.key, text: r.text }, r.mention, ['panellist'], true, null);
    const m = mentions[before];
    if (!m) continue;
    rosters.push({
      sectionKey: r.sectionKey,
      personKey: m.personKey,
      evidence: { paragraph: m.paragraph, start: m.start, end: m.end, quote: r.text.slice(m.start, m.end) },
    });
  }
  for (const src of sources) {
    // A list of contributors gives addresses: "Ghana Albinism Network, Cape Coast (Ghana)" puts a
    // city, not a person, before the bracketed State. There only a name with more than a State
    // to vouch for it (an honorific, a post, an organization) is a person.
    const addresses = src.key.startsWith(FOOTNOTE_PREFIX) && isStakeholderList(src.text);
    for (const x of readText(src.text, lookup)) {
      if (addresses && !x.m.honorific && !x.m.position && !x.m.organization && x.roles.length === 0) continue;
      const m = addresses && !x.m.organization ? { ...x.m, organization: attachmentOwner(src.text, x.m.start) } : x.m;
      record(src, m, x.roles, x.listed, null);
    }
  }
  for (const a of annex) record({ key: a.key, text: a.text }, a.mention, a.roles, false, a.state);
  retrying = true;
  for (const d of deferred) record(d.src, d.m, d.roles, d.listed, d.state);
  mergeCompoundTails(persons, mentions);
  // Later mentions of a person already named in full, without the construction that vouched for
  // them the first time ("Mei-Lin Tran and Elena Stojanovska answered questions").
  const full = persons.filter((p) => p.name && p.name.includes(' '));
  const spans = new Map<string, [number, number][]>();
  for (const m of mentions) spans.set(m.paragraph, [...(spans.get(m.paragraph) ?? []), [m.nameStart, m.end]]);
  for (const src of sources) {
    const covered = spans.get(src.key) ?? [];
    for (const person of full) {
      const name = person.name as string;
      for (let at = src.text.indexOf(name); at >= 0; at = src.text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (/[\p{L}]/u.test(src.text[at - 1] ?? '') || /[\p{L}]/u.test(src.text[end] ?? '')) continue;
        if (covered.some(([a, b]) => a <= at && at < b)) continue;
        mentions.push({ personKey: person.key, paragraph: src.key, start: at, end, nameStart: at, roles: [], inPanellistList: false });
      }
    }
  }
  const rank = new Map(sources.map((src, i) => [src.key, i] as const));
  mentions.sort(
    (a, b) => (rank.get(a.paragraph) ?? sources.length) - (rank.get(b.paragraph) ?? sources.length) || a.nameStart - b.nameStart,
  );
  return {
    persons,
    mentions,
    ...(programme.panels.length > 0 ? { programme: { panels: programme.panels, seats } } : {}),
    ...(rosters.length > 0 ? { rosters } : {}),
  };
}

/**
 * "Ms. Solórzano Ajú" met before the text names "María Fernanda Solórzano Ajú" in full (the
 * head of delegation named in the annex): a two-word surname read as a name of its own is the
 * tail of exactly one fuller name, of the same gender when both carry an honorific.
 */
function mergeCompoundTails(persons: PersonFact[], mentions: MentionRecord[]): void {
  for (const short of [...persons]) {
    if (!short.name || !short.honorific || !short.name.includes(' ')) continue;
    const k = nameKey(short.name);
    const longer = persons.filter(
      (p) =>
        p !== short &&
        p.name &&
        nameKey(p.name).endsWith(` ${k}`) &&
        (!p.honorific || pronounForHonorific(p.honorific) === pronounForHonorific(short.honorific)),
    );
    if (longer.length !== 1) continue;
    const full = longer[0]!;
    full.evidence.push(...short.evidence);
    for (const r of short.roles) if (!full.roles.includes(r)) full.roles.push(r);
    full.position ??= short.position;
    full.organization ??= short.organization;
    full.state ??= short.state;
    full.honorific ??= short.honorific;
    for (const m of mentions) if (m.personKey === short.key) m.personKey = full.key;
    persons.splice(persons.indexOf(short), 1);
  }
}
