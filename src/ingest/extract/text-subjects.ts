/**
 * Who a sentence says is speaking, read from its subject: anonymous speakers ("Several
 * speakers", "One participant"), the secretariat, the Chair(s), a delegation, and lists of States
 * or organizations ("JS2 and the Commissioner for Human Rights (CoE-Commissioner) recommended").
 * A subject only counts when a reporting verb follows it (text-speech-verbs.ts).
 */
import type { OrgRef } from './facts.js';
import type { KnownOrganization } from './vocabulary.js';
import { isAcronymToken, readOrgRef, type NameMatch } from './text-names.js';
import { initialsFit } from './people/affiliation.js';
import { speechVerbAt } from './text-speech-verbs.js';
import { stateRefAt, type StateGazetteer } from './text-states.js';

export interface AnonymousSubject {
  type: 'anonymous';
  /** "one", "a", "several", "some", "participants", "speakers", "the" (anaphoric)… */
  quantifier: string;
  noun: 'speaker' | 'participant' | 'delegate' | 'delegation';
  plural: boolean;
  start: number;
  end: number;
  verbEnd: number;
  /** Where the States given as examples start: "Several delegations, including Chile and Peru, asked …". */
  examples?: number;
}

export interface NamedSubject {
  type: 'secretariat' | 'chair' | 'delegation' | 'state' | 'organization';
  org: OrgRef | null;
  /** "head of delegation" when the subject is a head of delegation; the chair noun for chairs. */
  detail: string | null;
  plural: boolean;
  start: number;
  end: number;
  verbEnd: number;
}

export type Subject = AnonymousSubject | NamedSubject;

/** "the head of delegation" is a named role (roleSubjectAt), not an anonymous delegation. */
const QUANTIFIED =
  /^(?:(one|a|an|another|several|some|many|most|numerous|other|various|multiple|all|few|a few|a number of|a majority of|the|two|three|four|five|six|seven|eight|nine|ten)\s+(?!head\s+of\s)(?:[a-z]+-?[a-z]+\s+){0,2}?)?\b(speakers?|participants?|delegates?|delegations?)\b/i;

/**
 * "Some States referred …", "A number of non-governmental organizations stated …", "several youth
 * representatives asked …" (whose representatives unsaid), "Several
 * stakeholders recommended …" (a UPR summary's unnamed submissions): a group of
 * unnamed States or organizations, only with a quantifier ("States parties should …" is not a speaker).
 */
const QUANTIFIED_GROUP =
  /^(several|some|many|most|numerous|other|various|a few|a number of|a majority of|two|three|four|five|six|seven|eight|nine|ten)\s+(States|Member States|countries|Governments|(?:non-governmental\s+|civil\s+society\s+)?organizations|NGOs|stakeholders|submissions|contributors|(?:[a-z]+\s+){0,2}representatives(?!\s+of\b))\b/i;

/**
 * "Others asked …", "A few others encouraged …": the pronoun that, after "Some delegations …",
 * stands for more unnamed speakers (the noun left out); a reporting verb must follow.
 */
const OTHERS = /^(?:(some|many|several|a few)\s+)?others\b/i;

/**
 * "Representatives of regional groups emphasized …", "Representatives of several States asked
 * …": representatives of unnamed groups (the words after "of" in lower case, but for a last
 * "States"), not of a named State or organization.
 */
const REPRESENTATIVES_OF_GROUPS =
  /^(?:(several|some|many|other|the)\s+)?(representatives)\s+of\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:groups|States|countries|organizations|institutions|agencies|entities|bodies|societies|communities)\b/iu;

/**
 * "Panellists noted …", "Several panelists warned …": the panel as a group, unnamed (a moderator's
 * summary that reports the panel's points before naming any one panellist). Plural only: "the
 * first panellist" is a person the panels extractor places.
 */
const PANELLISTS = /^(?:(several|some|many|most|all|other|the|two|three|four|five)\s+)?(panell?ists)\b/i;

