/**
 * Organization candidates from the several finders, and the rules that say when two
 * candidates are the same organization (same acronym, same name, or one's alias is the
 * other's name) and which kind wins when finders disagree.
 */
import type { Evidence, Method, OrganizationKind } from './facts.js';
import type { Vocabularies } from './vocabulary.js';
import { isAcronymWord } from './proper-names.js';

/** Who said what kind an organization is, strongest first when merged. */
export const KIND_RANK = {
  vocabulary: 6,
  specificHeading: 5,
  strongName: 4,
  genericHeading: 3,
  weakName: 2,
  speaker: 1,
  none: 0,
} as const;

export interface OrgCandidate {
  name: string | null;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind | null;
  kindRank: number;
  location: string | null;
  method: Method;
  confidence: number;
  evidence: Evidence[];
  /** Only teaches an acronym found elsewhere its kind (an endnote attachment); never reported alone. */
  hintOnly?: boolean;
  /** Where the document's list of contributors names it as one (an entry of a stakeholders' list). */
  contribution?: Evidence;
}

/** "CoE-ECRI" and "CoEECRI" (a PDF that lost the hyphen) are one acronym. */
export function acronymKey(acronym: string): string {
  return acronym.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Called for every vocabulary name in every document: each name is keyed once per process. */
const nameKeys = new Map<string, string>();

export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    key = computeNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, "'")
    .replace(/^(?:the|members of the)\s+/i, '')
    .replace(/[\s\-‐‑–—,]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One word with two or more capitals: "UNODC", "EU-FRA", "CoE-GRETA", "OSCE/ODIHR". */
export function looksLikeAcronym(s: string): boolean {
  return !/\s/.test(s) && (isAcronymWord(s) || (s.match(/\p{Lu}/gu) ?? []).length >= 2);
}

/** Keys under which a candidate can be found: its acronym, its name, its aliases (acronym-like or not). */
export function candidateKeys(c: Pick<OrgCandidate, 'name' | 'acronym' | 'aliases'>): string[] {
  const keys: string[] = [];
  if (c.acronym) keys.push(`a:${acronymKey(c.acronym)}`);
  if (c.name) keys.push(`n:${nameKey(c.name)}`);
  for (const alias of c.aliases) keys.push(looksLikeAcronym(alias) ? `a:${acronymKey(alias)}` : `n:${nameKey(alias)}`);
  return keys;
}

/**
 * Bodies of a convention or council, and collectives, are not organizations in this graph:
 * the Conference of the Parties, its Working Groups and review mechanism are modelled as
 * WorkingGroup/Session/Meeting by the meeting extractor; "Member States" and "States parties"
 * are addressees, not a speaker's organization; councils and assemblies issue resolutions.
 */
const NOT_ORGANIZATIONS =
  /^(?:Member States?|States?(?: [Pp]arties)?|Parties|(?:Open-ended )?(?:Intergovernmental )?Working Groups?\b.*|Conference of the (?:States )?Parties\b.*|Conference|Mechanism for the Review\b.*|Review Mechanism|Implementation Review Group|Human Rights Council|General Assembly|Security Council|Economic and Social Council|Commission on Crime Prevention and Criminal Justice|Co-Chairs?|Chairs?|Bureau|Secretariat|Government|Governments|Parliament|Plenary|Troika|Delegation)$/;

/** People of a body, not the body: "Volunteers of the Coalition", "Members of the Committee", "Staff of the Office". */
const PEOPLE_OF =
  /^(?:Volunteers|Members|Staff|Representatives|Experts|Officials|Officers|Employees|Researchers|Workers|Observers|Delegates|Participants|Inspectors|Judges|Lawyers)\s+of\s+/;

export function isNotOrganization(name: string): boolean {
  const n = name.replace(/^the\s+/i, '');
  return NOT_ORGANIZATIONS.test(n) || PEOPLE_OF.test(n);
}

/** Words that make a name a law, treaty or plan rather than a body. */
const INSTRUMENT_HEADS = new Set([
  'Convention',
  'Conventions',
  'Covenant',
  'Protocol',
  'Protocols',
  'Treaty',
  'Charter',
  'Act',
  'Code',
  'Law',
  'Declaration',
  'Agreement',
  'Pact',
  'Compact',
  'Principles',
  'Rules',
  'Guidelines',
  'Resolution',
  'Statute',
  'Directive',
  'Regulation',
  'Strategy',
  'Plan',
  'Agenda',
  'Framework',
  'Report',
  'Questionnaire',
]);
const HEAD_SEGMENT_END = new Set(['on', 'against', 'for', 'to', 'concerning', 'relating', 'in', 'by', 'from']);

/**
 * A name is an instrument when its head (the last word before the first "on/against/for/to…", or before its first "of")
 * or its last word is a treaty word: "United Nations Convention against …", "Protection against
 * Discrimination Act"; but "Advisory Committee on the Framework Convention …" is a body.
 */
export function isInstrumentName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const cut = words.findIndex((w) => HEAD_SEGMENT_END.has(w));
  const head = words[(cut < 0 ? words.length : cut) - 1] ?? '';
  const last = words[words.length - 1] ?? '';
  // or the word before its first "of": "Rome Statute of the International Criminal Court", "Code of Conduct"
  const of = words.indexOf('of');
  const ofHead = of > 0 ? (words[of - 1] as string) : '';
  return INSTRUMENT_HEADS.has(head) || INSTRUMENT_HEADS.has(last) || INSTRUMENT_HEADS.has(ofHead);
}

