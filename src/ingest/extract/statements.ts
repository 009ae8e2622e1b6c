/**
 * Statements: who said what in which paragraph. Each sentence either opens with a speaker
 * ("The panellist from …", "Several speakers …", "Rwanda commended …", "AI reported …") or
 * continues the speaker before it ("She noted …", "It recommended …", plain reported content).
 * A paragraph yields one statement per speaker, holding that speaker's sentences. Sentences
 * before any speaker (procedure: "the floor was opened …") belong to no statement, and the
 * outcome sections (observations, recommendations) are not statements at all.
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { AgendaItemFact, Evidence, OrganizationFact, PanelFact, PanellistFact, PersonFact, StatementFact } from './facts.js';
import type { Vocabularies } from './vocabulary.js';
import { extractChairs } from './chairs.js';
import { firstPronoun } from './panels.js';
import { spanEvidence } from './text-evidence.js';
import { footnoteKey } from './citable-texts.js';
import { matchPanellistIntro } from './text-panels.js';
import { speechVerbAt } from './text-speech-verbs.js';
import { readOrgRef } from './text-names.js';
import { splitSentences, type Sentence } from './text-sentences.js';
import { stateGazetteer, stateUnderReview, type StateGazetteer } from './text-states.js';
import { agendaItemOf, isOutcomeSection, panelScopes, structureOf } from './text-structure.js';
import {
  anonymousSubjectAt,
  listSubjectAt,
  orgIndex,
  representedListAt,
  representedSubjectAt,
  roleSubjectAt,
  type ListSubject,
  type OrgIndex,
} from './text-subjects.js';
import { aliasAt, type AliasMap } from './statements/aliases.js';
import { namedPersonAt, personNameAt, type NamedPersonSubject } from './statements/named-subjects.js';
import { analyseDocument } from './analysis/document-analysis.js';
import { asKnownOrganizations } from './organizations/lookup.js';
import { peopleRegistry, type PeopleRegistry } from './statements/people-registry.js';
import { isPositionPhrase } from './people/name-shapes.js';
import {
  captionedNoteSpeakers,
  knownNamesThenVerb,
  listedSpeakers,
  noteParagraph,
  type ListedSpeaker,
} from './statements/speakers-lists.js';

interface Ctx {
  agendaItems: AgendaItemFact[];
  panels: { panels: PanelFact[]; panellists: PanellistFact[]; persons: PersonFact[] };
  vocab: Vocabularies;
  /** People other extractors named (chairs, panellists, delegates), so a named speaker is the same person. */
  persons?: PersonFact[];
  /** The organizations the document names (organizations.ts), so a speaker named by a defined short form is found. */
  organizations?: OrganizationFact[];
}

type Speaker = StatementFact['speaker'];

interface Open {
  /** Same identity in the same paragraph → same statement. */
  identity: string;
  speaker: Speaker;
  sentences: Sentence[];
  confidence: number;
  panelOrdinal: number | null;
  /** Singular anonymous speakers get a PersonFact so "She suggested …" has someone to point to. */
  anonymousPerson: boolean;
  /** Where the speaker is written when not in the statement's sentences (an entry of a note's list). */
  evidence?: Evidence[];
}

interface Env {
  states: StateGazetteer;
  orgs: OrgIndex;
  allowStates: boolean;
  reviewed: string | null;
  chairs: PersonFact[];
  officeHolders: PersonFact[];
  /** The moderator of the panel a paragraph belongs to, when it has exactly one. */
  moderatorAt: (paragraph: string) => string | null;
  panellists: PanellistFact[];
  /** Panellists by the paragraph that introduces them. */
  panellistsAt: Map<string, PanellistFact[]>;
  people: PeopleRegistry;
  aliases: AliasMap;
  /** PersonFact keys of panellists, so a named panellist speaks as a panellist. */
  panellistKeys: Set<string>;
  /** The paragraph being read (named speakers' evidence). */
  paragraph: ParsedParagraph | null;
  /** A person named as the subject of a sentence without a reporting verb: "He asked …" next is theirs. */
  pending: Found | null;
  /** The document's organization names with a comma in them ("Secretariat against X, Y and Z"). */
  commaNames: string[];
}

/** Whether the comma at `at` is inside one of the organization names that have a comma. */
function insideCommaName(text: string, at: number, names: string[]): boolean {
  for (const n of names) {
    for (let i = text.indexOf(n); i >= 0 && i < at; i = text.indexOf(n, i + 1)) if (at < i + n.length) return true;
  }
  return false;
}

interface Found {
  identity: string;
  speaker: Speaker;
  confidence: number;
  anonymousPerson?: boolean;
  panelOrdinal?: number | null;
  /** The subject comes after the reported words ("…, one speaker concluded."). */
  inverted?: boolean;
  /** "The panellist added …", "The speakers referred …": whoever was speaking. */
  anaphoric?: boolean;
}

/**
 * A post named on its own as a subject ("The Minister", "The Special Rapporteur"): its holder,
 * named before. Also after an opening phrase: "In his opening statement, the Deputy High Commissioner recalled …".
 */
const TITLE_ANAPHOR =
  /^[Tt]he\s+((?:Deputy\s+|Vice-|Prime\s+)?(?:Minister|Special\s+Rapporteur|High\s+Commissioner|Commissioner|Ombudsman|Ombudsperson|Ambassador|Permanent\s+Representative|Special\s+Envoy|Independent\s+Expert|Secretary-General|Under-Secretary-General|Director-General|Executive\s+Director|[Pp]rofessor))(?=\s)/;

/** "The Chair of the Working Group", "the Director of the Centre": a post in a body named by its last words. */
const POST_OF_BODY =
  /^[Tt]he\s+((?:Vice-)?Chair(?:person)?|President|Director|Head|Coordinator|Executive\s+Secretary|Secretary-General)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|on|for|and))*)(?=[\s,])/u;

