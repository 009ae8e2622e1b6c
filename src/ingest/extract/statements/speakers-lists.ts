/**
 * Speakers' lists, as Council and Commission reports write them:
 *   "the following made statements …: (a) Representatives of States Members of the Council:
 *    Brazil, Colombia3 (on behalf of …), …; (e) Observers for non-governmental organizations: …"
 *   "the following panellists made statements: A, B and C"
 *   "the panellists A and B answered questions", "A, B and C answered questions and made …"
 * Every entry is a speaker of the paragraph; the caption it stands under is its group (never an
 * organization). A State speaking on behalf of a group is the speaker; the group is not.
 */
import type { ParsedFootnote, ParsedParagraph } from '../../parse/parsed-document.js';
import { letteredItems } from '../../parse/lettered-items.js';
import { footnoteKey } from '../citable-texts.js';
import { readOrgRef, readPersonName } from '../text-names.js';
import { speechVerbAt } from '../text-speech-verbs.js';
import { uninvertStateName, type StateGazetteer } from '../text-states.js';
import { readApposition } from './named-subjects.js';

export interface ListedSpeaker {
  kind: 'state' | 'organization' | 'person';
  /** As written, without footnote marks and "(on behalf of …)". */
  name: string;
  /** Canonical State name for a State. */
  state: string | null;
  /** An organization's acronym written after it: "Food and Agriculture Organization … (FAO)". */
  acronym?: string | null;
  group: string | null;
  /** For a person written "position of X, Name": the position and affiliation. */
  position?: string | null;
  organization?: { name: string | null; acronym: string | null } | null;
  personState?: string | null;
  start: number;
  end: number;
}

/**
 * What the words before a list's colon say when the list is of speakers: "the following made
 * statements …:", "Statements were made, and questions put to the panellists, by:", "The four
 * panellists, who made statements …, were:", "The following took the floor …:".
 */
const STATEMENT_CUE = /\b(?:statements?|the floor|interventions?|remarks|presentations)\b/i;
/** Panellists as the listed speakers, not as those the questions were put to. */
const PANELLIST_CUE = /\b(?:panell?ists?|experts?|presenters?)\b/;
const NOT_SPEAKERS_CUE = /\b(?:to|asked|questions?(?:\s+to)?)\s+the\s+(?:panell?ists?|experts?)\b/g;
/** "Statements were made by the representatives of …", "Interventions were also delivered by the observers for …". */
const MADE_BY_REPRESENTATIVES =
  /\b(?:[Ss]tatements?|[Ii]nterventions?|[Rr]emarks)\s+(?:was|were)\s+(?:also\s+)?(?:made|delivered|given)\s+by\s+(?:the\s+)?(?:representatives?|observers?|delegations?)\s+(?:of|for)\s+/g;
/** "the panellists A and B answered …" */
const ROLE_LIST = /\b(?:the\s+)?(?:panellists?|panelists?|experts?|speakers?|presenters?)\s+(?=\p{Lu})/gu;

/** Captions of groups of organizations, as opposed to groups of States. */
const ORG_CAPTION = /organi[sz]ations?|institutions?|entit(?:y|ies)|agenc(?:y|ies)|bodies|civil society|observers? for (?!.*States)/i;
const STATE_CAPTION = /\bStates?\b|\bcountr(?:y|ies)\b|\bGovernments?\b/;

/**
 * Splits at commas and "and" outside brackets; "Madre, Inc." stays one entry. Names of people
 * split at every "and"; names of States and organizations only at the list's last "and" after
 * a comma, since "and" is common inside them ("International Humanist and Ethical Union").
 */
/**
 * "… Global Alliance for Women in Detention and Mizan Centre for …": after a joiner, an "and"
 * followed by a short capitalised run ending in an organization's head word starts a new entry
 * ("Security and Co-operation in Europe" does not).
 */
const NEW_ORG_AFTER_AND =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Centre|Center|Network|Alliance|Foundation|Institute|Association|Federation|Coalition|Society|League|Movement|Trust|Watch)\b/u;

/** What may follow a list's "and": a name, or the kind of body before one ("the non-governmental organization X"). */
const NAME_AFTER_AND = /^\s*(?:the\s+)?(?:\p{Lu}|(?:non-governmental|intergovernmental)\s+organi[sz]ations?\s+\p{Lu})/u;