/** Words a body's name ends with; with treaty words they mark where one name stops in "A and B". */
export const BODY_HEADS =
  /^(?:Organi[sz]ation|Association|Foundation|Institute|Centre|Center|Council|Commission|Committee|Subcommittee|Sub-Committee|Agency|Office|Ministry|Network|Coalition|Alliance|Federation|Union|Society|Trust|Fund|Initiative|Movement|League|Forum|Bank|University|Court|Directorate|Inspectorate|Ombudsman|Ombudsperson|Secretariat|Service|Observatory|Academy|Partnership|Platform|Assembly|Parliament|Government)$/;

/** Last words of many NGOs' names: "Amnesty International and Franciscans International" are two. */
const NAME_ENDS = /^(?:International|Internationalis|Worldwide|Watch)$/;

/** Prepositions after a body's head that open the rest of its name ("Organization for …", "Ministry of …"). */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'on', 'against']);

/**
 * After its head and preposition, a name's "and" joins plain words ("Office on Drugs and Crime",
 * "Organization for Security and Co-operation in Europe"); it starts a second name only when
 * what follows is itself a whole name: up to two capitalised words, a head noun, then
 * "of/for/on/against" and a capital ("International Organization for Migration and
 * Organization for Security …", "Global Alliance for Women and Mizan Centre for Detainees'
 * Rights"). Not three: "Directorate for Global Issues and Multilateral Political Relations
 * Ministry of …" is a unit glued to its ministry, a comma lost (name-lists.ts gluedUnit).
 * Returns the index of that "and", or -1.
 */
function secondNameAt(words: string[], from: number): number {
  for (let i = from; i < words.length - 2; i++) {
    if (words[i] !== 'and') continue;
    for (let h = i + 1; h <= i + 3 && h < words.length - 2; h++) {
      const w = words[h]!;
      if (!/^\p{Lu}/u.test(w)) break;
      if (BODY_HEADS.test(w) && NAME_PREPOSITIONS.has(words[h + 1]!) && /^\p{Lu}/u.test(words[h + 2]!)) return i;
    }
  }
  return -1;
}

/**
 * "the National Assembly and National Council", "the Convention and European Union": two
 * names joined by "and" when the words before "and" already end in a head noun. Inside a name
 * "and" joins plain words ("Office on Drugs and Crime", "Justice and Peace Commission"), unless
 * a whole second name follows it (secondNameAt).
 */
export function conjuncts(name: string): string[] {
  const words = name.split(' ');
  const firstPreposition = words.findIndex((w) => HEAD_SEGMENT_END.has(w) || w === 'of');
  const limit = firstPreposition < 0 ? words.length : firstPreposition;
  for (let i = 1; i < limit - 1; i++) {
    if (words[i] !== 'and') continue;
    const left = words[i - 1]!;
    if (BODY_HEADS.test(left) || INSTRUMENT_HEADS.has(left) || NAME_ENDS.test(left)) {
      return [words.slice(0, i).join(' '), ...conjuncts(words.slice(i + 1).join(' '))];
    }
  }
  const second = secondNameAnd(name);
  if (second > 0) return [name.slice(0, second), ...conjuncts(name.slice(second + 5))];
  return [name];
}

/**
 * Where " and " starts a second whole name after a first one that has its head and preposition
 * already ("X Centre for Y and Z Organization for W"), as a character index; -1 when none
 * (secondNameAt).
 */
export function secondNameAnd(name: string): number {
  const words = name.split(' ');
  const firstPreposition = words.findIndex((w) => NAME_PREPOSITIONS.has(w));
  if (firstPreposition <= 0 || !words.slice(0, firstPreposition).some((w) => BODY_HEADS.test(w))) return -1;
  const i = secondNameAt(words, firstPreposition + 2);
  return i < 0 ? -1 : words.slice(0, i).join(' ').length;
}

/** Names of places (countries, regions) are States or regions, never organizations. */
export function placeNameTest(vocab: Vocabularies): (name: string) => boolean {
  // Built once per vocabulary: the general list has some 2,000 labels to normalise.
  const cached = placeTests.get(vocab.places);
  if (cached) return cached;
  const labels = new Set<string>();
  for (const p of vocab.places) for (const l of [p.name, ...p.altLabels]) labels.add(nameKey(l));
  const test = (name: string): boolean => {
    const key = nameKey(name);
    if (labels.has(key)) return true;
    // "Government of Kenya", "Delegation of Slovenia": the State itself.
    return /^(?:government|republic|kingdom|state|delegation|people) of /.test(key) && labels.has(key.replace(/^\w+ of (?:the )?/, ''));
  };
  placeTests.set(vocab.places, test);
  return test;
}

const placeTests = new WeakMap<Vocabularies['places'], (name: string) => boolean>();