/** "… was raised by several delegations", "… were echoed by a number of speakers": a passive whose agent is a group of unnamed speakers. */
const PASSIVE_BY_UNNAMED =
  /\b(?:was|were)\s+(?:also\s+)?(?:raised|voiced|expressed|echoed|stressed|emphasi[sz]ed|underlined|highlighted|mentioned|noted|welcomed|shared|put forward|made)\s+by\s+((several|some|many|numerous|various|a number of|a few|other|most|two|three|four|five)\s+(?:delegations|speakers|participants|delegates|States))\b/;

/** A paragraph opening on a pronoun, also after one leading clause ("Drawing on a survey of 2,300 detainees, she said"). */
const PRONOUN_AFTER_CLAUSE =
  /^(?:He|She|In (?:his|her) view|For (?:his|her) part)\b|^\p{Lu}(?:[^,.;]|\d[,.]\d){2,160},\s+(?:she|he)\s+(?=\p{Ll})/u;
/** A sentence that opens with a pronoun continues its paragraph's current speaker. */
const PRONOUN_START = /^(?:He|She|It|They|This|These|Such|His|Her|Its|Their)\b/;

function surfaceOf(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(
      /^(?:Finally|Lastly|Next|Then|Also|Subsequently|Thereafter|Afterwards|In addition|Moreover|Further(?:more)?|Similarly|Likewise),?\s+/,
      '',
    )
    .replace(/[\s,]+$/, '');
}

function orgKey(o: { name: string | null; acronym: string | null }): string {
  return (o.acronym ?? o.name ?? '').toLowerCase();
}

function panellistSpeaker(s: Sentence, p: ParsedParagraph, env: Env, current: Open[], sentenceIndex: number): Found | null {
  const intro = matchPanellistIntro(s.text);
  if (!intro) return null;
  const here = env.panellistsAt.get(p.number) ?? [];
  let panellist: PanellistFact | undefined;
  if (intro.org) {
    const key = orgKey({ name: intro.org.name, acronym: intro.org.acronym });
    panellist =
      here.find((x) => orgKey(x.organization) === key || (x.organization.name ?? '').toLowerCase() === key) ??
      env.panellists.find((x) => orgKey(x.organization) === key || (x.organization.name ?? '').toLowerCase() === key);
  } else if (intro.ordinal !== null) {
    panellist = here.find((x) => x.position === intro.ordinal);
  }
  const anaphoric = !intro.org && intro.ordinal === null && !intro.indefinite;
  if (!panellist && anaphoric) {
    const cur = current.find((c) => c.speaker.kind === 'panellist');
    if (cur) return { identity: cur.identity, speaker: cur.speaker, confidence: cur.confidence, anaphoric: true };
    panellist = here[0] ?? lastPanellistBefore(env.panellists, p);
  }
  const personKey = panellist?.personKey ?? null;
  return {
    identity: personKey ? `panellist:${personKey}` : `panellist:anon-${sentenceIndex}`,
    speaker: {
      kind: 'panellist',
      personKey,
      organization: panellist?.organization ?? (intro.org ? { name: intro.org.name, acronym: intro.org.acronym } : null),
      quantifier: null,
      surface: surfaceOf(s.text, intro.start, intro.end),
    },
    confidence: panellist ? 0.9 : 0.6,
    panelOrdinal: panellist?.panelOrdinal ?? null,
    anaphoric,
  };
}

/** Panellists are introduced in document order; "The panellist added" in a later paragraph is the last one. */
function lastPanellistBefore(panellists: PanellistFact[], p: ParsedParagraph): PanellistFact | undefined {
  let best: PanellistFact | undefined;
  for (const x of panellists) {
    const para = x.evidence[0]?.paragraph;
    if (para === undefined) continue;
    if (comparePara(para, p.number) <= 0) best = x;
  }
  return best;
}