/** "Several speakers stressed …", "In the ensuing discussion, speakers discussed …". */
export function anonymousSubjectAt(text: string, pos: number): AnonymousSubject | null {
  const others = OTHERS.exec(text.slice(pos, pos + 30));
  if (others) {
    const verbEnd = speechVerbAt(text, pos + others[0].length);
    if (verbEnd < 0) return null;
    const quantifier = others[1] ? `${others[1].toLowerCase()} others` : 'others';
    return { type: 'anonymous', quantifier, noun: 'participant', plural: true, start: pos, end: pos + others[0].length, verbEnd };
  }
  const m =
    QUANTIFIED.exec(text.slice(pos, pos + 60)) ??
    PANELLISTS.exec(text.slice(pos, pos + 40)) ??
    QUANTIFIED_GROUP.exec(text.slice(pos, pos + 80)) ??
    REPRESENTATIVES_OF_GROUPS.exec(text.slice(pos, pos + 100));
  if (!m) return null;
  let verbEnd = speechVerbAt(text, pos + m[0].length);
  // "Several speakers from the floor asked …": where they spoke from is not what they said
  // ("Delegations from the region praised …": where they come from is not what they said either)
  const from = /^\s+(?:from|in|among)\s+the\s+(?:floor|audience|room|hall|(?:same\s+)?region)\b/.exec(
    text.slice(pos + m[0].length, pos + m[0].length + 30),
  );
  if (verbEnd < 0 && from) verbEnd = speechVerbAt(text, pos + m[0].length + from[0].length);
  // "Several delegations, including Chile, Peru and Uruguay, asked …": the States named as examples speak too
  const afterNoun = pos + m[0].length + (from ? from[0].length : 0);
  const ex = EXAMPLES.exec(text.slice(afterNoun, afterNoun + 240));
  const exVerb = ex ? speechVerbAt(text, afterNoun + ex[0].length) : -1;
  const examples = ex && exVerb >= 0 ? afterNoun + ex[0].length - (ex[1] as string).length - 1 : undefined;
  if (verbEnd < 0 && examples !== undefined) verbEnd = exVerb;
  // "Another participant, speaking for a research institute, wondered …": one apposition between commas
  const aside = /^,[^,.;]{1,100},/.exec(text.slice(pos + m[0].length, pos + m[0].length + 104));
  if (verbEnd < 0 && aside) verbEnd = speechVerbAt(text, pos + m[0].length + aside[0].length);
  if (verbEnd < 0) return null;
  const nounWord = (m[2] as string).toLowerCase();
  const plural = nounWord.endsWith('s');
  // "Some States", "a number of non-governmental organizations": unnamed participants
  const noun = (QUANTIFIED.test(m[0]) ? nounWord.replace(/s$/, '') : 'participant') as AnonymousSubject['noun'];
  const quantifier = m[1] ? m[1].toLowerCase().replace(/^an$/, 'a') : nounWord;
  return { type: 'anonymous', quantifier, noun, plural, start: pos, end: pos + m[0].length, verbEnd, ...(examples !== undefined ? { examples } : {}) };
}

/** ", including A, B and C," / ", among them A and B," between an unnamed group and its verb. */
const EXAMPLES = /^,\s+(?:including|among\s+them|among\s+whom|such\s+as|notably|in\s+particular)\s+([^.;:]{2,200}?),(?=\s+\p{Ll})/u;

const SECRETARIAT =
  /^(?:(?:[Tt]he|[Aa])\s+(?:representatives?|members?)\s+of\s+)?(?:[Tt]he\s+)?(?:(?:UNODC|OHCHR|UNHCR|IOM)\s+)?[Ss]ecretariat\b/i;
/**
 * What may stand between a representative's organization and the verb: its short name in brackets
 * ("(Frontex)"), an apposition ("…, a non-governmental organization, …", "…, the ombudsman of
 * Peru, …"), a relative clause
 * about it ("…, which has held A status since 2001, …") or whom it speaks for
 * ("…, speaking on behalf of the European Union and its member States, …").
 */
const BEFORE_VERB = [
  /^\s*\([^()]{1,60}\)/,
  /^,\s+(?:among\s+others|inter\s+alia|(?:a|an)\s+[^,;.()]{3,80}|the\s+[a-z][^,;.()]{2,80}|(?:which|who)\s+[^,;.()]{3,160}|(?:also\s+)?speaking\s+(?:on\s+behalf\s+of|for)\s+[^,;.]{3,160}|on\s+behalf\s+of\s+[^,;.]{3,160}|(?:affiliated|associated|based|registered|accredited)\s+(?:with|in|at|to)\s+[^,;.]{3,120}),(?=\s)/,
  // "The representative of X, for its part, described …", "…, in turn, noted …"
  /^,\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+(?:its|his|her|their\s+)?turn|in\s+turn|for\s+example|too|also|however|moreover|similarly|likewise),(?=\s)/,
];

