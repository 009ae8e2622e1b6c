/**
 * The meeting's agenda: "Under agenda item 2, the secretariat shared …" makes the paragraph's
 * section the item's part of the text, and the section heading its title. A lettered list in
 * such a part ("structured along three points: (a) …; (b) …; and, (c) …") gives the item's
 * discussion points, unless the list is the one a panel series works through (panels.ts).
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { AgendaItemFact, TopicFact } from './facts.js';
import { spanEvidence } from './text-evidence.js';
import { cleanItem, letteredItems } from './text-items.js';
import { matchPanelIntro, PANEL_COUNT } from './text-panels.js';
import { splitSentences } from './text-sentences.js';
import { agendaItemOf, cleanTitle, isOutcomeSection, structureOf, type Structure } from './text-structure.js';

/** "Under agenda item 2," / "Under item 3 of the agenda," at the start of a paragraph's first sentence. */
const UNDER_ITEM = /^(?:[^,]{0,60},\s*)?[Uu]nder\s+(?:agenda\s+item|item)\s+(\d{1,2}[a-z]?)(?:\s+of\s+the\s+(?:provisional\s+)?agenda)?\b/;
/** A quoted title right after the number: 'agenda item 2, entitled “Opening”'. */
const ENTITLED = /^\s*(?:,\s*)?(?:entitled|titled|on)?\s*[“"]([^”"]{2,200})[”"]/;
/** Headings that are agenda items: "Item 2. Opening", "Agenda item 3: Briefing", "Briefing (agenda item 2)". */
const HEADING_ITEM = /^(?:agenda\s+)?item\s+(\d{1,2}[a-z]?)\s*[.:–-]?\s*(.*)$/i;
const HEADING_PAREN_ITEM = /\(agenda\s+item\s+(\d{1,2}[a-z]?)\)/i;

/** A lead-in that announces discussion points rather than some other list. */
const POINTS_LEAD = /\b(?:points?|questions?|themes?|topics?|issues?|structured|guiding|segments?|discussion)\b/i;

function itemsFromHeadings(doc: ParsedDocument): AgendaItemFact[] {
  const out: AgendaItemFact[] = [];
  const firstOf = new Map<string, ParsedParagraph>();
  for (const p of doc.paragraphs) if (p.sectionKey !== null && !firstOf.has(p.sectionKey)) firstOf.set(p.sectionKey, p);
  for (const s of doc.sections) {
    const title = cleanTitle(s.title);
    const h = HEADING_ITEM.exec(title);
    const paren = HEADING_PAREN_ITEM.exec(title);
    const number = h?.[1] ?? paren?.[1];
    if (!number) continue;
    const itemTitle = h ? (h[2] as string).trim() || title : title.replace(HEADING_PAREN_ITEM, '').trim();
    const first = firstOf.get(s.key);
    out.push({
      number,
      title: itemTitle,
      sectionKey: s.key,
      method: 'rule',
      confidence: 0.9,
      evidence: first ? [{ paragraph: first.number }] : [],
    });
  }
  return out;
}

function itemFromParagraph(structure: Structure, p: ParsedParagraph): AgendaItemFact | null {
  const first = splitSentences(p.text.slice(0, 600))[0];
  if (!first) return null;
  const m = UNDER_ITEM.exec(first.text);
  if (!m) return null;
  const numberEnd = m.index + m[0].length;
  const quoted = ENTITLED.exec(first.text.slice(numberEnd));
  const section = p.sectionKey ? structure.sections.get(p.sectionKey) : undefined;
  const title = quoted ? (quoted[1] as string).trim() : section ? cleanTitle(section.title) : `Agenda item ${m[1]}`;
  const cueStart = first.text.search(/[Uu]nder\s/);
  return {
    number: m[1] as string,
    title,
    sectionKey: p.sectionKey,
    method: 'pattern',
    confidence: quoted || section ? 0.9 : 0.6,
    evidence: [spanEvidence(p, first.start + cueStart, first.start + numberEnd)],
  };
}

/** Paragraphs that start or announce a panel series: their section's lettered lists belong to panels.ts. */
function sectionsWithPanels(doc: ParsedDocument, structure: Structure): Set<string | null> {
  const out = new Set<string | null>();
  for (const p of doc.paragraphs) {
    if (!/panel/i.test(p.text)) continue;
    const announces = PANEL_COUNT.test(p.text) || splitSentences(p.text).some((s) => matchPanelIntro(s.text) !== null);
    if (announces) out.add(structure.top(p.sectionKey));
  }
  return out;
}

export function extractAgenda(doc: ParsedDocument): { items: AgendaItemFact[]; topics: TopicFact[] } {
  const structure = structureOf(doc);
  const items: AgendaItemFact[] = itemsFromHeadings(doc);
  for (const p of doc.paragraphs) {
    if (!/item/.test(p.text.slice(0, 120))) continue;
    const item = itemFromParagraph(structure, p);
    if (!item) continue;
    const same = items.find((i) => i.number === item.number);
    if (same) same.evidence.push(...item.evidence);
    else items.push(item);
  }

  const topics: TopicFact[] = [];
  if (items.length === 0) return { items, topics };
  const panelled = sectionsWithPanels(doc, structure);
  for (const p of doc.paragraphs) {
    const list = letteredItems(p);
    if (list.length < 2 || isOutcomeSection(structure, p.sectionKey)) continue;
    const agendaItem = agendaItemOf(structure, items, p);
    if (agendaItem === null || panelled.has(structure.top(p.sectionKey))) continue;
    const lead = p.text.slice(0, (list[0] as { start: number }).start);
    if (!POINTS_LEAD.test(lead)) continue;
    for (const it of list) {
      const cleaned = cleanItem(p.text.slice(it.start, it.end), it.start);
      topics.push({
        key: `para${p.number}-${it.label}`,
        label: it.label,
        text: cleaned.text,
        kind: 'discussion-point',
        agendaItem,
        method: 'rule',
        confidence: 0.85,
        evidence: [spanEvidence(p, cleaned.start, cleaned.end)],
      });
    }
  }
  return { items, topics };
}
