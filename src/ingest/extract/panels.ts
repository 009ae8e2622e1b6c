/**
 * Panels and panellists: "Two panel discussions …" announces them, "The first panel discussed
 * …" / "The second group of panellists focused on …" opens each, and "The first panellist,
 * from the Mixed Migration Centre (MMC), …" / "The panellist from Citizens for a Common Cause
 * explained …" introduces each speaker, who belongs to the panel opened most recently before.
 * The lettered list before the first panel ("These were: (a) …; and (b) …") gives the panels'
 * topics; each panel is matched to the topic its opening sentence echoes.
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { AgendaItemFact, Evidence, OrgRef, PanelFact, PanellistFact, PersonFact, TopicFact } from './facts.js';
import { spanEvidence } from './text-evidence.js';
import { letteredItems, panelTopicFacts } from './text-items.js';
import { cardinalValue } from './text-numbers.js';
import { matchPanelIntro, matchPanellistIntro, PANEL_COUNT } from './text-panels.js';
import { splitSentences } from './text-sentences.js';
import { agendaItemOf, isOutcomeSection, structureOf, type Structure } from './text-structure.js';
import type { PeopleRead } from './people/extract-people.js';
import { readScopedPanels } from './panels/scoped-panels.js';
import { programmePanels } from './panels/programme-panels.js';
import { headingTitle } from './panels/panel-openings.js';

interface PanelRead {
  ordinal: number;
  p: ParsedParagraph;
  evidence: Evidence;
  /** What the opening sentence says the panel discussed, if it says. */
  object: string | null;
  top: string | null;
}

interface PanellistRead {
  panel: number | null;
  position: number;
  org: OrgRef;
  pronoun: 'she' | 'he' | null;
  evidence: Evidence;
}

const DISCUSSED =
  /^\s*,?\s*(?:discussed|focus(?:s)?ed\s+on|addressed|examined|considered|explored|dealt\s+with|looked\s+at|covered|tackled|concentrated\s+on|was\s+(?:dedicated|devoted)\s+to|was\s+on|turned\s+to)\s+(.{3,300})$/;

const STOP = new Set([
  'with',
  'that',
  'this',
  'these',
  'those',
  'from',
  'into',
  'their',
  'them',
  'they',
  'which',
  'what',
  'when',
  'where',
  'there',
  'were',
  'have',
  'been',
  'being',
  'other',
  'such',
  'also',
  'more',
  'most',
]);

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)));
}

/** Share of the smaller side's content words found in the other side. */
function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

const PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const BOTH = /^(?:\s+or\s+|\/)(?:she|he|her|his|him)\b/i;