function verbAfterInterjections(text: string, end: number): number {
  let at = end;
  for (const re of BEFORE_VERB) {
    const m = re.exec(text.slice(at));
    if (m) at += m[0].length;
  }
  return speechVerbAt(text, at);
}
/** "the Chair-Rapporteur", "the President of the Council": the office, with the body it presides when written. */
const CHAIR =
  /^(?:[Tt]he\s+)?(Co-Chairs?|Co-chairs?|Vice-Chairs?|Chair(?:person)?-Rapporteur|Chairs?|Chairperson|Chairpersons|President|[Mm]oderators?|[Ff]acilitators?|[Pp]residing\s+[Oo]fficer)\b(?:\s+of\s+the\s+(?:Human\s+Rights\s+)?(?:Council|Forum|Commission|Committee|Conference|Assembly)\b)?(?!-)/;
const DELEGATION =
  /^(?:(?:the|a|an)\s+)?(head\s+of\s+(?:the\s+)?delegation|delegation|representative|delegate|observer)\b(?:\s+(?:of|for)\s+(?=(?:the\s+)?\p{Lu}))?/iu;

/**
 * "the observer for the Société pour la protection des eaux du Sahel (SPES)": after "observer
 * for" or "representative of" an organization is expected, and one named in sentence case runs
 * on over lower-case words to the "(ACR)" whose letters are its words' initials.
 */
function sentenceCaseName(text: string, at: number): NameMatch | null {
  const m = /^\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){2,12}?)\s+\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/u.exec(text.slice(at, at + 160));
  if (!m) return null;
  const name = m[1] as string;
  // a plain capitalised name is readOrgRef's; only a name with lower-case content words is this one's
  if (!name.split(/\s+/).some((w) => /^\p{Ll}{4,}/u.test(w))) return null;
  if (!initialsFit(m[2] as string, name)) return null;
  const start = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
  return { name, acronym: m[2] as string, start, end: at + m[0].length };
}

/** The secretariat, the Chair(s), "The delegation of X", "The head of the delegation". */
export function roleSubjectAt(text: string, pos: number, states: StateGazetteer): NamedSubject | null {
  const head = text.slice(pos, pos + 80);
  const sec = SECRETARIAT.exec(head);
  if (sec) {
    const verbEnd = speechVerbAt(text, pos + sec[0].length);
    return verbEnd < 0
      ? null
      : { type: 'secretariat', org: null, detail: null, plural: false, start: pos, end: pos + sec[0].length, verbEnd };
  }
  const chair = CHAIR.exec(head);
  if (chair) {
    const verbEnd = speechVerbAt(text, pos + chair[0].length);
    const noun = chair[1] as string;
    const plural = /s$/.test(noun) && !/^Chairpersons?$/.test(noun) ? true : /^Chairpersons$/.test(noun);
    return verbEnd < 0 ? null : { type: 'chair', org: null, detail: noun, plural, start: pos, end: pos + chair[0].length, verbEnd };
  }
  const del = DELEGATION.exec(head);
  if (del) {
    const role = (del[1] as string).toLowerCase();
    let end = pos + del[0].length;
    let org: OrgRef | null = null;
    // "of X" after the role ("The delegation of X"), not inside it ("the head of delegation")
    if (/\s(?:of|for)\s/.test(del[0].slice(del[0].toLowerCase().indexOf(role) + role.length))) {
      const ref = sentenceCaseName(text, end) ?? readOrgRef(text, end);
      const written = ref?.name ?? ref?.acronym;
      if (!ref || !written) return null;
      org = ref.name ? { name: states.lookup(ref.name) ?? ref.name, acronym: ref.acronym } : { name: null, acronym: ref.acronym };
      end = ref.end;
      // "Venezuela (Bolivarian Republic of)": the bracket completes the State's UN name
      const rest = /^\s*\([^()]{2,60}\)/.exec(text.slice(end));
      const inverted = rest && ref.name ? states.lookup(`${ref.name}${rest[0]}`.trim()) : null;
      if (rest && inverted) {
        org = { name: inverted, acronym: null };
        end += rest[0].length;
      }
      // a representative of an organization ("of OHCHR") speaks for it, not for a State
      if ((role === 'representative' || role === 'observer' || role === 'delegate') && !states.lookup(written)) {
        const verbEnd = verbAfterInterjections(text, end);
        return verbEnd < 0 ? null : { type: 'organization', org, detail: null, plural: false, start: pos, end, verbEnd };
      }
    } else if (role !== 'delegation' && !role.startsWith('head')) return null;
    const verbEnd = verbAfterInterjections(text, end);
    if (verbEnd < 0) return null;
    return {
      type: 'delegation',
      org,
      detail: role.startsWith('head') ? 'head of delegation' : null,
      plural: false,
      start: pos,
      end,
      verbEnd,
    };
  }
  return null;
}