function comparePara(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The person named before with a post speaks again, called by that post ("The Minister noted …"). */
function holderSpeaks(s: Sentence, start: number, end: number, verbEnd: number, holder: PersonFact, name: string, env: Env): Found[] {
  const details = {
    name,
    honorific: holder.honorific,
    position: holder.position,
    organization: holder.organization,
    state: holder.state ?? null,
  };
  return [{ ...personSpeaker(s, { start, end, verbEnd, details }, env), anaphoric: true }];
}

/** "The Chair of the Working Group added …": the one person given that post in that body, named before. */
function postOfBodySpeaker(s: Sentence, pos: number, env: Env): Found[] | null {
  const text = s.text;
  const postOf = POST_OF_BODY.exec(text.slice(pos, pos + 160));
  if (postOf) {
    const verbEnd = speechVerbAt(text, pos + postOf[0].length);
    const here = env.paragraph!.number;
    const body = (postOf[2] as string).toLowerCase();
    const inBody = (x: PersonFact) => {
      const org = x.organization?.name?.toLowerCase() ?? '';
      return org === body || org.includes(body) || (x.organization?.acronym ?? '').toLowerCase() === body;
    };
    const before = (x: PersonFact) => inBody(x) && x.evidence.some((e) => /^\d/.test(e.paragraph) && comparePara(e.paragraph, here) <= 0);
    const holder = verbEnd >= 0 ? env.people.holderOf(postOf[1] as string, before) : null;
    if (holder?.name) return holderSpeaks(s, pos, pos + postOf[0].length, verbEnd, holder, holder.name, env);
  }
  return null;
}

/** Speakers named at `pos` in the sentence (several for "JS2 and CoE-Commissioner recommended"). */
function speakersAt(s: Sentence, pos: number, env: Env, sentenceIndex: number): Found[] {
  const text = s.text;
  // before the office a chair holds: "The Chair of the Committee" may be a panellist who chairs another body
  const holder = postOfBodySpeaker(s, pos, env);
  if (holder) return holder;
  const role = roleSubjectAt(text, pos, env.states);
  if (role) {
    const surface = surfaceOf(text, role.start, role.end);
    if (role.type === 'secretariat') {
      return [
        {
          identity: 'secretariat',
          speaker: { kind: 'secretariat', personKey: null, organization: null, quantifier: null, surface },
          confidence: 0.9,
        },
      ];
    }
    if (role.type === 'chair') {
      let chairs = env.chairs.filter((c) => c.roles.some((r) => /chair|president/i.test(r)));
      // "the President …" and "the Chair-Rapporteur" are two offices when the document names a holder of each
      const office = /^President$/.test(role.detail ?? '')
        ? /^President$/i
        : /^Chair(?:person)?(?:-Rapporteur)?$/.test(role.detail ?? '')
          ? /^Chair(?:person)?$/i
          : null;
      if (office) {
        const holders = env.officeHolders.filter((c) => c.roles.some((r) => office.test(r)));
        if (holders.length > 0) chairs = holders;
      }
      const moderator =
        /^(?:[Mm]oderator|[Ff]acilitator)$/.test(role.detail ?? '') && env.paragraph ? env.moderatorAt(env.paragraph.number) : null;
      const personKey = moderator ?? (!role.plural && chairs.length === 1 ? (chairs[0] as PersonFact).key : null);
      return [
        {
          identity: `chair:${personKey ?? (role.plural ? 'all' : 'one')}`,
          speaker: { kind: 'chair', personKey, organization: null, quantifier: null, surface },
          confidence: 0.9,
        },
      ];
    }
    if (role.type === 'organization') {
      // "the representative of <a name the document or vocabulary knows, as written>": that organization
      const known = role.org?.name ? env.orgs.lookup(role.org.name) : null;
      const org = known ? { name: known.name, acronym: known.acronym } : role.org!;
      return [
        {
          identity: `org:${orgKey(org)}`,
          speaker: { kind: 'organization', personKey: null, organization: org, quantifier: null, surface },
          confidence: 0.8,
        },
      ];
    }
    // a delegation: the named State, or the State under review
    const name = role.org?.name ?? env.reviewed;
    if (!name && !env.allowStates) return [];
    const head =
      role.detail === 'head of delegation'
        ? env.chairs.find((c) => c.roles.includes('head of delegation') && (!name || c.organization?.name === name))
        : undefined;
    return [
      {
        identity: `state:${(name ?? 'delegation').toLowerCase()}`,
        speaker: {
          kind: 'state',
          personKey: head?.key ?? null,
          organization: name ? { name, acronym: null } : null,
          state: name,
          quantifier: null,
          surface,
        },
        confidence: name ? 0.85 : 0.6,
      },
    ];
  }
  // "Representatives of A, B and C made statements", "The representatives of X and Y also spoke"
  const represented = env.allowStates ? representedSubjectAt(text, pos, env.states, env.orgs) : null;
  if (represented) return itemsFound(text, represented.items, env);
  // "A participant from the X Network (XN) stressed …": an anonymous speaker for a named organization
  const from = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:participant|speaker|delegate|panellist)\s+(?:from|of|representing)\s+/.exec(
    text.slice(pos, pos + 60),
  );
  if (from) {
    const ref = readOrgRef(text, pos + from[0].length);
    const named = ref?.name ?? ref?.acronym;
    if (ref && named && speechVerbAt(text, ref.end) >= 0) {
      return [representedSpeaker(env, ref, named, surfaceOf(text, pos, ref.end), 0.75)];
    }
  }
  const alias = aliasAt(text, pos, env.aliases);
  if (alias && speechVerbAt(text, alias.end) >= 0) {
    return [
      {
        identity: `org:${orgKey(alias.org)}`,
        speaker: {
          kind: 'organization',
          personKey: null,
          organization: alias.org,
          quantifier: null,
          surface: surfaceOf(text, pos, alias.end),
        },
        confidence: 0.75,
      },
    ];
  }
  const names = knownNamesThenVerb(env.paragraph!, s.start + pos, (n) => env.people.find(n) !== null, env.states);
  if (names.length > 1) return names.map((e) => listedFound(env.paragraph!, e, env, s));
  const named = namedPersonAt(text, pos, env.states, env.people);
  if (named) {
    const found = personSpeaker(s, named, env);
    if (named.verbEnd >= 0) return [found];
    env.pending = found;
    return [];
  }
  // "The Minister noted …": the one person the document has given that post speaks again
  const title = TITLE_ANAPHOR.exec(text.slice(pos, pos + 60));
  if (title) {
    const verbEnd = speechVerbAt(text, pos + title[0].length);
    const here = env.paragraph!.number;
    const before = (x: PersonFact) => x.evidence.some((e) => /^\d/.test(e.paragraph) && comparePara(e.paragraph, here) <= 0);
    const holder = verbEnd >= 0 ? env.people.holderOf(title[1] as string, before) : null;
    if (holder?.name) return holderSpeaks(s, pos, pos + title[0].length, verbEnd, holder, holder.name, env);
  }
  const anon = anonymousSubjectAt(text, pos);
  if (anon) {
    const surface = surfaceOf(text, anon.start, anon.end);
    // an unnamed delegation ("one delegation cautioned") is an anonymous speaker like "one speaker";
    // only "the delegation" points back to a State named before
    const kind = anon.noun === 'delegation' && anon.quantifier === 'the' ? 'state' : 'participant';
    const bare = anon.quantifier === `${anon.noun}s`;
    const found: Found = {
      // a bare plural repeated ("Participants … Participants further …") is the same group
      identity: bare ? `anon:${anon.quantifier}` : `anon:${sentenceIndex}:${pos}`,
      speaker: { kind, personKey: null, organization: null, quantifier: anon.quantifier, surface },
      confidence: 0.85,
      anonymousPerson: !anon.plural && kind === 'participant' && anon.quantifier !== 'the',
      anaphoric: anon.quantifier === 'the',
      inverted: pos > 0 && /^[\s.!?"”’)]*$/.test(text.slice(anon.verbEnd)),
    };
    // "Several delegations, including Chile and Peru, asked …": the States named as examples
    const examples =
      anon.examples !== undefined && env.allowStates
        ? representedListAt(text, anon.examples, env.states, env.orgs).filter((i) => i.classified.kind === 'state')
        : [];
    return [found, ...itemsFound(text, examples, env)];
  }
  const list = listSubjectAt(text, pos, env.states, env.orgs, env.allowStates);
  if (!list) return [];
  return itemsFound(text, list.items, env);
}

/**
 * An unnamed speaker known by a post ("The High Commissioner pointed out …"): one person, so a
 * "He …" opening the next paragraph is still them. An office's or body's name is not a post.
 */
function officeHolder(speaker: Speaker): boolean {
  if (speaker.personKey !== null || (speaker.kind !== 'organization' && speaker.kind !== 'chair')) return false;
  const name = (speaker.organization?.name ?? speaker.surface).replace(/^the\s+/i, '');
  return isPositionPhrase(name) && !/^(?:Office|Secretariat|Department|Division|Bureau)\b/i.test(name);
}

/** A list's entry ("org:…") and a subject list's item ("organization:…") name one body alike. */
function sameBody(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/^organization:/, 'org:');
  return norm(a) === norm(b);
}

