/**
 * Named people as speakers: "Ms. X of La Strada International stated …", "The Minister … of
 * Kenya, Ms. Y, addressed the consultation …", "Identification, Ms. Haddad argued, could not …",
 * "According to Ms. Lahtinen, …", "Mr. Adeyemi replied …, and Ms. Haddad added …". A sentence
 * that opens with "She"/"He" continues the person last named as its subject in the paragraph
 * ("The session was moderated by Ms. X. She invited …"). The speaker is the person; their kind
 * says whom they speak for (a panellist, a chair or moderator, a State's delegate, an
 * organization).
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import type { AgendaItemFact, PanelFact, PanellistFact, PersonFact, StatementFact } from '../facts.js';
import { spanEvidence } from '../text-evidence.js';
import { splitSentences, type Sentence } from '../text-sentences.js';
import { speechVerbAt } from '../text-speech-verbs.js';
import { agendaItemOf, isOutcomeSection, panelScopes, structureOf } from '../text-structure.js';
import type { MentionRecord, PeopleRead } from './extract-people.js';
import { findPeopleLists } from './lists.js';

/** Reporting verbs of meeting records that the shared list leaves out. */
const MORE_VERBS =
  /^\s*,?\s*(?:(?:also|then|further)\s+)?(?:turned\s+to|answered|spoke|took\s+the\s+floor|drew\s+(?:on|attention)|closed\s+the|opened\s+the|made\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:statement|presentation|remarks|comments|introductory|opening|concluding))\b/;
// also after one leading clause: "Drawing on a survey of 2,300 detainees, she said …"
const PRONOUN_OPEN =
  /^(?:She|He|Her|His|In\s+(?:her|his)\b|For\s+(?:her|his)\s+part)\b|^\p{Lu}(?:[^,.;]|\d[,.]\d){2,160},\s+(?:she|he)\s+(?=\p{Ll})/u;
const ALL_PANELLISTS =
  /\b(?:all|each\s+of)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?panel(?:l)?ists\b|^(?:[^,]{0,40},\s+)?the\s+panel(?:l)?ists\b(?=\s+\p{Ll})/u;
/** "two video statements by X, of …, and Y": the people a statement is by. */
const STATEMENT_BY = /\b(?:statements?|remarks|messages?|presentations?|addresses)\s+(?:[\w-]+\s+){0,3}(?:by|from)\s+$/i;
/** A sentence that names another speaker ("The representative of …", "Several participants …"): no continuation. */
const OTHER_SPEAKER =
  /^(?:[^,]{0,40},\s+)?(?:the|a|an|one|another|several|some|many|most|other|all)?\s*(?:[\w-]+\s+){0,3}(?:representatives?|delegates?|delegations?|speakers?|participants?|panel(?:l)?ists?|Chair|Co-Chairs?|secretariat|observers?|Governments?)\b/i;
const CHAIRING = /chair|president|moderat|facilitat/i;

/** "In her closing remarks, the Special Rapporteur observed …": the clause's own subject, a post, speaks; not the person before. */
const CLAUSE_THEN_SUBJECT = /^In\s+(?:her|his)\b[^,.;]{0,80},\s+the\s+(?:[\p{L}-]+\s+){1,4}/u;

/** A sentence that continues the person last named: it opens on a pronoun, unless a post is the subject after the opening clause. */
function continuesPerson(text: string): boolean {
  if (!PRONOUN_OPEN.test(text)) return false;
  const clause = CLAUSE_THEN_SUBJECT.exec(text);
  if (!clause) return true;
  // the shortest run of words after "the" that a reporting verb follows is the subject
  const words = clause[0].slice(clause[0].search(/\bthe\s/) + 4).split(/\s+/).filter(Boolean);
  let at = clause[0].search(/\bthe\s/) + 4;
  for (const w of words) {
    at = text.indexOf(w, at) + w.length;
    if (speechVerbAt(text, at) >= 0) return false;
  }
  return true;
}