function entries(text: string, offset: number, everyAnd: boolean): { text: string; start: number; end: number }[] {
  let lastAnd = -1;
  if (!everyAnd) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && text[i] === ',') lastAnd = -1;
      // "Organization for Security and Co-operation in Europe": after a joiner, "and" is inside the name
      // "the African Union and the World Health Organization": "and the" before a capital opens a second name
      else if (depth === 0 && text.startsWith(' and the ', i) && NAME_AFTER_AND.test(text.slice(i + 5, i + 40))) lastAnd = i;
      else if (
        depth === 0 &&
        text.startsWith(' and ', i) &&
        text.lastIndexOf(',', i) >= 0 &&
        (!/\s(?:for|of|on|against|in)\s[^,]*$/.test(text.slice(text.lastIndexOf(',', i), i).replace(/\([^()]*\)/g, '')) ||
          NEW_ORG_AFTER_AND.test(text.slice(i + 5)))
      )
        lastAnd = i;
    }
  }
  const out: { text: string; start: number; end: number }[] = [];
  // "the FAO; the Asociación de Mujeres X, Y y Z; and IWGIA": semicolons part the entries, commas stay inside them
  const semicolons = !everyAnd && hasSemicolonAtDepth0(text);
  let depth = 0;
  let from = 0;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /[\s,;.]/.test(text[s] as string)) s++;
    while (e > s && /[\s,;.]/.test(text[e - 1] as string)) e--;
    // "Lantern Aid, Inc.": the abbreviation keeps its full stop
    if (text[e] === '.' && /\b(?:Inc|Ltd|Co|Corp|e\.V)$/.test(text.slice(s, e))) e++;
    if (e > s) out.push({ text: text.slice(s, e), start: offset + s, end: offset + e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || (ch === ',' && !semicolons))) {
      if (/^,\s*(?:Inc|Ltd|LLC|e\.\s?V|a\.s\.b\.l)\b/.test(text.slice(i, i + 10))) continue;
      push(from, i);
      from = i + 1;
    } else if (
      depth === 0 &&
      !semicolons &&
      (everyAnd || i === lastAnd) &&
      text.startsWith(' and ', i) &&
      NAME_AFTER_AND.test(text.slice(i + 5, i + 40))
    ) {
      // "Jana Kohut and Kikka Cerpa"; a name with "and" inside ("Trinidad and Tobago") is read whole below
      push(from, i);
      from = i + 5;
    }
  }
  push(from, text.length);
  return out;
}

/** A ";" between entries (not the one that closes a lettered item). */
function hasSemicolonAtDepth0(text: string): boolean {
  let depth = 0;
  for (const ch of text.replace(/[\s;.]+$/, '')) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) return true;
  }
  return false;
}

/** Strips "Colombia3 (on behalf of …)" to "Colombia". */
function clean(entry: string): string {
  return entry
    .replace(/\s*\((?:also\s+)?on behalf of[^()]*(?:\([^()]*\)[^()]*)*\)\s*$/i, '')
    .replace(/(?<=\p{L})\d{1,3}$/u, '')
    .replace(/^(?:and\s+)?(?:the\s+)?/i, '')
    .trim();
}

/**
 * Splits an entry that is not a State at the " and " whose both sides are ("United Kingdom of
 * Great Britain and Northern Ireland and Uzbekistan"): the list's last "and" sits after a name
 * that has "and" and "of" inside it, where the comma rule cannot see it.
 */
function splitStates(list: { text: string; start: number; end: number }[], states: StateGazetteer) {
  const out: typeof list = [];
  for (const e of list) {
    if (states.lookup(clean(e.text)) || !e.text.includes(' and ')) {
      out.push(e);
      continue;
    }
    let done = false;
    for (let at = e.text.indexOf(' and '); at > 0 && !done; at = e.text.indexOf(' and ', at + 1)) {
      const left = e.text.slice(0, at);
      const right = e.text.slice(at + 5);
      if (states.lookup(clean(left)) && states.lookup(clean(right))) {
        out.push({ text: left, start: e.start, end: e.start + at });
        out.push({ text: right, start: e.start + at + 5, end: e.end });
        done = true;
      }
    }
    if (!done) out.push(e);
  }
  return out;
}