/** Head words that make a capitalised run an organization name even without an acronym. */
const ORG_HEAD =
  /\b(?:Commission|Committee|Office|Agency|Centre|Center|Council|Institute|Institution|Organi[sz]ation|Association|Network|Foundation|Group|Union|Alliance|Coalition|Society|Campaign|Ombudsman|Ombudsperson|Commissioner|Forum|Federation|Trust|Initiative|Partnership|Mechanism|Fund|Bank|Court|Tribunal|Movement|League|Observatory|Platform|Service|Ministry|Mission|Authority|Watch|International|Caritas|Clinic|University|Academy|Secretariat|Programme|Program)\b/;

/** Capitalised subjects that are never speakers in these texts. */
const NOT_SPEAKERS =
  /^(?:Co-Chairs?|Co-chairs?|Vice-Chairs?|Chairs?|Chairpersons?|Secretariat|President|Government|Parliament|Constitution|State|States|Law|Act|Code|Court|Ministry|Council|Committee|Working Group|Human Rights Council|General Assembly|Conference|Mechanism)$/;

export interface Classified {
  kind: 'state' | 'organization';
  org: OrgRef;
}

export interface OrgIndex {
  lookup(nameOrAcronym: string): KnownOrganization | null;
  /** The one document organization a bare head noun ("Office") refers back to, or null. */
  byHead?(word: string): KnownOrganization | null;
  /**
   * A known name written at `pos` that a capitalised run cuts short ("Organisation internationale
   * de la Francophonie"), after an optional "the": its span, or null.
   */
  nameAt?(text: string, pos: number): NameMatch | null;
}

/**
 * The organizations a subject can name: by name, acronym or alias (`orgs`, the vocabulary's and
 * the document's); and, by its head noun alone ("The Office stressed …"), the one organization
 * of the document (`local`) whose name has that head ("Office of the … High Commissioner …",
 * "… Human Rights Commission"). Two with the same head: the noun names neither.
 */
export function orgIndex(orgs: KnownOrganization[], local: KnownOrganization[] = []): OrgIndex {
  const map = new Map<string, KnownOrganization>();
  for (const o of orgs) {
    for (const k of [o.name, o.acronym, ...o.aliases]) if (k) map.set(k.toLowerCase(), o);
  }
  const heads = new Map<string, KnownOrganization | null>();
  for (const o of local) {
    const head = headNoun(o.name);
    if (!head) continue;
    const seen = heads.get(head);
    heads.set(head, seen === undefined || seen === o || seen?.name === o.name ? o : null);
  }
  // names with words in lower case that the capitalised run stops at, longest first
  const lowerCased = [...map.keys()]
    .filter((k) => {
      const o = map.get(k)!;
      const written = [o.name, ...o.aliases].find((x) => x?.toLowerCase() === k);
      return written !== undefined && written.includes(' ') && readOrgRef(written, 0)?.end !== written.length;
    })
    .sort((a, b) => b.length - a.length);
  return {
    lookup: (k) => map.get(k.toLowerCase()) ?? null,
    byHead: (word) => (BODY_HEAD_NOUN.test(word) ? (heads.get(word.toLowerCase()) ?? null) : null),
    nameAt: (text, pos) => {
      if (lowerCased.length === 0) return null;
      const lead = /^\s*(?:[Tt]he\s+)?/.exec(text.slice(pos))![0].length;
      const at = pos + lead;
      const window = text.slice(at, at + 200).toLowerCase();
      const k = lowerCased.find((x) => window.startsWith(x) && !/[\p{L}\p{N}]/u.test(window.charAt(x.length)));
      return k ? { name: text.slice(at, at + k.length), acronym: null, start: at, end: at + k.length } : null;
    },
  };
}