function speaksAt(text: string, end: number): boolean {
  if (speechVerbAt(text, end) >= 0 || MORE_VERBS.test(text.slice(end, end + 40))) return true;
  // "Ms. X, for her part, urged …": one short aside between the name and the verb
  const aside = /^\s*,[^,.;]{1,30},/.exec(text.slice(end, end + 40));
  return (
    aside !== null &&
    (speechVerbAt(text, end + aside[0].length) >= 0 || MORE_VERBS.test(text.slice(end + aside[0].length, end + aside[0].length + 40)))
  );
}

/** "A, B and C answered questions": the verb after the last name of a chain is each one's. */
function chainEnd(text: string, mentions: MentionRecord[], m: MentionRecord): number {
  let cur = m;
  for (;;) {
    const next = mentions.find((x) => x.start > cur.end && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(cur.end, x.start)));
    if (!next) return cur.end;
    cur = next;
  }
}

/**
 * "Group 1, facilitated by Ms. A and Mr. B, considered …": people named as the agents of a
 * participial "facilitated by" phrase are not the subject of the verb that ends it.
 */
const PARTICIPIAL_BY =
  /,\s+(?:co-)?(?:chaired|moderated|facilitated|presided\s+over)\s+by\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+members?\s+)?$/u;
function participialAgent(text: string, mentions: MentionRecord[], m: MentionRecord): boolean {
  let head = m;
  for (;;) {
    const prev = mentions.find((x) => x.end <= head.start && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(x.end, head.start)));
    if (!prev) break;
    head = prev;
  }
  return PARTICIPIAL_BY.test(text.slice(Math.max(0, head.start - 80), head.start));
}

/** "The following panellists made statements: A, B and C": every name of a list whose lead-in says they spoke. */
function listSpeakers(text: string, mentions: MentionRecord[]): Set<MentionRecord> {
  const out = new Set<MentionRecord>();
  for (const list of findPeopleLists(text)) {
    if (list.role !== 'panellist' && list.role !== 'speaker') continue;
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', list.start) + 1);
    const lead = text.slice(sentenceStart, list.start);
    // "made statements", "Statements were then delivered by the panellists, namely:", "took the floor"
    const leadSpeaks =
      list.role === 'speaker' ||
      /\b(?:statements?|remarks|presentations?|interventions?|spoke|took\s+the\s+floor|addressed|briefed)\b/i.test(lead);
    const tailSpeaks = speaksAt(text, list.end);
    if (!leadSpeaks && !tailSpeaks) continue;
    for (const m of mentions) if (m.nameStart >= list.start && m.nameStart < list.end) out.add(m);
  }
  return out;
}

interface Open {
  personKey: string;
  sentences: Sentence[];
}