/** Rejoins entries that "and" split inside a State's name ("Trinidad" + "Tobago"). */
function rejoinStates(list: { text: string; start: number; end: number }[], full: string, states: StateGazetteer) {
  const out: typeof list = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    if (prev) {
      // entry offsets are the paragraph's (entries() adds the list's offset)
      const joined = full.slice(prev.start, e.end);
      if (/ and /.test(joined) && !states.lookup(clean(prev.text)) && states.lookup(clean(joined))) {
        out[out.length - 1] = { text: joined, start: prev.start, end: e.end };
        continue;
      }
      // "Peru and Trinidad" + "Tobago": the list's "and" came first, the State's "and" second
      const and = prev.text.indexOf(' and ');
      const tail = and > 0 ? full.slice(prev.start + and + 5, e.end) : '';
      if (and > 0 && !states.lookup(clean(prev.text)) && states.lookup(clean(prev.text.slice(0, and))) && states.lookup(clean(tail))) {
        out[out.length - 1] = { text: prev.text.slice(0, and), start: prev.start, end: prev.start + and };
        out.push({ text: tail, start: prev.start + and + 5, end: e.end });
        continue;
      }
    }
    out.push(e);
  }
  return out;
}

/** A list entry as a speaker; "X (ACR)" or "X (its other name)" is named by the part before the bracket. */
function listedEntry(name: string, caption: string | null, states: StateGazetteer, at: { start: number; end: number }): ListedSpeaker {
  const c = classify(name, caption, states);
  const ref = c.kind === 'organization' ? readOrgRef(name, 0) : null;
  const bracketed = ref?.name && ref.end < name.length && /^\s*\([^()]+\)$/.test(name.slice(ref.end));
  if (ref?.name && (bracketed || (ref.end === name.length && ref.acronym)))
    return { kind: c.kind, name: ref.name, acronym: ref.acronym, state: null, group: caption, start: at.start, end: at.end };
  return { kind: c.kind, name, state: c.state, group: caption, start: at.start, end: at.end };
}

function classify(name: string, caption: string | null, states: StateGazetteer): { kind: ListedSpeaker['kind']; state: string | null } {
  const state = states.lookup(name) ?? states.lookup(uninvertStateName(name));
  if (state) return { kind: 'state', state };
  if (caption && STATE_CAPTION.test(caption) && !ORG_CAPTION.test(caption)) return { kind: 'state', state: uninvertStateName(name) };
  return { kind: 'organization', state: null };
}