/** Speakers of a list of States and organizations (a subject list, "as did …", "made by …"). */
function itemsFound(text: string, items: ListSubject['items'], env: Env): Found[] {
  return items.map((item) => ({
    identity: `${item.classified.kind}:${orgKey(item.classified.org)}`,
    speaker: {
      kind: item.classified.kind,
      personKey: null,
      organization: item.classified.org,
      state: item.classified.kind === 'state' ? (env.states.lookup(item.classified.org.name ?? '') ?? item.classified.org.name) : null,
      quantifier: null,
      surface: surfaceOf(text, item.start, item.end),
    },
    confidence: item.classified.org.acronym ? 0.85 : 0.75,
  }));
}

/**
 * "…, as did the representatives of X and Y", "statements were made by the representatives of
 * A, B and C": States and bodies named as speakers after the verb, by their role noun.
 */
const AS_DID = /,?\s+as\s+did\s+(?=(?:the\s+)?(?:representatives?|delegations?|delegates?|observers?)\s+(?:of|for)\s)/i;
const MADE_BY_REPRESENTATIVES =
  /\b(?:was|were)\s+(?:also\s+)?(?:made|delivered|given|read out)\s+by\s+(?=(?:the\s+)?(?:representatives|delegations|delegates|observers)\s+(?:of|for)\s)/i;
/** "Statements were also made by X, Y and Z": the bodies themselves as the agents of the statements. */
const STATEMENTS_MADE_BY =
  /^(?:[^,;]{0,80},\s*)?(?:statements|interventions|comments)\s+(?:was|were)\s+(?:also\s+)?(?:made|delivered)\s+by\s+(?=(?:the\s+)?[\p{Lu}])/iu;
/** "…, and by the European Union": a further agent after the list. */
const AND_BY = /^,?\s*and\s+(?:also\s+)?by\s+(?=(?:the\s+)?[\p{Lu}])/u;

function representedAfterVerb(s: Sentence, env: Env): Found[] {
  const cue = AS_DID.exec(s.text) ?? MADE_BY_REPRESENTATIVES.exec(s.text) ?? STATEMENTS_MADE_BY.exec(s.text);
  if (!cue || !env.allowStates) return [];
  const items = representedListAt(s.text, cue.index + cue[0].length, env.states, env.orgs);
  const last = items[items.length - 1];
  const more = last ? AND_BY.exec(s.text.slice(last.end, last.end + 30)) : null;
  if (last && more) items.push(...representedListAt(s.text, last.end + more[0].length, env.states, env.orgs));
  return itemsFound(s.text, items, env);
}

/** A named person as speaker: for a State, an organization, as a panellist or chair, or as themselves. */
function personSpeaker(s: Sentence, named: NamedPersonSubject, env: Env): Found {
  const p = env.paragraph!;
  const person = env.people.obtain(named.details, spanEvidence(p, s.start + named.start, s.start + named.end));
  // a chair named in the text ("Mr. X (State), Chair of the Forum, …") speaks as the chair
  const isChair =
    // (the chairs' list also holds heads of delegation, who speak for their State)
    env.chairs.some((c) => c.name === person.name && !c.roles.every((r) => r === 'head of delegation')) ||
    /^(?:Co-|Vice-)?Chair|^President|^Moderator|^Facilitator/i.test(person.position ?? '');
  const kind: Speaker['kind'] = env.panellistKeys.has(person.key)
    ? 'panellist'
    : isChair
      ? 'chair'
      : person.state
        ? 'state'
        : person.organization
          ? 'organization'
          : 'participant';
  return {
    identity: `person:${person.key}`,
    speaker: {
      kind,
      personKey: person.key,
      organization: kind === 'state' ? { name: person.state!, acronym: null } : person.organization,
      state: person.state ?? null,
      quantifier: null,
      surface: surfaceOf(s.text, named.start, named.end),
    },
    confidence: 0.8,
  };
}

/**
 * "… said that, in 2017, Y …", "… said that in 2017, Y …": the comma closes a phrase that opens the
 * reported clause, so what follows it is still reported. A comma after a whole reported clause
 * ("… that the law remains weak, CoE-XY called on …") ends it, and a new speaker may follow.
 */
const REPORTED_CLAUSE =
  /\bthat(?:,\s|\s+(?:in|on|at|by|during|since|after|before|for|under|according to|as of|with|without|despite|given)\s)[^,;]*$/i;

/** "According to Ms. X, …", "According to the delegate, …": the source of what follows. */
const ACCORDING_TO = /^According to\s+/;

/**
 * "According to JS2, children …", "The Board, according to NRLC, had …", "In the view of X, …",
 * "As reported by X, …": an organization the document knows, set off as the source of the
 * sentence, is its speaker; whatever else the sentence names (its subject, a body "had
 * identified" something) is what the source reported.
 */
const ACCORDING_SOURCE =
  /(?:^|,\s*)(?:[Aa]ccording to|[Ii]n the (?:view|opinion|assessment) of|[Aa]s (?:reported|noted|indicated|observed) by)\s+(?:the\s+)?/g;

