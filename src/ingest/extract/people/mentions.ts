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
import { initialsFit, splitAffiliation, orgFromRemainder, type Affiliation, type StateLookup } from './affiliation.js';
import { isNameWord, isPersonApposition, isPositionPhrase, isPostRun, readBareName } from './name-shapes.js';
import { kindFromName } from '../org-kind.js';

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

/** ", who spoke for the X,", ", speaking on behalf of the X,", ", representing X,": the party spoken for. */
const SPOKE_FOR =
  /^(?:who\s+(?:spoke|was\s+speaking)\s+(?:for|on\s+behalf\s+of)|speaking\s+(?:for|on\s+behalf\s+of)|who\s+represented|representing)\s+(?=(?:the\s+)?[\p{Lu}\p{N}])/u;

/** What follows a name: "(State)", ", description,", " of Organization". */
function readAfter(text: string, at: number, lookup: StateLookup, honorific: boolean): { aff: Affiliation; end: number } {
  let aff: Affiliation = { position: null, organization: null, state: null };
  let end = at;
  const bracket = /^\s*\(([^()]{2,80})\)/.exec(text.slice(end));
  if (bracket) {
    const inner = (bracket[1] as string).trim();
    const state = lookup(inner);
    const org = state ? null : orgFromRemainder(inner);
    // "(Ghana)", "(OHCHR)", or an organization its name declares ("(Bucharest Centre for Financial Crime Studies)")
    // (not a post and its employer: "(Associate Professor of Law, Universidad …)" is read below)
    const named = org?.name && !inner.includes(',') && !isPositionPhrase(inner) ? kindFromName(org.name, org.acronym) !== null : false;
    if (state || (org && ((org.acronym && !org.name) || named) && honorific)) {
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
    // "Ms. X, who spoke for the UNCAC Coalition, noted …": whom the person spoke for
    const spoke = SPOKE_FOR.exec(desc);
    if (spoke) {
      const named = desc.slice(spoke[0].length);
      const state = lookup(named.replace(/^the\s+/i, '').replace(/[.,;\s]+$/, ''));
      const org = state ? null : orgFromRemainder(named);
      if (state || org) return { aff: { ...aff, state: aff.state ?? state, organization: aff.organization ?? org }, end: stop };
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
  // "The representative of the Office of the United Nations High Commissioner …, Y": a title inside
  // the object of a preposition ("of the … Commissioner") is part of a longer title that opens earlier
  let inner: { phrase: string; start: number } | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const start = candidates[i] as number;
    const phrase = text.slice(start, commaAt);
    if (phrase.length < 3) continue;
    if (!isPositionPhrase(phrase)) continue;
    const head = phrase.replace(/^(?:the|a|an|its|their)\s+/i, '');
    // "a youth activist from Kenya, Y", "A member of the Committee …, Y": an indefinite article introduces a description
    const indefinite = /^(?:a|an)\s/i.test(phrase);
    if (!/^[\p{Lu}]|^(?:co-founder|founder|senior|junior|researcher|representative)\b/u.test(head) && !indefinite) continue;
    if (/\b(?:of|for|to|at|in|with|from)\s+$/.test(text.slice(Math.max(0, start - 6), start))) {
      inner ??= { phrase, start };
      continue;
    }
    // the longer title holds the inner one only when a short post leads straight into it ("The representative of ")
    if (inner) {
      // … then only a name's words up to the inner title ("the Office of "), no verb ("… OHCHR read the statement of ")
      const between = text.slice(start, inner.start);
      const lead = /^((?:\S+\s+){1,4}?)(?:of|for|to|at|in|with|from)\s+/.exec(between);
      const rest = lead ? between.slice(lead[0].length).split(/\s+/).filter(Boolean) : [];
      const nameWords = rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|for|and|on)$/.test(w));
      if (!lead || !isPositionPhrase(lead[1] as string) || !nameWords) return inner;
    }
    return { phrase, start };
  }
  return inner;
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

const SPEECH_VERB_AFTER =
  /^\s+(?:also\s+)?(?:said|stated|noted|explained|described|observed|stressed|underlined|emphasized|emphasised|highlighted|recalled|reported|added|argued|warned|welcomed|recommended|urged|called|asked|pointed|presented|shared|spoke|told|drew|suggested|proposed|expressed|acknowledged|indicated|announced|affirmed|informed)\b/;

/**
 * "Speaking on behalf of <Body>, " / "Speaking for <Body>, " / "From <Body>, " right before a bare
 * name that a speech verb follows: the body (an organization or a State) the person speaks for.
 * `lead` is where the match before the name began (its ", "), `nameEnd` where the name ends.
 */
function introducedFor(
  text: string,
  lead: number,
  nameEnd: number,
  lookup: StateLookup,
): { organization: Affiliation['organization']; state: string | null; start: number } | null {
  if (text[lead] !== ',' || !SPEECH_VERB_AFTER.test(text.slice(nameEnd, nameEnd + 30))) return null;
  const window = text.slice(Math.max(0, lead - 200), lead);
  const intro =
    /(?:^|[.;:!?]\s+|\s*)((?:Speaking|Intervening|Responding)\s+(?:also\s+)?(?:on\s+behalf\s+of|for)|From)\s+((?:the\s+)?\p{Lu}[^,;.]*)$/u.exec(
      window,
    );
  if (!intro) return null;
  const body = (intro[2] as string).trim();
  const start = lead - window.length + intro.index + intro[0].indexOf(intro[1] as string);
  // the phrase opens its sentence: "… said so. From the X Union, Y added …"
  if (start > 0 && !/[.;:!?]\s*$|^\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  const state = lookup(body.replace(/^the\s+/i, ''));
  if (state) return { organization: null, state, start };
  const org = orgFromRemainder(body);
  if (!org) return null;
  return { organization: org, state: null, start };
}

/**
 * "Deputy Public Defender Jo Bloggs said …", "Commissioner Jo Bloggs noted …": the shortest run of
 * capitalised words that reads as a post, then a name, then a speech verb.
 */
function postThenName(
  text: string,
  at: number,
  lookup: StateLookup,
): { name: string; nameStart: number; nameEnd: number; position: string } | null {
  const words = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}/u.exec(text.slice(at));
  if (!words) return null;
  let from = at;
  for (const w of words[0].matchAll(/\S+\s+/g)) {
    from += w[0].length;
    const position = text.slice(at, from).trim();
    if (!isPositionPhrase(position)) continue;
    const run = readBareName(text, from, (s) => lookup(s) !== null);
    // "Minister Counsellor Pedro Gómez": a name that opens on a post word is the rest of a longer post
    const firstWord = run ? (run.name.split(/\s+/)[0] as string) : '';
    if (run && isPositionPhrase(firstWord)) continue;
    if (run && SPEECH_VERB_AFTER.test(text.slice(run.end, run.end + 30)))
      return { name: run.name, nameStart: run.start, nameEnd: run.end, position };
  }
  return null;
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
    // "Tax Justice Campaign Kenya": a judge's title inside a body's name heads no person
    if (/^(?:Justice|Judge)$/.test(p.honorific) && !p.name.split(/\s+/).every((w) => isNameWord(w))) continue;
    // "Regional Commissioner X noted": a title that ends a longer capitalised post is that post, read below
    const postBefore = /(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u.exec(text.slice(Math.max(0, p.start - 60), p.start));
    if (!/^(?:Mr|Ms|Mrs|Dr|Prof|Mme|H\.E)\.?$/.test(p.honorific) && postBefore && isPositionPhrase(`${postBefore[0]}${p.honorific}`)) continue;
    // "Counsel at Justice Without Walls Initiative": a word honorific before a run that ends on a
    // body's head noun is the first word of an organization's name, not a title before a person
    if (/^\p{L}+$/u.test(p.honorific) && p.name.includes(' ') && BODY_HEADS.test(p.name.split(/\s+/).pop() ?? '')) continue;
    const nameStart = p.end - p.name.length;
    out.push(mentionAround(text, { name: p.name, honorific: p.honorific, start: p.start, nameStart, nameEnd: p.end }, lookup));
    taken.push([p.start, p.end]);
  }
  // Bare names: after ", " or ": " or "by ", vouched for by the title before or the affiliation after.
  for (const m of text.matchAll(/(?:,\s+(?:and\s+)?|:\s+|(?:[.!?]\s+|^)(?:With\s+)?|\b(?:by|of|from)\s+)(?=\p{Lu})/gu)) {
    const at = m.index + m[0].length;
    const run = readBareName(text, at, (s) => lookup(s) !== null);
    if (!run) {
      // "…, Deputy Public Defender Jo Bloggs said …": a capitalised post written straight before the name
      const titled = postThenName(text, at, lookup);
      if (titled && free(titled.nameStart, titled.nameEnd)) {
        const forBody = introducedFor(text, m.index, titled.nameEnd, lookup);
        out.push({
          name: titled.name,
          honorific: null,
          nameStart: titled.nameStart,
          nameEnd: titled.nameEnd,
          start: forBody?.start ?? at,
          end: titled.nameEnd,
          position: titled.position,
          organization: forBody?.organization ?? null,
          state: forBody?.state ?? null,
        });
        taken.push([titled.nameStart, titled.nameEnd]);
      }
      continue;
    }
    // "Ms. A, Senior Adviser, Coordinator for …": a post between commas is not a name
    if (!free(run.start, run.end) || isPostRun(run.name)) continue;
    const tail = text.slice(run.end, run.end + 40);
    // "Speaking on behalf of the X Network (XN), Jo Bloggs noted …", "From the Y Federation, Jo Bloggs explained …":
    // an opening phrase names the body, the bare name that follows is the subject of a speech verb
    const forBody = introducedFor(text, m.index, run.end, lookup);
    const closes = /^\s*(?:[,.;:]|$|\(|\s(?:and|moderated|made|chaired|facilitated|answered|presented|delivered|was|were|served)\b)/.test(
      tail,
    );
    if (!closes && !forBody && !/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(tail)) continue;
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
    if (forBody) {
      out.push({ ...men, organization: men.organization ?? forBody.organization, state: men.state ?? forBody.state, start: forBody.start });
      taken.push([run.start, run.end]);
      continue;
    }
    // "Jo Bloggs, Senior Economist at the Z Centre, said …", "Jo Bloggs of the Z Centre spoke …": a post with its
    // employer (or State) after a bare name, at the head of its clause, vouches for the name
    // "With Jo Bloggs, Senior Economist at …, as moderator, …": a sentence may open on the name after "With"
    const clauseHead = /^(?:[.!?]\s+|^|,\s+)(?:With\s+)?$/.test(m[0]) && !afterOf && !afterPreposition && !isPositionPhrase(run.name);
    const employed = men.start === run.start && (men.organization !== null || men.state !== null);
    const headOfClause =
      clauseHead &&
      employed &&
      (men.position !== null || /^\s+of\s/.test(tail)) &&
      /^\s*(?:,\s*)?\p{Ll}/u.test(text.slice(men.end, men.end + 30));
    // "Moderator: Jo Bloggs, General Coordinator, Z Network": a role caption vouches for the name it heads
    const captioned =
      /\b(?:Moderators?|Chair(?:person)?|Facilitators?|Rapporteur)\s*:\s*$/i.test(text.slice(Math.max(0, at - 20), at)) &&
      men.start === run.start &&
      (men.position !== null || men.organization !== null);
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
      headOfClause ||
      captioned ||
      (men.state !== null && !afterPreposition && men.start === run.start) ||
      // a title read back over another person ("Ms. A, Director, X Office, <words>") vouches for nobody
      (!afterOf && ((men.start < run.start && free(men.start, run.start)) || /^,\s+(?:of|from)\s/.test(tail)));
    if (!vouched) continue;
    out.push(men);
    taken.push([run.start, run.end]);
  }
  // "…, forensic accountant Tiago X, of the Y, explained": a profession in lower case right
  // before a bare name, vouched for by the organization or State that follows the name
  for (const m of text.matchAll(PROFESSION_BEFORE)) {
    const at = m.index + m[0].length;
    const run = readBareName(text, at, (x) => lookup(x) !== null);
    if (!run || !free(run.start, run.end)) continue;
    const men = mentionAround(text, { name: run.name, honorific: null, start: run.start, nameStart: run.start, nameEnd: run.end }, lookup);
    if (!men.organization && !men.state) continue;
    const profession = m[1] as string;
    out.push({ ...men, start: m.index, position: men.position ?? profession });
    taken.push([run.start, run.end]);
  }
  return out.sort((a, b) => a.nameStart - b.nameStart);
}

/** A profession written in lower case, with one qualifier at most ("forensic accountant", "journalist"). */
const PROFESSION_SOURCE =
  '((?:(?!(?:the|a|an|of|and|by|with|to|for|from|in|on|as|at)\\s)\\p{Ll}[\\p{Ll}-]+\\s+)?(?:accountant|auditor|journalist|lawyer|attorney|barrister|economist|researcher|scholar|analyst|investigator|activist|prosecutor|consultant|criminologist|sociologist|anthropologist|historian|engineer|physician|psychologist|statistician|editor|reporter|filmmaker|lecturer|advocate|campaigner|whistle-?blower))\\s+(?=\\p{Lu}\\p{Ll})';
const PROFESSION_BEFORE = new RegExp(`(?<![\\p{L}-])${PROFESSION_SOURCE}`, 'gu');
/** The same at a given position: "forensic accountant " before a name that opens a sentence's subject. */
export const PROFESSION_AT = new RegExp(`^${PROFESSION_SOURCE}`, 'u');
