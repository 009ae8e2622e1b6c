/**
 * Named people as the subject of a sentence, in the orders UN summaries write them:
 *   person, then who they are:  "Ms. X of Org (ACR) stated …", "Mr. Y (State) said …",
 *                               "Ms. Z, Programme Director at Org (ACR), spoke …"
 *   who they are, then person:  "The Deputy Minister of the Interior of State, Mr. W, explained …"
 *   a person named before:      "Ms. Lahtinen replied …" (surname after an honorific)
 * A subject counts as a speaker when a reporting verb follows it; a named subject followed by
 * another verb ("Mr. V (State), Vice-Chair of …, facilitated …") is returned as `pending`, so
 * that "He asked …" in the next sentence is that person's statement.
 */
import type { OrgRef } from '../facts.js';
import { readOrgRef, readPersonName, type PersonNameMatch } from '../text-names.js';
import { speechVerbAt } from '../text-speech-verbs.js';
import type { StateGazetteer } from '../text-states.js';
import type { PeopleRegistry, PersonDetails } from './people-registry.js';
import { PROFESSION_AT } from '../people/mentions.js';
import { isPositionPhrase } from '../people/name-shapes.js';
import { portfolioMinistry } from '../people/affiliation.js';

export interface NamedPersonSubject {
  details: PersonDetails;
  start: number;
  end: number;
  /** Offset after the reporting verb, or -1 when the verb is not one (`pending`). */
  verbEnd: number;
}

/** Prepositions that tie a person or a position to an organization or a State. */
const AFFILIATION = /\s(?:of|at|with|from|for)\s+(?=(?:the\s+)?\p{Lu})/gu;

/** Position and affiliation in an apposition: "Programme Director at the Safe Passage Alliance (SPA)". */
export function readApposition(
  text: string,
  states: StateGazetteer,
): { position: string | null; org: OrgRef | null; state: string | null } {
  const t = text.trim();
  const cuts = [...t.matchAll(AFFILIATION)].flatMap((m) => {
    const ref = readOrgRef(t, m.index + m[0].length);
    return ref && t.slice(ref.end).trim() === '' ? [{ m, ref }] : [];
  });
  const position = (i: number): string | null =>
    t
      .slice(0, i)
      .replace(/^(?:an?|the)\s+/i, '')
      .trim() || null;
  // a State at the end is the affiliation ("Minister for Justice and … Affairs of Kenya");
  // otherwise the longest organization name that reads to the end ("Director of the Institute for Tidal Research")
  const last = cuts[cuts.length - 1];
  const lastState = last?.ref.name ? states.lookup(last.ref.name) : null;
  if (last && lastState) return { position: position(last.m.index), org: null, state: lastState };
  const first = cuts[0];
  // "Vice-Minister of Education": the portfolio names the ministry
  const ministry = first && /^\s+of\s/.test(first.m[0]) ? portfolioMinistry(position(first.m.index) ?? '', t.slice(first.m.index + first.m[0].length)) : null;
  if (first && ministry) return { position: position(t.length), org: { name: ministry, acronym: null }, state: null };
  if (first) return { position: position(first.m.index), org: { name: first.ref.name, acronym: first.ref.acronym }, state: null };
  return { position: t.replace(/^(?:an?|the)\s+/i, '') || null, org: null, state: null };
}

/** "(Netherlands)", "(Egypt)": a bracketed State right after a name. */
function bracketState(text: string, pos: number, states: StateGazetteer): { state: string; end: number } | null {
  const m = /^\s*\(([^()]{2,60})\)/.exec(text.slice(pos, pos + 64));
  if (!m) return null;
  const state = states.lookup(m[1] as string);
  return state ? { state, end: pos + m[0].length } : null;
}

/** A lower-case word after `pos`: some verb, when no reporting verb is there. */
function anyVerbAt(text: string, pos: number): boolean {
  return /^\s*(?:,\s*)?[a-z]{3,}\b/.test(text.slice(pos, pos + 30));
}

/** ", she said," / ", he told the meeting,": the sentence reports the words of its named subject. */
function reportingAside(text: string, pos: number): number {
  for (const m of text.slice(pos).matchAll(/,\s+(?:he|she|they)\s+/g)) {
    const end = speechVerbAt(text, pos + m.index + m[0].length);
    if (end >= 0) return end;
  }
  return -1;
}

/** A post written before a name as a title ("Minister Benítez said", "Vice-Minister Batsükh added"). */
const TITLE_BEFORE_NAME =
  /^(?:(?:Deputy|Vice|Prime|Assistant)[\s-])?(?:Minister|Secretary|State\s+Secretary|Senator|Governor|Mayor|Attorney\s+General|Ombudsman|Ombudsperson)\s+(?=\p{Lu})/u;

function personAt(text: string, pos: number, registry: PeopleRegistry): PersonNameMatch | null {
  // a titled name counts only when the document has named that person already
  const title = TITLE_BEFORE_NAME.exec(text.slice(pos, pos + 40));
  if (title) {
    const t = readPersonName(text, pos + title[0].length);
    if (t && !t.honorific && registry.find(t.name)) return { ...t, start: pos };
  }
  const m = readPersonName(text, pos);
  if (!m) return null;
  // Without an honorific a name counts only when the document already named that person.
  if (!m.honorific && !registry.find(m.name)) return null;
  return m;
}

/**
 * "Luis Ortega, Vice-Minister of Education, explained …": a name without honorific, not named
 * before, is still a person when a post follows it between commas and then a reporting verb.
 */