/** Body nouns a document refers back to with "the" ("the Office", "the Commission"). */
const BODY_HEAD_NOUN =
  /^(?:Office|Commission|Committee|Agency|Centre|Center|Institute|Organi[sz]ation|Association|Network|Foundation|Alliance|Coalition|Federation|Platform|Observatory|Ombudsman|Ombudsperson|Ministry|Directorate|Programme|Fund|Secretariat)$/;

/** "Office of the X" → "office"; "National Human Rights Commission" → "commission"; else null. */
function headNoun(name: string): string | null {
  const words = name.split(/\s+/);
  const first = /^(\p{Lu}\p{Ll}+)\s+(?:of|for|on)\s/u.exec(name)?.[1];
  const head = first ?? words.find((w, i) => BODY_HEAD_NOUN.test(w) && (i === words.length - 1 || /^(?:of|for|on)$/.test(words[i + 1]!)));
  return head && BODY_HEAD_NOUN.test(head) ? head.toLowerCase() : null;
}

function classifyName(
  name: string | null,
  acronym: string | null,
  states: StateGazetteer,
  orgs: OrgIndex,
  allowStates: boolean,
): Classified | null {
  if (NOT_SPEAKERS.test(name ?? acronym ?? '')) return null;
  const state = name ? states.lookup(name) : acronym ? states.lookup(acronym) : null;
  // the name as written ("Turkey"); the gazetteer's form ("Türkiye") is the speaker's `state`
  if (state) return allowStates ? { kind: 'state', org: { name: name ?? state, acronym: null } } : null;
  if (acronym) return { kind: 'organization', org: { name, acronym } };
  if (!name) return null;
  const known = orgs.lookup(name) ?? (/\s/.test(name) ? null : (orgs.byHead?.(name) ?? null));
  if (known) return { kind: known.kind === 'state' ? 'state' : 'organization', org: { name: known.name, acronym: known.acronym } };
  if (ORG_HEAD.test(name) && name.includes(' ')) return { kind: 'organization', org: { name, acronym: null } };
  return null;
}

/** One name of a subject list, or several when "Ukraine and Slovakia" read as one run. */
function classifyRef(ref: NameMatch, states: StateGazetteer, orgs: OrgIndex, allowStates: boolean): Classified[] | null {
  if (ref.name?.includes(' and ') && !ref.acronym && !states.lookup(ref.name) && !orgs.lookup(ref.name)) {
    const each = ref.name.split(' and ').map((part) => classifyName(part, isAcronymToken(part) ? part : null, states, orgs, allowStates));
    if (each.every((c): c is Classified => c !== null)) return each;
  }
  const whole = classifyName(ref.name, ref.acronym, states, orgs, allowStates);
  return whole ? [whole] : null;
}

export interface ListSubject {
  items: { classified: Classified; start: number; end: number }[];
  verbEnd: number;
}

/**
 * A list of States or organizations as subject: "Rwanda commended …", "JS2 and the Commissioner
 * for Human Rights (CoE-Commissioner) recommended …", "EU-FRA and JS1 noted …".
 */
/** Names joined by commas and "and" from `pos`: organizations as capitalised runs, States as the gazetteer knows them. */
function refsAt(text: string, pos: number, states: StateGazetteer, allowStates: boolean, max: number, orgs?: OrgIndex): NameMatch[] {
  const refs: NameMatch[] = [];
  let i = pos;
  while (refs.length < max) {
    const read = readOrgRef(text, i);
    // a known name with words in lower case, which the capitalised run cuts short
    const known = orgs?.nameAt?.(text, i) ?? null;
    const run = known && (!read || known.end > read.end) ? known : read;
    // a State name the capitalised run cuts short or misses ("The former Yugoslav Republic of …")
    const state = allowStates ? stateRefAt(text, i, states) : null;
    const ref = state && (!run || state.end > run.end) ? { name: state.name, acronym: null, start: state.start, end: state.end } : run;
    if (!ref) break;
    refs.push(ref);
    const sep = /^(?:,\s*and\s+|,\s*|\s+and\s+)/.exec(text.slice(ref.end, ref.end + 8));
    if (!sep) break;
    i = ref.end + sep[0].length;
  }
  return refs;
}