function accordingToOrganization(text: string, env: Env): Found | null {
  ACCORDING_SOURCE.lastIndex = 0;
  for (let m = ACCORDING_SOURCE.exec(text); m !== null; m = ACCORDING_SOURCE.exec(text)) {
    const at = m.index + m[0].length;
    const ref = readOrgRef(text, at);
    const named = ref?.acronym ?? ref?.name;
    if (!ref || !named) continue;
    // the source is set off: a comma, or the end of the sentence, closes it
    if (!/^\s*(?:,|[.;]?\s*$)/.test(text.slice(ref.end))) continue;
    const known = env.orgs.lookup(named) ?? (ref.name ? env.orgs.lookup(ref.name) : null);
    if (!known || env.states.lookup(named)) continue;
    const org = { name: known.name, acronym: known.acronym };
    return {
      // the identity a subject list gives the same organization ("JS2 noted …" in the next sentence)
      identity: `organization:${orgKey(org)}`,
      speaker: { kind: 'organization', personKey: null, organization: org, quantifier: null, surface: surfaceOf(text, at, ref.end) },
      confidence: 0.75,
    };
  }
  return null;
}

/** Subject positions to try: the sentence start, then after up to three leading clauses ("Under agenda item 2, …"). */
function subjectPositions(text: string): number[] {
  const out = [0];
  let from = 0;
  for (let k = 0; k < 3; k++) {
    const comma = text.indexOf(',', from);
    if (comma < 0 || comma > 220) break;
    let pos = comma + 1;
    while (text[pos] === ' ') pos++;
    out.push(pos);
    from = comma + 1;
  }
  return out;
}

function findSpeakers(s: Sentence, p: ParsedParagraph, env: Env, current: Open[], sentenceIndex: number): Found[] {
  if (PRONOUN_START.test(s.text)) {
    // "He asked participants …" after "Mr. V (State), Vice-Chair …, facilitated the segment."
    const pronoun = /^(?:He|She|They)\s+/.exec(s.text);
    if (current.length === 0 && env.pending && pronoun && speechVerbAt(s.text, pronoun[0].length) >= 0) {
      const found = env.pending;
      env.pending = null;
      return [found];
    }
    return [];
  }
  // "In her introduction she recalled …": the pronoun after a short opening phrase
  const opened = /^(?:In|At|During|For|Throughout)\s+(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:he|she|they)\s+/.exec(s.text);
  if (opened && current.length === 0 && env.pending && speechVerbAt(s.text, opened[0].length) >= 0) {
    const found = env.pending;
    env.pending = null;
    return [found];
  }
  env.pending = null;
  const according = ACCORDING_TO.exec(s.text);
  if (according) {
    const named = personNameAt(s.text, according[0].length, env.states, env.people);
    if (named) return [personSpeaker(s, named, env)];
  }
  const source = accordingToOrganization(s.text, env);
  if (source) return [source];
  const panellist = panellistSpeaker(s, p, env, current, sentenceIndex);
  if (panellist) return [panellist];
  for (const pos of subjectPositions(s.text)) {
    const found = speakersAt(s, pos, env, sentenceIndex);
    if (found.length > 0) return [...found, ...clauseSpeakers(s, env, sentenceIndex, found), ...representedAfterVerb(s, env)];
  }
  const afterVerb = representedAfterVerb(s, env);
  if (afterVerb.length > 0) return afterVerb;
  const later = clauseSpeakers(s, env, sentenceIndex, []);
  if (later.length > 0) return later;
  // "a statement … was made by the representative of X", "the Council heard the representative of X"
  const agent =
    /\b(?:(?:was|were)\s+(?:made|delivered|given|read out)\s+by|heard)\s+(?=(?:the|a|an)\s+(?:representative|delegate|delegation|observer)\s+(?:of|for)\s)/.exec(
      s.text,
    );
  if (agent) {
    const role = /^(?:the|a|an)\s+(?:representative|delegate|delegation|observer)\s+(?:of|for)\s+/.exec(
      s.text.slice(agent.index + agent[0].length),
    )!;
    const at = agent.index + agent[0].length;
    const ref = readOrgRef(s.text, at + role[0].length);
    const named = ref?.name ?? ref?.acronym;
    if (ref && named) {
      return [representedSpeaker(env, ref, named, surfaceOf(s.text, at, ref.end), 0.7)];
    }
  }
  // "The following pledges were made by X:", "Comments were submitted by X": a State as the agent of a passive statement
  const byState = /\b(?:was|were)\s+(?:made|delivered|given|read out|presented|submitted|expressed|voiced)\s+by\s+(?:the\s+)?/.exec(s.text);
  if (byState) {
    const ref = readOrgRef(s.text, byState.index + byState[0].length);
    const state = ref?.name ? env.states.lookup(ref.name) : null;
    if (ref && state) return [representedSpeaker(env, ref, ref.name!, surfaceOf(s.text, byState.index + byState[0].length, ref.end), 0.7)];
  }
  // "The issue was raised by several delegations": unnamed speakers as the agent of a passive
  const byUnnamed = PASSIVE_BY_UNNAMED.exec(s.text);
  if (byUnnamed) {
    const start = byUnnamed.index + byUnnamed[0].length - (byUnnamed[1] as string).length;
    return [
      {
        identity: `anon:${sentenceIndex}:${start}`,
        speaker: {
          kind: 'participant',
          personKey: null,
          organization: null,
          quantifier: (byUnnamed[2] as string).toLowerCase(),
          surface: byUnnamed[1] as string,
        },
        confidence: 0.7,
      },
    ];
  }
  // "The session was moderated by Ms. X (State), …. She invited …": the agent of a passive is the next "She"
  const by = /\b(?:chaired|moderated|facilitated|opened|presided over|led|introduced|presented)\s+by\s+/.exec(s.text);
  if (by && !env.pending) {
    const named = personNameAt(s.text, by.index + by[0].length, env.states, env.people);
    // "…moderated by Ms. X, Adviser to Y, who invited the panellists to …": the relative clause is hers
    const who = named ? /,\s+who\s+(?:also\s+)?/.exec(s.text.slice(named.end, named.end + 200)) : null;
    if (named && who && speechVerbAt(s.text, named.end + who.index + who[0].length) >= 0) return [personSpeaker(s, named, env)];
    if (named) env.pending = personSpeaker(s, named, env);
  }
  return [];
}

