/**
 * Panels from a programme printed outside the paragraphs (people/programme.ts): one panel per
 * row or caption, its moderators and panellists as listed there. A paragraph that puts
 * lettered subjects to one of them by its ordinal ("Panellists of the third segment were asked
 * to reflect on: (a) …; (b) …") gives that panel its topics.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { AgendaItemFact, PanelFact, PanellistFact, PersonFact, TopicFact } from '../facts.js';
import type { PeopleRead } from '../people/extract-people.js';
import { letteredItems, panelTopicFacts } from '../text-items.js';
import { ORDINAL_SOURCE, ordinalValue } from '../text-numbers.js';
import { agendaItemOf, type Structure } from '../text-structure.js';

const NAMED_PANEL = new RegExp(`\\bthe\\s+(${ORDINAL_SOURCE})\\s+(?:segment|panel|session|part|round\\s+table)\\b`, 'i');

export interface ProgrammePanels {
  panels: PanelFact[];
  topics: TopicFact[];
  panellists: PanellistFact[];
  roles: Map<string, string[]>;
}

export function programmePanels(
  doc: ParsedDocument,
  structure: Structure,
  agendaItems: AgendaItemFact[],
  programme: NonNullable<PeopleRead['programme']>,
  persons: ReadonlyMap<string, PersonFact>,
): ProgrammePanels {
  const topicsOf = new Map<number, TopicFact[]>();
  const topics: TopicFact[] = [];
  for (const p of doc.paragraphs) {
    const items = letteredItems(p);
    if (items.length < 2) continue;
    const named = NAMED_PANEL.exec(p.text.slice(0, items[0]!.start));
    const ordinal = named ? ordinalValue((named[1] as string).toLowerCase()) : null;
    if (ordinal === null || topicsOf.has(ordinal) || !programme.panels.some((x) => x.ordinal === ordinal)) continue;
    const own = panelTopicFacts(p, items, agendaItemOf(structure, agendaItems, p));
    topicsOf.set(ordinal, own);
    topics.push(...own);
  }
  const roles = new Map<string, string[]>();
  const panellists: PanellistFact[] = [];
  const panels: PanelFact[] = programme.panels.map((panel) => {
    const own = programme.seats.filter((s) => s.panel === panel.ordinal);
    const moderatorKeys = [...new Set(own.filter((s) => s.role === 'moderator').map((s) => s.personKey))];
    for (const key of moderatorKeys) roles.set(key, [...(roles.get(key) ?? []), 'moderator']);
    own
      .filter((s) => s.role === 'panellist')
      .forEach((s, i) => {
        const person = persons.get(s.personKey);
        roles.set(s.personKey, [...(roles.get(s.personKey) ?? []), 'panellist']);
        panellists.push({
          personKey: s.personKey,
          panelOrdinal: panel.ordinal,
          position: i + 1,
          organization: person?.organization ?? { name: person?.state ?? null, acronym: null },
          method: 'rule',
          confidence: person?.organization || person?.state ? 0.9 : 0.75,
          evidence: [s.evidence],
        });
      });
    const ownTopics = topicsOf.get(panel.ordinal) ?? [];
    return {
      ordinal: panel.ordinal,
      title: panel.title,
      agendaItem: null,
      topicKey: ownTopics[0]?.key ?? null,
      topicKeys: ownTopics.map((t) => t.key),
      moderatorKeys,
      method: 'rule',
      confidence: 0.9,
      evidence: [{ paragraph: panel.key, start: panel.start, end: panel.end, quote: panel.title }],
    };
  });
  return { panels, topics, panellists, roles };
}