/** "Representatives of A, B and C", "the representative of X and the observer for Y": the named States and bodies. */
const REPRESENTED = /^(?:the\s+)?(?:representatives?|delegations?|delegates?|observers?)\s+(?:of|for)\s+/i;

/** A run of "the representative of X", "the observer for Y", "Z" joined by commas and "and", each classified. */
export function representedListAt(text: string, pos: number, states: StateGazetteer, orgs: OrgIndex): ListSubject['items'] {
  const items: ListSubject['items'] = [];
  let i = pos;
  for (let guard = 0; guard < 30; guard++) {
    const role = REPRESENTED.exec(text.slice(i));
    const at = role ? i + role[0].length : i;
    const refs = refsAt(text, at, states, true, 30, orgs);
    if (refs.length === 0) break;
    // "Representatives of A, B and the representative of C": the run stops where a new role starts
    for (const ref of refs) {
      // what a representative or observer speaks for is a State, else a body, whatever its head word
      const body =
        ref.name && !NOT_SPEAKERS.test(ref.name)
          ? [{ kind: 'organization' as const, org: { name: ref.name, acronym: ref.acronym } }]
          : null;
      const classified = classifyRef(ref, states, orgs, true) ?? body;
      if (!classified) return items;
      for (const c of classified) items.push({ classified: c, start: ref.start, end: ref.end });
    }
    const last = refs[refs.length - 1] as NameMatch;
    const next =
      /^(?:,\s*and\s+|,\s*|\s+and\s+)(?=(?:the\s+)?(?:representatives?|delegations?|delegates?|observers?)\s+(?:of|for)\s)/i.exec(
        text.slice(last.end, last.end + 60),
      );
    if (!next) break;
    i = last.end + next[0].length;
  }
  return items;
}

/** "Representatives of A, B and C made statements": the list after a plural role noun is the subject. */
export function representedSubjectAt(text: string, pos: number, states: StateGazetteer, orgs: OrgIndex): ListSubject | null {
  if (!REPRESENTED.test(text.slice(pos, pos + 40))) return null;
  const items = representedListAt(text, pos, states, orgs);
  const last = items[items.length - 1];
  if (!last) return null;
  const verbEnd = speechVerbAt(text, last.end);
  return verbEnd < 0 ? null : { items, verbEnd };
}

/** ", speaking on behalf of the Group of X,", ", on behalf of Y,": whom the subject spoke for, between it and its verb. */
const ON_BEHALF = /^,\s+(?:speaking\s+)?(?:also\s+)?on\s+behalf\s+of\s+[^,;.]{3,120},/;

export function listSubjectAt(text: string, pos: number, states: StateGazetteer, orgs: OrgIndex, allowStates: boolean): ListSubject | null {
  const refs = refsAt(text, pos, states, allowStates, 8, orgs);
  if (refs.length === 0) return null;
  let end = (refs[refs.length - 1] as NameMatch).end;
  // "Egypt, on behalf of the Group of African States, underlined …"
  const behalf = ON_BEHALF.exec(text.slice(end, end + 130));
  if (behalf) end += behalf[0].length;
  // "CoE-Commissioner 104 made similar observations": a footnote mark the layout left between subject and verb
  const mark = /^\s+\d{1,3}(?=\s+[a-z])/.exec(text.slice(end, end + 6));
  // "Guyana, speaking on behalf of the Caribbean Community (CARICOM), encouraged …"
  let verbEnd = mark ? speechVerbAt(text, end + mark[0].length) : verbAfterInterjections(text, end);
  const onlyAcronyms = refs.every((r) => r.acronym !== null);
  if (verbEnd < 0 && onlyAcronyms) {
    // strong subjects such as "HRORS" carry a misspelt verb too ("HRORS reffered to")
    const loose = /^\s+[a-z]+ed\b/.exec(text.slice(end, end + 30));
    if (loose) verbEnd = end + loose[0].length;
  }
  if (verbEnd < 0) return null;
  const items: ListSubject['items'] = [];
  for (const ref of refs) {
    const classified = classifyRef(ref, states, orgs, allowStates);
    if (!classified) return null;
    for (const c of classified) items.push({ classified: c, start: ref.start, end: ref.end });
  }
  return { items, verbEnd };
}