/**
 * "…; another suggested …", "…, and Ms. H added …", "…, while one delegation cautioned …": a second
 * speaker after a clause break. After a plain comma ("… within its mandate, XY-Committee called on
 * …") only an organization, named or by its short form, directly followed by a reporting verb
 * opens a second statement: a comma sets off far more than clauses, and a State or person there is
 * too often the object of the first speaker's words. A comma inside a reported clause ("X said
 * that, in 2017, Y noted …") opens nothing: Y is part of what X said.
 */
/** Whether `at` lies after a named first speaker and before any reporting verb that follows it. */
function beforeFirstVerb(text: string, first: Found[], at: number): boolean {
  const named = first.find((f) => f.speaker.personKey !== null);
  if (!named) return false;
  const from = text.indexOf(named.speaker.surface);
  if (from < 0 || from >= at) return false;
  for (const w of text.slice(from, at).matchAll(/(?<=\s)\p{Ll}+/gu)) if (speechVerbAt(text, from + w.index) >= 0) return false;
  return true;
}

function clauseSpeakers(s: Sentence, env: Env, sentenceIndex: number, first: Found[]): Found[] {
  const out: Found[] = [];
  // the first speaker's own apposition ("Ms. X, Director of the Y Agency, said …") opens no clause
  const firstEnd = Math.max(
    0,
    ...first.map((f) => {
      const at = s.text.indexOf(f.speaker.surface);
      return at >= 0 && f.speaker.surface.length > 0 ? at + f.speaker.surface.length : 0;
    }),
  );
  for (const m of s.text.matchAll(/(?:;\s+|,\s+(?:while|whereas|and)\s+|(?<=\p{Ll})\s+and\s+(?=\p{Lu})|,\s+)(?=\p{L})/gu)) {
    if (m.index < firstEnd) continue;
    const pending = env.pending;
    // "… in the capital and CoE-XY recommended …": after a bare "and", only an organization
    // named by its defined short form opens a second clause (a bare "and" joins names too often)
    const bare = !/[;,]/.test(m[0]);
    const comma = /^,\s+$/.test(m[0]);
    const at = m.index + m[0].length;
    if (comma && (first.length === 0 || REPORTED_CLAUSE.test(s.text.slice(0, m.index)))) continue;
    // "Ms. X, Director of Y (ACR), a regional network, presented …": a comma inside the first
    // speaker's apposition, before any reporting verb, opens no clause of its own
    if (comma && beforeFirstVerb(s.text, first, m.index)) continue;
    if (!bare && insideCommaName(s.text, m.index, env.commaNames)) continue;
    const shortForm = /^[\p{Lu}][\p{L}\d]*(?:[-/][\p{L}\d]+)*(?=\s)/u.exec(s.text.slice(at, at + 40))?.[0] ?? '';
    const found = !bare || (shortForm.match(/\p{Lu}/gu) ?? []).length >= 2 ? speakersAt(s, at, env, sentenceIndex) : [];
    for (const f of found) {
      if ((bare || comma) && f.speaker.kind !== 'organization') continue;
      // a post named before ("…, and the Vice-Minister reported …") is its holder, a speaker of its own
      if (
        (!f.anaphoric || (f.speaker.personKey !== null && !bare)) &&
        !first.some((x) => x.identity === f.identity) &&
        !out.some((x) => x.identity === f.identity)
      )
        out.push(f);
    }
    env.pending = pending;
  }
  return out;
}

function evidenceRuns(p: ParsedParagraph, sentences: Sentence[]): Evidence[] {
  const runs: Evidence[] = [];
  let start = -1;
  let end = -1;
  for (const s of sentences) {
    if (start >= 0 && p.text.slice(end, s.start).trim() === '') end = s.end;
    else {
      if (start >= 0) runs.push(spanEvidence(p, start, end));
      start = s.start;
      end = s.end;
    }
  }
  if (start >= 0) runs.push(spanEvidence(p, start, end));
  return runs;
}

/** Sections where the State under review speaks in paragraph after paragraph ("Presentation by the State under review"). */
const REVIEWED_STATE_SECTION = /\bState under review\b/i;

/** A speaker named as the State or organization it speaks for ("a participant from X", "the delegate of Y"). */
function representedSpeaker(
  env: Env,
  ref: { name: string | null; acronym: string | null },
  named: string,
  surface: string,
  confidence: number,
) {
  const state = env.states.lookup(named);
  const org = state ? { name: named, acronym: null } : { name: ref.name, acronym: ref.acronym };
  return {
    identity: state ? `state:${state.toLowerCase()}` : `org:${orgKey(org)}`,
    speaker: {
      kind: state ? ('state' as const) : ('organization' as const),
      personKey: null,
      organization: org,
      state,
      quantifier: null,
      surface,
    },
    confidence,
  };
}