export function extractNamedSpeakers(
  doc: ParsedDocument,
  people: PeopleRead,
  panels: { panels: PanelFact[]; panellists: PanellistFact[] },
  agendaItems: AgendaItemFact[],
  persons: PersonFact[],
): StatementFact[] {
  const structure = structureOf(doc);
  const scopes = panelScopes(doc, structure, panels.panels);
  const byPerson = new Map(persons.map((p) => [p.key, p] as const));
  const panellistOf = new Map(panels.panellists.map((x) => [x.personKey, x] as const));
  const byParagraph = new Map<string, MentionRecord[]>();
  for (const m of people.mentions) byParagraph.set(m.paragraph, [...(byParagraph.get(m.paragraph) ?? []), m]);
  const out: StatementFact[] = [];
  let carry: { key: string; section: string | null } | null = null;
  for (const p of doc.paragraphs) {
    const here = byParagraph.get(p.number) ?? [];
    if (isOutcomeSection(structure, p.sectionKey)) continue;
    if (here.length === 0 && !ALL_PANELLISTS.test(p.text) && !(carry && carry.section === p.sectionKey && continuesPerson(p.text))) {
      carry = null;
      continue;
    }
    const open: Open[] = [];
    const take = (key: string, s: Sentence) => {
      let o = open.find((x) => x.personKey === key);
      if (!o) open.push((o = { personKey: key, sentences: [] }));
      if (!o.sentences.includes(s)) o.sentences.push(s);
    };
    // "In his view, …" opening a paragraph continues the person who spoke last in the one before
    let current: string | null = carry && carry.section === p.sectionKey ? carry.key : null;
    const listed = listSpeakers(p.text, here);
    for (const m of here) {
      if (!STATEMENT_BY.test(p.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      // the whole chain "X, of …, and Y" was making statements
      for (let cur: MentionRecord | undefined = m; cur;) {
        listed.add(cur);
        const from: MentionRecord = cur;
        cur = here.find((x) => x.start > from.end && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(p.text.slice(from.end, x.start)));
      }
    }
    for (const s of splitSentences(p.text)) {
      const inside = here.filter((m) => m.nameStart >= s.start && m.nameStart < s.end);
      let spoke = false;
      for (const m of inside) {
        const according = /\baccording\s+to\s+$/i.test(p.text.slice(Math.max(0, m.start - 15), m.start));
        if (listed.has(m) || (!participialAgent(p.text, here, m) && speaksAt(p.text, chainEnd(p.text, here, m))) || according) {
          take(m.personKey, s);
          spoke = true;
          current = m.personKey;
        } else if (m.start - s.start < 60 || /\bby\s+$/.test(p.text.slice(Math.max(0, m.start - 5), m.start))) {
          // the sentence's subject (or the agent of "moderated by"): whom a following "She" means
          current = m.personKey;
        }
      }
      // "all three panellists answered questions": every panellist of the panel whose stretch this is
      const all = ALL_PANELLISTS.exec(s.text);
      if (all && inside.length === 0 && speaksAt(s.text, all.index + all[0].length)) {
        const panel = scopes.get(p.number);
        for (const x of panels.panellists)
          if (panel !== undefined && x.panelOrdinal === panel && byPerson.get(x.personKey)?.name) take(x.personKey, s);
        current = null;
        continue;
      }
      if (!spoke && current && inside.length === 0) {
        const speaking = open.some((o) => o.personKey === current);
        // a pronoun continues whoever is the subject; plain reported words only someone already speaking
        if (continuesPerson(s.text) || (speaking && !OTHER_SPEAKER.test(s.text.slice(0, 80)))) take(current, s);
        else current = null;
      }
    }
    const lastOpen = open[open.length - 1];
    carry = lastOpen && current ? { key: current, section: p.sectionKey } : null;
    let n = 0;
    for (const o of open) {
      const person = byPerson.get(o.personKey);
      if (!person) continue;
      out.push(
        statementOf(p, o, person, panellistOf.get(o.personKey), ++n, agendaItemOf(structure, agendaItems, p), scopes.get(p.number) ?? null),
      );
    }
  }
  return out;
}

function statementOf(
  p: ParsedParagraph,
  o: Open,
  person: PersonFact,
  panellist: PanellistFact | undefined,
  n: number,
  agendaItem: string | null,
  scope: number | null,
): StatementFact {
  const kind = panellist
    ? 'panellist'
    : person.roles.some((r) => CHAIRING.test(r))
      ? 'chair'
      : person.organization
        ? 'organization'
        : person.state
          ? 'state'
          : 'organization';
  return {
    key: `para${p.number}-person-${n}`,
    paragraph: p.number,
    speaker: {
      kind,
      personKey: person.key,
      organization: person.organization ?? (person.state ? { name: person.state, acronym: null } : null),
      state: person.state ?? null,
      quantifier: null,
      surface: person.name ?? '',
    },
    text: o.sentences.map((s) => s.text).join(' '),
    agendaItem,
    panelOrdinal: panellist?.panelOrdinal ?? scope,
    method: 'pattern',
    confidence: 0.8,
    evidence: o.sentences.map((s) => spanEvidence(p, s.start, s.end)),
  };
}