/** "the Minister of Labour … of North Macedonia, Elena Stojanovska; …; and the co-founder of X, Y". */
function readPositionedPeople(p: ParsedParagraph, start: number, end: number, states: StateGazetteer): ListedSpeaker[] {
  const out: ListedSpeaker[] = [];
  let from = start;
  const parts: [number, number][] = [];
  for (let i = start; i <= end; i++) {
    if (i === end || p.text[i] === ';') {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  for (const [a, b] of parts) {
    const raw = p.text.slice(a, b);
    const comma = raw.lastIndexOf(',');
    const nameText = raw
      .slice(comma + 1)
      .replace(/[.\s]+$/, '')
      .trim();
    const person = readPersonName(nameText, 0);
    if (!person || person.end !== nameText.length) continue;
    const app = comma > 0 ? readApposition(raw.slice(0, comma).replace(/^\s*(?:and\s+)?/, ''), states) : null;
    const lead = a + raw.length - raw.trimStart().length;
    out.push({
      kind: 'person',
      name: person.name,
      state: null,
      group: null,
      position: app?.position ?? null,
      organization: app?.org ?? null,
      personState: app?.state ?? null,
      start: lead,
      end: a + raw.replace(/[.\s]+$/, '').length,
    });
  }
  return out;
}

function readEntries(
  p: ParsedParagraph,
  start: number,
  end: number,
  caption: string | null,
  persons: boolean,
  states: StateGazetteer,
): ListedSpeaker[] {
  const text = p.text.slice(start, end);
  if (persons && text.includes(';')) return readPositionedPeople(p, start, end, states);
  const out: ListedSpeaker[] = [];
  const split = splitStates(rejoinStates(entries(text, start, persons), p.text, states), states);
  for (const e of persons ? split : pairUnderPluralCaption(split, caption)) {
    const name = clean(e.text);
    if (!name || !/^\p{Lu}/u.test(name) || name.length > 160) continue;
    if (persons) {
      const person = readPersonName(name, 0);
      if (person && person.end === name.length)
        out.push({ kind: 'person', name: person.name, state: null, group: caption, start: e.start, end: e.end });
      continue;
    }
    out.push(listedEntry(name, caption, states, e));
  }
  return out;
}

/** End of the sentence that starts at `from` (the list after a colon runs to it). */
function sentenceEnd(text: string, from: number): number {
  const m = /\.(?=\s+\p{Lu}|\s*$)/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Where a further group of a speakers' list starts after a comma or semicolon: "…, and of the
 * following non-governmental organizations: …", "…; by the European Union; and by …", "…, as
 * well as of the International Organization for Migration".
 */
const GROUP_BREAK = /(?:[,;]\s*(?:and\s+)?|,?\s+as\s+well\s+as\s+|\s+and\s+(?=(?:by|of)\s))(?:by|of|for)\s+(?=(?:the\s+)?\p{L})/gu;
/** What opens a group: whom its entries represent ("the representatives of", "the following …:", "the non-governmental organization"). */
const GROUP_CAPTION =
  /^(?:(?:the\s+)?(?:representatives?|observers?|delegations?)\s+(?:of|for)\s+)?(?:(?:the\s+)?following\s+([^:;]{1,100}):\s*|(?:the\s+)?((?:non-governmental|intergovernmental|international|civil\s+society)\s+organi[sz]ations?)\s+(?=\p{Lu}))?/u;
/** Lower-case words a name in a list may hold ("Organization for Migration", "Sans Frontières", "Group of 77 and China"). */
const NAME_JOINER = /^(?:of|and|for|the|on|in|against|de|des|du|la|le|les|et|y|pour|en|al|el|e|di|del|della|sans|für|och|und|van|von|der)$/;

/**
 * A speakers' list after "Statements were made by" read as groups, each opened by whom its
 * entries represent; null when any entry does not read as a name (the sentence goes on as a
 * clause), so nothing is taken from a sentence that is not a list.
 */
function readGroups(p: ParsedParagraph, from: number, end: number, states: StateGazetteer): ListedSpeaker[] {
  const bounds: number[] = [from];
  for (const m of p.text.slice(from, end).matchAll(GROUP_BREAK)) bounds.push(from + m.index, from + m.index + m[0].length);
  bounds.push(end);
  const out: ListedSpeaker[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const a = bounds[i] as number;
    const b = bounds[i + 1] as number;
    const cap = GROUP_CAPTION.exec(p.text.slice(a, b));
    const caption = cap?.[1] ?? cap?.[2] ?? null;
    const start = a + (cap?.[0].length ?? 0);
    if (start >= b) return [];
    const list = pairUnderPluralCaption(
      splitStates(rejoinStates(entries(p.text.slice(start, b), start, false), p.text, states), states),
      caption,
    );
    for (const e of list) {
      // "… and the non-governmental organization X": the kind written before a name is not part of it
      const kind = /^(?:and\s+)?(?:the\s+)?(?:non-governmental|intergovernmental|international)\s+organi[sz]ations?\s+(?=\p{Lu})/u.exec(
        e.text,
      );
      if (kind) Object.assign(e, { text: e.text.slice(kind[0].length), start: e.start + kind[0].length });
      const name = clean(e.text);
      const words = name.split(/\s+/);
      const nameLike =
        /^[\p{Lu}\p{N}]/u.test(name) && words.length <= 12 && words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || NAME_JOINER.test(w));
      if (!nameLike) return [];
      out.push(listedEntry(name, caption, states, e));
    }
  }
  return out;
}

/** "Non-governmental organizations: X and Y": a plural caption over one entry holding "and" names two. */
function pairUnderPluralCaption(list: { text: string; start: number; end: number }[], caption: string | null) {
  const only = list[0];
  if (list.length !== 1 || !only || !caption || !/organi[sz]ations\b/i.test(caption)) return list;
  const and = only.text.lastIndexOf(' and ');
  if (and <= 0 || !/^\s*(?:the\s+)?\p{Lu}/u.test(only.text.slice(and + 5))) return list;
  return [
    { text: only.text.slice(0, and), start: only.start, end: only.start + and },
    { text: only.text.slice(and + 5), start: only.start + and + 5, end: only.end },
  ];
}

/**
 * A footnote read as a paragraph of its own, cited by its key (`fn<n>`): "Statements were made
 * by: (a) Representatives of States …: …; (b) …" is a speakers' list whose speakers belong to the
 * paragraph that calls the note.
 */
export function noteParagraph(note: ParsedFootnote, order: number, sectionKey: string | null): ParsedParagraph {
  return {
    number: footnoteKey(note.number),
    order,
    text: note.text,
    sectionKey,
    parentNumber: null,
    items: letteredItems(note.text),
    footnoteRefs: [],
    pages: [],
  };
}

/** Entries of the lists in a paragraph. */
export function listedSpeakers(p: ParsedParagraph, states: StateGazetteer): ListedSpeaker[] {
  const out: ListedSpeaker[] = [];
  for (const m of p.text.matchAll(/:/g)) {
    const colon = m.index + 1;
    // the intro: the words of the colon's sentence before it
    const lead = p.text.slice(0, m.index);
    const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf(': '), lead.lastIndexOf('; '));
    const intro = lead.slice(cut + 1);
    // a caption's colon inside a lettered item is read below, with its list
    if (p.items.some((it) => it.start <= m.index && m.index < it.end)) continue;
    if (!STATEMENT_CUE.test(intro) || intro.length > 260) continue;
    const persons = PANELLIST_CUE.test(intro.replace(NOT_SPEAKERS_CUE, ''));
    const items = p.items.filter((it) => it.start >= colon);
    if (items.length > 0) {
      for (const it of items) {
        const c = p.text.slice(it.start, it.end).indexOf(':');
        const caption = c > 0 ? p.text.slice(it.start, it.start + c).trim() : null;
        out.push(...readEntries(p, c > 0 ? it.start + c + 1 : it.start, it.end, caption, persons, states));
      }
    } else {
      const end = sentenceEnd(p.text, colon);
      const list = readEntries(p, colon, end, null, persons, states);
      // without captions, a list counts only when every entry reads as a name (not a clause);
      // entries parted by semicolons may go on after the name ("Asociación X, Y y Z")
      const semicolons = hasSemicolonAtDepth0(p.text.slice(colon, end));
      const named = (e: ListedSpeaker) =>
        e.kind === 'state' || readOrgRef(e.name, 0)?.end === e.name.length || (semicolons && readOrgRef(e.name, 0) !== null);
      if (persons || list.every(named)) out.push(...list);
    }
  }
  // "Statements were made by the representatives of A (on behalf of …), B and C.": no colon
  for (const m of p.text.matchAll(MADE_BY_REPRESENTATIVES)) {
    const from = m.index + m[0].length;
    const end = sentenceEnd(p.text, from);
    // "…, B and C, and of the following non-governmental organizations: X; Y; and Z": groups, each read whole
    const grouped = readGroups(p, m.index + m[0].length - m[0].replace(/^.*?\bby\s+/s, '').length, end, states);
    if (grouped.length > 0) {
      const kept = out.filter((e) => e.start < from || e.end > end);
      out.length = 0;
      out.push(...kept, ...grouped);
      continue;
    }
    const list = readEntries(p, from, end, null, false, states);
    if (list.length > 0 && list.every((e) => e.kind === 'state' || readOrgRef(e.name, 0)?.end === e.name.length)) out.push(...list);
  }
  if (out.length > 0) return out;
  out.push(...representativesOf(p, states));
  if (out.length > 0) return out;
  // "the panellists A, B and C answered questions": names, then a reporting verb
  for (const m of p.text.matchAll(ROLE_LIST)) {
    const listStart = m.index + m[0].length;
    const verb = namesThenVerb(p.text, listStart);
    if (verb) out.push(...readEntries(p, listStart, verb, null, true, states));
  }
  return out;
}

/** A caption that opens a group of a note's list: "States:", "Intergovernmental organizations:", "; national human rights institutions:". */
const NOTE_CAPTION = /(?:^|[.;]\s+)(\p{L}[\p{L}\s-]{2,80}?):\s+/gu;

/**
 * A note that lists who spoke, group by group under captions ("States: A, B (on behalf of …), C.
 * Intergovernmental organizations: D. Non-governmental organizations: E, F."), as the paragraph
 * that calls it ("statements were delivered by 34 States …¹") leaves them out of its own text.
 * Only a note made of such captioned groups counts, every caption a group of States or of
 * organizations; its entries are read as a speakers' list's.
 */
export function captionedNoteSpeakers(note: ParsedParagraph, states: StateGazetteer): ListedSpeaker[] {
  const captions = [...note.text.matchAll(NOTE_CAPTION)];
  if (captions.length === 0 || captions[0]!.index !== 0) return [];
  if (!captions.every((c) => STATE_CAPTION.test(c[1]!) || ORG_CAPTION.test(c[1]!))) return [];
  const out: ListedSpeaker[] = [];
  captions.forEach((c, i) => {
    const start = c.index + c[0].length;
    const next = captions[i + 1];
    const end = next ? next.index : note.text.length;
    out.push(...readEntries(note, start, end, c[1]!.trim(), false, states));
  });
  return out;
}

/** "A, B and C answered questions": names the document gave in full before, then a reporting verb. */
export function knownNamesThenVerb(
  p: ParsedParagraph,
  pos: number,
  isKnown: (name: string) => boolean,
  states: StateGazetteer,
): ListedSpeaker[] {
  const end = namesThenVerb(p.text, pos);
  if (end === null) return [];
  const list = readEntries(p, pos, end, null, true, states);
  return list.length > 0 && list.every((e) => isKnown(e.name)) ? list : [];
}

/** Where a run of person names starting at `pos` ends, when a reporting verb follows it. */
export function namesThenVerb(text: string, pos: number): number | null {
  let i = pos;
  for (let n = 0; n < 12; n++) {
    const person = readPersonName(text, i);
    if (!person) return null;
    const sep = /^(?:,\s*and\s+|,\s*|\s+and\s+)/.exec(text.slice(person.end, person.end + 8));
    if (!sep) return speechVerbAt(text, person.end) >= 0 ? person.end : null;
    i = person.end + sep[0].length;
  }
  return null;
}

/** "The representatives of X and Y, and of Z, also made statements": the plural of "the representative of X stated". */
const REPRESENTATIVES_OF = /\b(?:[Tt]he\s+)?(?:representatives|observers|delegations)\s+of\s+(?=(?:the\s+)?\p{Lu})/gu;
/** Between the entries: commas, "and", ", and of", and "and the" (an article opens a new name). */
const ENTRY_SEPARATOR = /,\s*(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?(?=the\s+\p{Lu})/gu;

/**
 * Every State or organization whose representatives the sentence says spoke, when the list
 * runs straight into a reporting verb ("…, and of Z, also made statements"). Entries are split
 * at commas and at "and the"; a bare "and" stays inside a name ("Trinidad and Tobago",
 * "Office on Drugs and Crime"). Each entry must read whole as a State or a name.
 */
function representativesOf(p: ParsedParagraph, states: StateGazetteer): ListedSpeaker[] {
  const out: ListedSpeaker[] = [];
  for (const m of p.text.matchAll(REPRESENTATIVES_OF)) {
    const start = m.index + m[0].length;
    const end = sentenceEnd(p.text, start);
    // the list ends where a reporting verb starts, after a name and an optional comma
    let verbAt = -1;
    for (const w of p.text.slice(start, end).matchAll(/(?<=[\p{L}\p{N})])\s*,?\s+(?=[a-z])/gu)) {
      if (speechVerbAt(p.text, start + w.index + w[0].length) >= 0) {
        verbAt = start + w.index;
        break;
      }
    }
    if (verbAt < 0) continue;
    const listed: ListedSpeaker[] = [];
    let whole = true;
    let from = start;
    const parts: [number, number][] = [];
    const text = p.text.slice(start, verbAt);
    for (const sep of text.matchAll(ENTRY_SEPARATOR)) {
      parts.push([from, start + sep.index]);
      from = start + sep.index + sep[0].length;
    }
    parts.push([from, verbAt]);
    for (const [a, b] of parts) {
      const raw = p.text.slice(a, b);
      const name = clean(raw.replace(/^(?:of\s+)?(?:the\s+)?/, ''));
      if (!name || !/^\p{Lu}/u.test(name)) {
        whole = false;
        break;
      }
      const lead = a + (raw.length - raw.trimStart().length);
      // "Chile and Peru": States joined by a bare "and" are one entry each
      const pair = name.split(' and ');
      if (pair.length > 1 && !states.lookup(name) && pair.every((x) => states.lookup(x))) {
        let at = lead;
        for (const x of pair) {
          const s0 = p.text.indexOf(x, at);
          listed.push({ kind: 'state', name: x, state: states.lookup(x), group: null, start: s0, end: s0 + x.length });
          at = s0 + x.length;
        }
        continue;
      }
      const c = classify(name, null, states);
      if (c.kind !== 'state' && readOrgRef(name, 0)?.end !== name.length) {
        whole = false;
        break;
      }
      listed.push({ kind: c.kind, name, state: c.state, group: null, start: lead, end: b });
    }
    if (whole) out.push(...listed);
  }
  return out;
}