/** One fact per name, the first kept (the chair reader's, whose key the statements cite). */
function uniqueByName(facts: PersonFact[]): PersonFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = (f.name ?? f.key).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function extractStatements(doc: ParsedDocument, ctx: Ctx): { statements: StatementFact[]; persons: PersonFact[] } {
  const structure = structureOf(doc);
  const analysis = analyseDocument(doc);
  const kind = analysis.kind;
  const states = stateGazetteer(doc, ctx.vocab);
  const chairs = extractChairs(doc);
  const env: Env = {
    states,
    // The document's own organizations (with the aliases it defines) beside the vocabulary's.
    orgs: orgIndex(
      [...ctx.vocab.organizations, ...asKnownOrganizations(ctx.organizations ?? [])],
      asKnownOrganizations(ctx.organizations ?? []),
    ),
    // In a summary of stakeholders' submissions the State is talked about, never a speaker.
    allowStates: kind !== 'stakeholder-summary',
    reviewed: stateUnderReview(doc, states),
    chairs,
    // the chairs, and the people whose office another reader found ("elected … as its Chair-Rapporteur …, X")
    officeHolders: uniqueByName([
      ...chairs,
      ...(ctx.persons ?? []).filter((p) => p.roles.some((r) => /^(?:Chair(?:person)?|President)$/i.test(r))),
    ]),
    panellists: ctx.panels.panellists,
    panellistsAt: new Map(),
    commaNames: (ctx.organizations ?? []).map((o) => o.name).filter((n): n is string => n != null && n.includes(', ')),
    people: peopleRegistry([...(ctx.persons ?? []), ...ctx.panels.persons, ...chairs], analysis.fullNames),
    aliases: analysis.aliases,
    panellistKeys: new Set(ctx.panels.panellists.map((x) => x.personKey)),
    paragraph: null,
    pending: null,
    moderatorAt: () => null,
  };
  for (const x of ctx.panels.panellists) {
    const para = x.evidence[0]?.paragraph;
    if (para === undefined) continue;
    const list = env.panellistsAt.get(para) ?? [];
    list.push(x);
    env.panellistsAt.set(para, list);
  }
  const scopes = panelScopes(doc, structure, ctx.panels.panels);
  // "The moderator recalled …": the one moderator of the panel the paragraph belongs to
  env.moderatorAt = (paragraph: string) => {
    const keys = ctx.panels.panels.find((x) => x.ordinal === scopes.get(paragraph))?.moderatorKeys ?? [];
    return keys.length === 1 ? (keys[0] as string) : null;
  };
  const statements: StatementFact[] = [];
  const persons: PersonFact[] = [];
  let last: { sectionKey: string | null; speaker: Speaker; identity: string } | null = null;

  for (const p of doc.paragraphs) {
    if (isOutcomeSection(structure, p.sectionKey)) continue;
    env.paragraph = p;
    const listed = listedSpeakers(p, states);
    // sentences that hold a speakers' list belong to its entries, not to a subject
    const sentences = splitSentences(p.text).filter((s) => !listed.some((e) => e.start >= s.start && e.end <= s.end));
    const open: Open[] = listed.map((e) => listedOpen(p, e, env));
    // "statements were delivered by 34 States …¹": the note the sentence calls lists them
    open.push(...noteSpeakers(doc, p, env, states));
    // "The representatives of A and B took the floor, as did the representative of C": a list
    // that ends on its verb, and the speakers named after it
    for (const s of splitSentences(p.text)) {
      if (!listed.some((e) => e.start >= s.start && e.end <= s.end)) continue;
      for (const f of representedAfterVerb(s, env)) {
        if (open.some((o) => sameBody(o.identity, f.identity))) continue;
        open.push({
          identity: f.identity,
          speaker: f.speaker,
          sentences: [s],
          confidence: f.confidence,
          panelOrdinal: null,
          anonymousPerson: false,
        });
      }
    }
    let current: Open[] = [];
    // The State under review keeps the floor across paragraphs of its presentation and replies.
    const carried =
      last !== null &&
      env.allowStates &&
      env.reviewed !== null &&
      last.sectionKey === p.sectionKey &&
      last.speaker.kind === 'state' &&
      last.speaker.organization?.name === env.reviewed &&
      structure.chain(p.sectionKey).some((s) => REVIEWED_STATE_SECTION.test(s.title));
    // "In his view, …" / "She also recommended …" opening a paragraph: the named speaker of the one before
    const continues =
      !carried &&
      last !== null &&
      (last.speaker.personKey !== null || officeHolder(last.speaker)) &&
      last.sectionKey === p.sectionKey &&
      PRONOUN_AFTER_CLAUSE.test(sentences[0]?.text ?? '');
    if (continues && last) {
      const o: Open = {
        identity: last.identity,
        speaker: last.speaker,
        sentences: [],
        confidence: 0.7,
        panelOrdinal: null,
        anonymousPerson: false,
      };
      open.push(o);
      current = [o];
    }
    if (carried && last) {
      const o: Open = {
        identity: last.identity,
        speaker: { ...last.speaker, surface: env.reviewed ?? last.speaker.surface },
        sentences: [],
        confidence: 0.6,
        panelOrdinal: null,
        anonymousPerson: false,
      };
      open.push(o);
      current = [o];
    }
    sentences.forEach((s, index) => {
      const found = findSpeakers(s, p, env, current, index);
      const onlyInverted = found.length === 1 && found[0]?.inverted;
      const sameAsCurrent =
        found.length === 1 &&
        current.length === 1 &&
        (found[0]?.anaphoric || onlyInverted) &&
        current[0]?.speaker.kind === found[0]?.speaker.kind;
      if (found.length === 0 || sameAsCurrent) {
        for (const c of current) c.sentences.push(s);
        return;
      }
      const next: Open[] = [];
      for (const f of found) {
        let o = open.find((x) => x.identity === f.identity);
        if (!o) {
          o = {
            identity: f.identity,
            speaker: f.speaker,
            sentences: [],
            confidence: f.confidence,
            panelOrdinal: f.panelOrdinal ?? null,
            anonymousPerson: f.anonymousPerson ?? false,
          };
          open.push(o);
        } else if (o.sentences.length === 0) {
          // a carried-over speaker now named explicitly: keep the words as written
          o.speaker = f.speaker;
          o.confidence = Math.max(o.confidence, f.confidence);
        }
        o.sentences.push(s);
        next.push(o);
      }
      current = next;
    });

    const agendaItem = agendaItemOf(structure, ctx.agendaItems, p);
    let n = 0;
    for (const o of open) {
      if (o.sentences.length === 0) continue;
      n++;
      const key = `para${p.number}-${n}`;
      const text = o.sentences.map((s) => s.text).join(' ');
      let speaker = o.speaker;
      if (o.anonymousPerson) {
        const personKey = `speaker-${p.number}-${n}`;
        persons.push({
          key: personKey,
          name: null,
          honorific: null,
          pronoun: firstPronoun(text.slice(o.speaker.surface.length)),
          roles: ['participant'],
          position: null,
          organization: null,
          method: 'pattern',
          confidence: 0.7,
          evidence: [spanEvidence(p, o.sentences[0]!.start, o.sentences[0]!.end)],
        });
        speaker = { ...speaker, personKey };
      }
      statements.push({
        key,
        paragraph: p.number,
        speaker,
        text,
        agendaItem,
        panelOrdinal: o.panelOrdinal ?? scopes.get(p.number) ?? null,
        method: 'pattern',
        confidence: o.confidence,
        evidence: o.evidence ?? evidenceRuns(p, o.sentences),
      });
    }
    // "… raised the following issues.[^2]" with note 2 "Statements were made by: (a) …": the note's list speaks in this paragraph
    for (const ref of p.footnoteRefs) {
      const note = doc.footnotes.find((f) => f.number === ref);
      if (!note) continue;
      const np = noteParagraph(note, p.order, p.sectionKey);
      const seen = new Set(statements.filter((x) => x.paragraph === p.number).map((x) => x.speaker.surface));
      for (const e of listedSpeakers(np, states)) {
        const o = listedOpen(np, e, env);
        if (seen.has(o.speaker.surface)) continue;
        seen.add(o.speaker.surface);
        statements.push({
          key: `para${p.number}-${++n}`,
          paragraph: p.number,
          speaker: o.speaker,
          text: o.sentences.map((x) => x.text).join(' '),
          agendaItem,
          panelOrdinal: scopes.get(p.number) ?? null,
          method: 'pattern',
          confidence: o.confidence * 0.9,
          evidence: evidenceRuns(np, o.sentences),
        });
      }
    }
    const lastOpen = current[current.length - 1];
    if (lastOpen && lastOpen.sentences.length > 0)
      last = { sectionKey: p.sectionKey, speaker: lastOpen.speaker, identity: lastOpen.identity };
    else if (open.every((o) => o.sentences.length === 0)) last = null;
  }
  return { statements, persons: [...persons, ...env.people.created] };
}

