/**
 * Panels read from their openings (headings, "held a panel discussion on …", "a panel of three
 * experts discussed …"), with the people the text places on each: panellists named in a list
 * ("the following panellists made statements: …"), introduced as such ("The first panellist,
 * Ms. X, …", "X, one of the panellists"), or, when a panel has no such list, the people the
 * panel's stretch introduces with an affiliation before the floor is opened (moderators and
 * chairs apart). A roster table under the panel's heading ("Panellist | Organization |
 * Function") lists its panellists. Moderators are the people whose role verb ("moderated")
 * falls in the stretch.
 * Topics are the lettered subjects the panel is said to address ("addressed (a) …; and (b) …").
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import type { AgendaItemFact, PanelFact, PanellistFact, PersonFact, TopicFact } from '../facts.js';
import type { PeopleRead } from '../people/extract-people.js';
import { spanEvidence } from '../text-evidence.js';
import { letteredItems, panelTopicFacts } from '../text-items.js';
import { ORDINAL_SOURCE, ordinalValue } from '../text-numbers.js';
import { agendaItemOf, type Structure } from '../text-structure.js';
import { annexKey, footnoteKey } from '../citable-texts.js';
import { findPanelOpenings } from './panel-openings.js';

/** Where the panel's own part ends and the floor's begins. */
const FLOOR =
  /\b(?:floor\s+was\s+opened|opened\s+the\s+floor|ensuing\s+(?:panel\s+)?(?:discussion|debate|dialogue)|interactive\s+(?:discussion|dialogue)\s+that\s+followed|(?:discussion|debate)\s+that\s+followed|the\s+following\s+made\s+statements)\b/i;
const INTRO_BEFORE = new RegExp(`\\b[Tt]he\\s+(?:(${ORDINAL_SOURCE}|next|last|final)\\s+)?panel(?:l)?ist,\\s*$`);
const OPENING_REMARKS = /\b(?:opening|introductory|welcoming|closing)\s+(?:remarks|statement)|\bwelcomed\b/i;
const TOPIC_CUE =
  /\b(?:addressed|discussed|considered|examined|covered|explored|focused\s+on|dealt\s+with|consider|address|discuss)\s+\(a\)/i;
/** Roles that seat a person at the chair's table, not on the panel: a working group's rapporteur too. */
const CHAIR_ROLE = /chair|president|moderat|facilitat|^rapporteur$/i;

export interface ScopedPanels {
  panels: PanelFact[];
  topics: TopicFact[];
  panellists: PanellistFact[];
  /** Roles the panels give people (person key → roles to add). */
  roles: Map<string, string[]>;
}

function topicsOf(p: ParsedParagraph, agendaItem: string | null): TopicFact[] {
  if (!TOPIC_CUE.test(p.text)) return [];
  const items = letteredItems(p);
  if (items.length < 2) return [];
  // a speakers' roster is not a list of topics
  if (
    items.some(
      (it) =>
        /^\s*[^:;]{3,120}:\s/.test(it.text) &&
        /\b(?:States?|Observers?|Representatives?|organizations?)\b/.test(it.text.split(':')[0] ?? ''),
    )
  )
    return [];
  return panelTopicFacts(p, items, agendaItem);
}