/** First gendered pronoun in `text`, skipping the generic "he or she", "his/her". */
export function firstPronoun(text: string): 'she' | 'he' | null {
  for (const m of text.matchAll(PRONOUN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (BOTH.test(after) || /\b(?:she|he|her|his|him)\s*(?:or\s+|\/)$/i.test(before)) continue;
    return /^(?:she|her|hers|herself)$/i.test(m[0]) ? 'she' : 'he';
  }
  return null;
}

function sameOrg(a: OrgRef, b: OrgRef): boolean {
  const eq = (x: string | null, y: string | null): boolean => x !== null && y !== null && x.toLowerCase() === y.toLowerCase();
  return eq(a.acronym, b.acronym) || eq(a.name, b.name) || eq(a.name, b.acronym) || eq(a.acronym, b.name);
}

export function panellistKey(panel: number | null, position: number): string {
  return panel === null ? `panellist-${position}` : `panellist-${panel}-${position}`;
}

interface Walk {
  panels: PanelRead[];
  panellists: PanellistRead[];
  counts: { value: number; p: ParsedParagraph; top: string | null; evidence: Evidence }[];
}

function walk(doc: ParsedDocument, structure: Structure): Walk {
  const panels: PanelRead[] = [];
  const panellists: PanellistRead[] = [];
  const counts: Walk['counts'] = [];
  let current: PanelRead | null = null;
  const byPanel = new Map<number | null, PanellistRead[]>();
  let lastOrdinal = 0;
  const seenOrdinals = new Map<number, string | null>();
  for (const p of doc.paragraphs) {
    if (!/panel/i.test(p.text) || isOutcomeSection(structure, p.sectionKey)) continue;
    const top = structure.top(p.sectionKey);
    if (current && current.top !== top) current = null;
    const count = PANEL_COUNT.exec(p.text);
    const countValue = count ? cardinalValue(count[1] as string) : null;
    if (count && countValue !== null && countValue > 0 && countValue < 50) {
      counts.push({ value: countValue, p, top, evidence: spanEvidence(p, count.index, count.index + count[0].length) });
    }
    const sentences = splitSentences(p.text);
    const introsHere: { at: number; read: PanellistRead }[] = [];
    for (const s of sentences) {
      const panelIntro = matchPanelIntro(s.text);
      if (panelIntro) {
        const last = lastOrdinal;
        let ordinal = panelIntro.ordinal;
        if (ordinal === null) ordinal = panelIntro.relative || last === 0 ? last + 1 : null;
        // "The first panel also …" in the same part is the same panel; in a later part that
        // restarts its numbering it is a new one, numbered on so ordinals stay unique per document.
        const seen = ordinal !== null ? seenOrdinals.get(ordinal) : undefined;
        if (seen !== undefined && seen !== top) ordinal = last + 1;
        if (ordinal !== null && seen !== top) {
          seenOrdinals.set(ordinal, top);
          const object = DISCUSSED.exec(s.text.slice(panelIntro.end));
          current = {
            ordinal,
            p,
            evidence: spanEvidence(p, s.start, s.end),
            object: object ? (object[1] as string).replace(/[.\s]+$/, '') : null,
            top,
          };
          panels.push(current);
          lastOrdinal = Math.max(lastOrdinal, ordinal);
        }
        continue;
      }
      const intro = matchPanellistIntro(s.text);
      if (!intro) continue;
      const panel = current?.ordinal ?? null;
      const inPanel = byPanel.get(panel) ?? [];
      const org: OrgRef = intro.org ? { name: intro.org.name, acronym: intro.org.acronym } : { name: null, acronym: null };
      // "The first panellist also noted …" or a second mention of the same organization is the same person.
      const known =
        !intro.indefinite &&
        ((intro.ordinal !== null && !intro.org && inPanel.some((x) => x.position === intro.ordinal)) ||
          (intro.org && inPanel.some((x) => sameOrg(x.org, org))));
      if (known || (!intro.org && intro.ordinal === null && !intro.indefinite && intro.relative === null)) continue;
      const taken = new Set(inPanel.map((x) => x.position));
      let position = intro.ordinal ?? (inPanel.length > 0 ? Math.max(...taken) + 1 : 1);
      while (taken.has(position)) position++;
      const read: PanellistRead = {
        panel,
        position,
        org,
        pronoun: null,
        evidence: spanEvidence(p, s.start + intro.start, s.start + intro.end),
      };
      panellists.push(read);
      inPanel.push(read);
      byPanel.set(panel, inPanel);
      introsHere.push({ at: s.start, read });
    }
    // Pronoun: the first he/she after each panellist's introduction, before the next one in the paragraph.
    introsHere.forEach((x, i) => {
      const from = x.read.evidence.end ?? x.at;
      const to = introsHere[i + 1]?.at ?? p.text.length;
      x.read.pronoun = firstPronoun(p.text.slice(from, to));
    });
  }
  return { panels, panellists, counts };
}

/** The lettered list a panel series works through: nearest before (or in) the first panel's paragraph, same part of the text. */
function panelTopics(doc: ParsedDocument, structure: Structure, items: AgendaItemFact[], anchor: ParsedParagraph): TopicFact[] {
  const top = structure.top(anchor.sectionKey);
  for (let i = anchor.order; i >= 0; i--) {
    const p = doc.paragraphs[i];
    if (!p || structure.top(p.sectionKey) !== top) break;
    const list = letteredItems(p);
    if (list.length < 2) continue;
    const agendaItem = agendaItemOf(structure, items, p);
    return panelTopicFacts(p, list, agendaItem);
  }
  return [];
}

function bestTopic(text: string, topics: TopicFact[]): { topic: TopicFact; score: number } | null {
  let best: { topic: TopicFact; score: number } | null = null;
  for (const t of topics) {
    const score = overlap(text, t.text);
    if (score >= 0.5 && (!best || score > best.score)) best = { topic: t, score };
  }
  return best;
}

/** The named person whose name stands right after a panellist's introduction, if any. */
function namedAt(people: PeopleRead, e: Evidence): string | undefined {
  if (e.end === undefined) return undefined;
  const end = e.end;
  return people.mentions.find((m) => m.paragraph === e.paragraph && m.start >= end - 1 && m.start <= end + 3)?.personKey;
}

export interface PanelsRead {
  panels: PanelFact[];
  topics: TopicFact[];
  panellists: PanellistFact[];
  persons: PersonFact[];
  /** Roles the panels give named people (person key → "panellist", "moderator"). */
  roles: Map<string, string[]>;
  /** Organizations a panel introduction gives a named person ("The panellist from Y, Mr. Z"). */
  affiliations: Map<string, OrgRef>;
}

export function extractPanels(doc: ParsedDocument, agendaItems: AgendaItemFact[], people?: PeopleRead): PanelsRead {
  const structure = structureOf(doc);
  // a programme (table or captions) that lists each panel's people is the panels' own record
  if (people?.programme && people.programme.seats.length > 0) {
    const read = programmePanels(doc, structure, agendaItems, people.programme, new Map(people.persons.map((p) => [p.key, p] as const)));
    return { ...read, persons: [], affiliations: new Map() };
  }
  const { panels: read, panellists: readPanellists, counts } = walk(doc, structure);
  // Panels announced by headings or "held a panel discussion on …", with named people, when
  // the text does not introduce its panellists the way a Co-Chairs' summary does ("The first
  // panellist, from …").
  if (people && !readPanellists.some((r) => r.org.name || r.org.acronym)) {
    const scoped = readScopedPanels(doc, structure, agendaItems, people);
    if (scoped.panels.length > 0) return { ...scoped, persons: [], affiliations: new Map() };
  }

  // Topics: the list before the first panel of each part of the text that has panels.
  const topics: TopicFact[] = [];
  const topicsOf = new Map<string | null, TopicFact[]>();
  const panelsIn = new Map<string | null, PanelRead[]>();
  for (const r of read) panelsIn.set(r.top, [...(panelsIn.get(r.top) ?? []), r]);
  const anchors = new Map<string | null, ParsedParagraph>();
  for (const r of read) if (!anchors.has(r.top)) anchors.set(r.top, r.p);
  for (const c of counts) if (!anchors.has(c.top) && read.length === 0) anchors.set(c.top, c.p);
  const keys = new Set<string>();
  for (const [top, anchor] of anchors) {
    const own: TopicFact[] = [];
    for (const t of panelTopics(doc, structure, agendaItems, anchor)) {
      if (keys.has(t.key)) continue;
      keys.add(t.key);
      topics.push(t);
      own.push(t);
    }
    topicsOf.set(top, own);
  }

  // "### Panel on the identification of victims" holding one panel: the heading names its subject
  const ownHeading = (r: PanelRead): string | null => {
    const section = r.p.sectionKey ? structure.sections.get(r.p.sectionKey) : undefined;
    if (!section || read.filter((x) => x.p.sectionKey === r.p.sectionKey).length !== 1) return null;
    return headingTitle(section.title);
  };
  const panels: PanelFact[] = read.map((r) => {
    // a panel takes a topic from its own part of the text
    const own = topicsOf.get(r.top) ?? [];
    const match = bestTopic(r.object ?? r.evidence.quote ?? '', own);
    const siblings = panelsIn.get(r.top) ?? [];
    // Without a textual echo, the n-th panel of a part takes its n-th topic when the counts agree.
    const byPosition = !match && own.length === siblings.length ? own[siblings.indexOf(r)] : undefined;
    const topic = match?.topic ?? byPosition ?? null;
    return {
      ordinal: r.ordinal,
      title: ownHeading(r) ?? r.object ?? topic?.text ?? `Panel ${r.ordinal}`,
      agendaItem: agendaItemOf(structure, agendaItems, r.p),
      topicKey: topic?.key ?? null,
      // one panel for a lettered list: "The panel discussed three topics: (a) …; (b) …" are all its own
      topicKeys:
        siblings.length === 1 && own.length > 1 && own[0]?.evidence[0]?.paragraph === r.p.number
          ? own.map((t) => t.key)
          : topic
            ? [topic.key]
            : [],
      method: 'pattern',
      confidence: match ? 0.9 : topic ? 0.7 : 0.6,
      evidence: [r.evidence],
    };
  });

  // "Two panel discussions …" but no sentence opening each: one panel per announced topic, in order.
  if (panels.length === 0) {
    for (const c of counts) {
      const own = topics.filter((t) => t.agendaItem === agendaItemOf(structure, agendaItems, c.p));
      for (let i = 0; i < c.value; i++) {
        const topic = own[i] ?? null;
        panels.push({
          ordinal: i + 1,
          title: topic?.text ?? `Panel ${i + 1}`,
          agendaItem: agendaItemOf(structure, agendaItems, c.p),
          topicKey: topic?.key ?? null,
          method: 'pattern',
          confidence: 0.5,
          evidence: [c.evidence],
        });
      }
      break;
    }
  }

  const persons: PersonFact[] = [];
  const roles = new Map<string, string[]>();
  const affiliations = new Map<string, OrgRef>();
  const panellists: PanellistFact[] = readPanellists.map((r) => {
    // "The first panellist, Ms. X, …" / "The panellist from Y (ACR), Mr. Z, …": the named person is the panellist
    const named = people ? namedAt(people, r.evidence) : undefined;
    const person = named ? people?.persons.find((x) => x.key === named) : undefined;
    const org: OrgRef = r.org.name || r.org.acronym ? r.org : (person?.organization ?? { name: person?.state ?? null, acronym: null });
    const personKey = named ?? panellistKey(r.panel, r.position);
    const confidence = org.name || org.acronym ? 0.85 : 0.6;
    if (named) {
      roles.set(named, ['panellist']);
      if (!person?.organization && (r.org.name || r.org.acronym)) affiliations.set(named, r.org);
    } else
      persons.push({
        key: personKey,
        name: null,
        honorific: null,
        pronoun: r.pronoun,
        roles: ['panellist'],
        position: null,
        organization: r.org.name || r.org.acronym ? r.org : null,
        method: 'pattern',
        confidence,
        evidence: [r.evidence],
      });
    return {
      personKey,
      panelOrdinal: r.panel,
      position: r.position,
      organization: org,
      method: 'pattern',
      confidence,
      evidence: [r.evidence],
    };
  });

  return { panels, topics, panellists, persons, roles, affiliations };
}