/** A speakers' list entry as a speaker of the sentence that holds it. */
function listedFound(p: ParsedParagraph, e: ListedSpeaker, env: Env, sentence: Sentence): Found {
  const surface = p.text.slice(e.start, e.end);
  if (e.kind === 'person') {
    const person = env.people.obtain(
      { name: e.name, honorific: null, position: e.position ?? null, organization: e.organization ?? null, state: e.personState ?? null },
      spanEvidence(p, e.start, e.end),
    );
    const kind = env.panellistKeys.has(person.key) || /panell?ist/i.test(sentence.text) ? 'panellist' : 'participant';
    return {
      identity: `person:${person.key}`,
      speaker: { kind, personKey: person.key, organization: person.organization, state: person.state ?? null, quantifier: null, surface },
      confidence: 0.85,
    };
  }
  if (e.kind === 'state') {
    // the name as written ("Turkey") and the gazetteer's ("Türkiye"): either identifies the State
    const state = e.state ?? e.name;
    return {
      identity: `state:${state.toLowerCase()}`,
      speaker: {
        kind: 'state',
        personKey: null,
        organization: { name: e.name, acronym: null },
        state,
        group: e.group,
        quantifier: null,
        surface,
      },
      confidence: 0.85,
    };
  }
  // "United Nations Children's Fund (UNICEF)": the name and its acronym; a name the document or vocabulary knows, as known
  const paren = /^(.*?\S)\s*\(([\p{Lu}][\p{L}\p{N}./&-]*)\)$/u.exec(e.name);
  const written = paren ? { name: paren[1]!, acronym: paren[2]! } : { name: e.name, acronym: e.acronym ?? null };
  const known = env.orgs.lookup(written.name) ?? (written.acronym ? env.orgs.lookup(written.acronym) : null);
  const organization = known ? { name: known.name, acronym: known.acronym } : written;
  return {
    identity: `org:${(organization.name ?? e.name).toLowerCase()}`,
    speaker: {
      kind: 'organization',
      personKey: null,
      organization,
      group: e.group,
      quantifier: null,
      surface,
    },
    confidence: 0.8,
  };
}

/** The sentence of a paragraph that says statements were made, and that calls a note listing who made them. */
const NOTE_CALLER =
  /\b(?:statements?|interventions?)\s+(?:were|was)\s+(?:also\s+)?(?:made|delivered|given|heard)\b|\btook\s+the\s+floor\b|\bmade\s+statements\b/i;

/** The speakers of a note the paragraph calls from a sentence that says statements were made, as speakers of that sentence. */
function noteSpeakers(doc: ParsedDocument, p: ParsedParagraph, env: Env, states: StateGazetteer): Open[] {
  if (p.footnoteRefs.length === 0) return [];
  const sentence = splitSentences(p.text).find((s) => NOTE_CALLER.test(s.text));
  if (!sentence) return [];
  const out: Open[] = [];
  for (const n of p.footnoteRefs) {
    const note = doc.footnotes.find((f) => f.number === n);
    if (!note) continue;
    const carried: ParsedParagraph = { ...p, text: note.text, items: [], footnoteRefs: [] };
    for (const e of captionedNoteSpeakers(carried, states)) {
      const f = listedFound(carried, e, env, sentence);
      if (out.some((o) => o.identity === f.identity)) continue;
      // the evidence is the entry in the note, where the speaker is named (the sentence only counts them)
      const evidence: Evidence = { paragraph: footnoteKey(n), start: e.start, end: e.end, quote: note.text.slice(e.start, e.end) };
      out.push({
        identity: f.identity,
        speaker: f.speaker,
        sentences: [sentence],
        confidence: f.confidence * 0.9,
        panelOrdinal: null,
        anonymousPerson: false,
        evidence: [evidence],
      });
    }
  }
  return out;
}

/** A speakers' list entry as a one-sentence statement: its words are the list's sentence. */
function listedOpen(p: ParsedParagraph, e: ListedSpeaker, env: Env): Open {
  const sentence = splitSentences(p.text).find((s) => s.start <= e.start && e.end <= s.end) ?? {
    start: e.start,
    end: e.end,
    text: p.text.slice(e.start, e.end),
  };
  const f = listedFound(p, e, env, sentence);
  return {
    identity: f.identity,
    speaker: f.speaker,
    sentences: [sentence],
    confidence: f.confidence,
    panelOrdinal: null,
    anonymousPerson: false,
  };
}