export function readScopedPanels(
  doc: ParsedDocument,
  structure: Structure,
  agendaItems: AgendaItemFact[],
  people: PeopleRead,
): ScopedPanels {
  const openings = findPanelOpenings(doc, structure);
  const panels: PanelFact[] = [];
  const topics: TopicFact[] = [];
  const panellists: PanellistFact[] = [];
  const roles = new Map<string, string[]>();
  const addRole = (key: string, role: string) => {
    const list = roles.get(key) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(key, list);
  };
  const persons = new Map(people.persons.map((p) => [p.key, p] as const));
  const firstMention = new Map<string, string>();
  for (const m of people.mentions) if (!firstMention.has(m.personKey)) firstMention.set(m.personKey, `${m.paragraph}:${m.start}`);

  openings.forEach((o, i) => {
    const ordinal = i + 1;
    const next = openings[i + 1];
    const top = structure.top(o.p.sectionKey);
    const scope: ParsedParagraph[] = [];
    for (let k = o.p.order; k < doc.paragraphs.length; k++) {
      const p = doc.paragraphs[k] as ParsedParagraph;
      if (next && p.order >= next.p.order) break;
      if (o.wholeDocument) {
        scope.push(p);
        continue;
      }
      if (o.sectionKey ? !structure.chain(p.sectionKey).some((s) => s.key === o.sectionKey) : structure.top(p.sectionKey) !== top) break;
      scope.push(p);
    }
    const agendaItem = agendaItemOf(structure, agendaItems, o.p);
    const own: TopicFact[] = [];
    for (const p of scope.slice(0, 2)) {
      if (own.length > 0) break;
      own.push(...topicsOf(p, agendaItem));
    }
    topics.push(...own);
    const inScope = new Set(scope.map((p) => p.number));
    // what the panel's paragraphs carry with them: the lines printed under its heading (a
    // "Panellists:" list) and the footnotes they call ("The third panel …²" — "² The panel was
    // composed of …"), each read as if it stood where it is called
    const carried = new Map<string, ParsedParagraph>();
    if (o.sectionKey && scope[0])
      for (const b of doc.unnumbered)
        if (structure.chain(b.sectionKey).some((x) => x.key === o.sectionKey)) {
          carried.set(annexKey(b.order), { ...scope[0], text: b.text });
          inScope.add(annexKey(b.order)); // "Moderator: X, …" under the heading belongs to this panel
        }
    for (const p of scope) for (const n of p.footnoteRefs) {
      const note = doc.footnotes.find((f) => f.number === n);
      if (note) carried.set(footnoteKey(n), { ...p, text: note.text });
    }
    const scopeMentions = people.mentions.filter((m) => inScope.has(m.paragraph) || carried.has(m.paragraph));

    // the floor opens at the first paragraph that says so; people introduced after it are speakers
    const floorAt = scope.find((p) => FLOOR.test(p.text))?.order ?? Infinity;
    const order = new Map(scope.map((p) => [p.number, p.order] as const));
    const textOf = (key: string): ParsedParagraph | undefined => carried.get(key) ?? doc.paragraphs[order.get(key) as number];
    const seated: string[] = [];
    const seat = (key: string) => {
      if (!seated.includes(key)) seated.push(key);
    };
    const moderators: string[] = [];
    // a roster table under the panel's heading ("Panellist | Organization | Function") lists its panellists
    const roster = o.sectionKey
      ? (people.rosters ?? []).filter((r) => structure.chain(r.sectionKey).some((x) => x.key === o.sectionKey))
      : [];
    for (const r of roster) seat(r.personKey);
    for (const m of scopeMentions) {
      const text = textOf(m.paragraph)?.text ?? '';
      const person = persons.get(m.personKey);
      if (!person) continue;
      if (m.roles.some((r) => /moderat|facilitat/i.test(r))) {
        if (!moderators.includes(m.personKey)) moderators.push(m.personKey);
        continue;
      }
      const intro = INTRO_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (m.roles.includes('panellist') || intro) seat(m.personKey);
    }
    const listed = roster.length > 0 || scopeMentions.some((m) => m.inPanellistList);
    if (!listed) {
      // No list of panellists: the people the panel's part introduces with an affiliation.
      for (const m of scopeMentions) {
        const person = persons.get(m.personKey);
        const p = textOf(m.paragraph);
        if (!person || !p || p.order >= floorAt) continue;
        if (firstMention.get(m.personKey) !== `${m.paragraph}:${m.start}`) continue;
        if (moderators.includes(m.personKey) || person.roles.some((r) => CHAIR_ROLE.test(r))) continue;
        if (!(person.organization || person.position)) continue;
        const sentenceStart = Math.max(0, p.text.lastIndexOf('. ', m.start) + 1);
        const sentence = p.text.slice(sentenceStart, p.text.indexOf('. ', m.end) < 0 ? p.text.length : p.text.indexOf('. ', m.end));
        if (OPENING_REMARKS.test(sentence)) continue;
        seat(m.personKey);
      }
    }
    // "The first panellist, Ms. X": the ordinal fixes the seat when the text gives it
    seated.forEach((key, idx) => {
      const person = persons.get(key) as PersonFact;
      const m = scopeMentions.find((x) => x.personKey === key);
      const p = m ? textOf(m.paragraph) : undefined;
      const intro = m && p ? INTRO_BEFORE.exec(p.text.slice(Math.max(0, m.start - 40), m.start)) : null;
      const position = intro?.[1] ? (ordinalValue(intro[1].toLowerCase()) ?? idx + 1) : idx + 1;
      addRole(key, 'panellist');
      panellists.push({
        personKey: key,
        panelOrdinal: ordinal,
        position,
        // a panellist who speaks for a State ("the Minister of Labour of X, Name") represents it
        organization: person.organization ?? { name: person.state ?? null, acronym: null },
        method: 'pattern',
        confidence: person.organization || person.state ? 0.85 : 0.7,
        evidence:
          m && p
            ? [
                carried.has(m.paragraph)
                  ? { paragraph: m.paragraph, start: m.start, end: m.end, quote: p.text.slice(m.start, m.end) }
                  : spanEvidence(p, m.start, m.end),
              ]
            : rosterEvidence(roster, key, person),
      });
    });
    for (const key of moderators) addRole(key, 'moderator');
    panels.push({
      ordinal,
      title: o.title,
      agendaItem,
      topicKey: own[0]?.key ?? null,
      topicKeys: own.map((t) => t.key),
      moderatorKeys: moderators,
      method: 'pattern',
      confidence: o.sectionKey ? 0.9 : 0.8,
      evidence: [spanEvidence(o.p, o.start, o.end)],
    });
  });
  return { panels, topics, panellists, roles };
}

/** Where a panellist is cited: their roster row, else their first evidence. */
function rosterEvidence(roster: NonNullable<PeopleRead['rosters']>, key: string, person: PersonFact): PanellistFact['evidence'] {
  const row = roster.find((r) => r.personKey === key);
  return row ? [row.evidence] : person.evidence.slice(0, 1);
}