function postThenVerb(text: string, end: number): boolean {
  if (text[end] !== ',') return false;
  const close = text.indexOf(',', end + 1);
  if (close < 0 || close - end > 160) return false;
  const inner = text.slice(end + 1, close);
  return !/[.;:]\s/.test(inner) && isPositionPhrase(inner) && speechVerbAt(text, close + 1) >= 0;
}

/** "Ms. X of Org stated", "Mr. Y (State) said", "Ms. Z, Position at Org, spoke". */
function personFirst(text: string, pos: number, states: StateGazetteer, registry: PeopleRegistry): NamedPersonSubject | null {
  let person = personAt(text, pos, registry);
  if (!person) {
    const bare = readPersonName(text, pos);
    if (bare && !bare.honorific && postThenVerb(text, bare.end)) person = bare;
  }
  if (!person) return null;
  const known = registry.find(person.name);
  const details: PersonDetails = {
    name: known?.name ?? registry.fullName(person.name),
    honorific: person.honorific,
    position: null,
    organization: null,
    state: null,
  };
  let end = person.end;
  const bracket = bracketState(text, end, states);
  if (bracket) {
    details.state = bracket.state;
    end = bracket.end;
  }
  const of = /^\s+(?:of|from|with)\s+(?=(?:the\s+)?\p{Lu})/u.exec(text.slice(end, end + 12));
  if (of) {
    const ref = readOrgRef(text, end + of[0].length);
    if (ref) {
      const state = ref.name ? states.lookup(ref.name) : null;
      if (state) details.state ??= state;
      else details.organization = { name: ref.name, acronym: ref.acronym };
      end = ref.end;
      // a name with lower-case words the reader stops at: "of the Association d'aide aux victimes … (AVTE) stated"
      const long = /^[^,.;()]{1,140}?\((\p{Lu}[\p{L}\p{N}&/-]+)\)/u.exec(text.slice(end));
      if (!state && speechVerbAt(text, end) < 0 && long) {
        const nameEnd = end + long[0].length - long[1]!.length - 2;
        details.organization = {
          name: text
            .slice(ref.start, nameEnd)
            .replace(/^the\s+/i, '')
            .trim(),
          acronym: long[1]!,
        };
        end = end + long[0].length;
      }
    }
  }
  let verbEnd = speechVerbAt(text, end);
  // up to two appositions between commas: ", Programme Director at … (SPA),", ", for her part,"
  for (let k = 0; verbEnd < 0 && k < 2 && text[end] === ','; k++) {
    const close = text.indexOf(',', end + 1);
    if (close < 0 || close - end > 160) break;
    const inner = text.slice(end + 1, close);
    if (/[.;:]\s/.test(inner)) break;
    if (!/^\s*(?:for (?:his|her|their) part|in (?:his|her|their) (?:turn|view))\s*$/.test(inner)) {
      const app = readApposition(inner, states);
      details.position ??= app.position;
      details.organization ??= app.org;
      details.state ??= app.state;
    }
    end = close;
    verbEnd = speechVerbAt(text, end + 1);
  }
  if (verbEnd < 0 && !anyVerbAt(text, end)) return null;
  if (verbEnd < 0) verbEnd = reportingAside(text, end);
  return { details, start: pos, end, verbEnd };
}

/** "The Minister for Justice … of Kenya, Ms. Grace Otieno, addressed …". */
function positionFirst(text: string, pos: number, states: StateGazetteer, registry: PeopleRegistry): NamedPersonSubject | null {
  if (!/^(?:The|the|A|a)\s+\p{Lu}/u.test(text.slice(pos, pos + 6))) return null;
  const comma = text.indexOf(',', pos);
  if (comma < 0 || comma - pos > 160) return null;
  const app = readApposition(text.slice(pos, comma), states);
  if (!app.org && !app.state) return null;
  let i = comma + 1;
  while (text[i] === ' ') i++;
  const person = personAt(text, i, registry);
  if (!person || text[person.end] !== ',') return null;
  const verbEnd = speechVerbAt(text, person.end + 1);
  if (verbEnd < 0 && !anyVerbAt(text, person.end + 1)) return null;
  const known = registry.find(person.name);
  return {
    details: {
      name: known?.name ?? registry.fullName(person.name),
      honorific: person.honorific,
      position: app.position,
      organization: app.org,
      state: app.state,
    },
    start: pos,
    end: person.end,
    verbEnd,
  };
}

/** Just a person's name at `pos` ("According to Ms. Lahtinen, …"; "moderated by Ms. X (State), …"). */
export function personNameAt(text: string, pos: number, states: StateGazetteer, registry: PeopleRegistry): NamedPersonSubject | null {
  const person = personAt(text, pos, registry);
  if (!person) return null;
  const known = registry.find(person.name);
  const bracket = bracketState(text, person.end, states);
  return {
    details: {
      name: known?.name ?? registry.fullName(person.name),
      honorific: person.honorific,
      position: null,
      organization: null,
      state: bracket?.state ?? null,
    },
    start: pos,
    end: bracket?.end ?? person.end,
    verbEnd: -1,
  };
}

export function namedPersonAt(text: string, pos: number, states: StateGazetteer, registry: PeopleRegistry): NamedPersonSubject | null {
  const found = personFirst(text, pos, states, registry) ?? positionFirst(text, pos, states, registry);
  if (found) return found;
  // "forensic accountant Tiago X, of the Y, explained …": the profession before the name is part of the subject
  const profession = PROFESSION_AT.exec(text.slice(pos, pos + 80));
  const after = profession ? personFirst(text, pos + profession[0].length, states, registry) : null;
  return after ? { ...after, start: pos } : null;
}
