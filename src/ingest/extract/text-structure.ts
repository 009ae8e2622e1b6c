/**
 * Where a paragraph stands: its section and the section's ancestors, the agenda item the
 * section is under, whether it is an observations/recommendations part, and which panel's
 * stretch of text it falls in. Extractors share these so they agree on the same structure.
 */
import type { ParsedDocument, ParsedParagraph, ParsedSection } from '../parse/parsed-document.js';
import type { AgendaItemFact, PanelFact } from './facts.js';

export interface Structure {
  sections: Map<string, ParsedSection>;
  /** Section keys from the paragraph's own section up to the top (own first). */
  chain(sectionKey: string | null): ParsedSection[];
  /** The top-level section a section belongs to (itself when top-level). */
  top(sectionKey: string | null): string | null;
}

export function structureOf(doc: ParsedDocument): Structure {
  const sections = new Map(doc.sections.map((s) => [s.key, s] as const));
  const chains = new Map<string, ParsedSection[]>();
  const chain = (key: string | null): ParsedSection[] => {
    if (key === null) return [];
    const cached = chains.get(key);
    if (cached) return cached;
    const out: ParsedSection[] = [];
    const seen = new Set<string>();
    let cur = sections.get(key);
    while (cur && !seen.has(cur.key)) {
      out.push(cur);
      seen.add(cur.key);
      cur = cur.parentKey === null ? undefined : sections.get(cur.parentKey);
    }
    chains.set(key, out);
    return out;
  };
  const top = (key: string | null): string | null => {
    const c = chain(key);
    return c.length > 0 ? (c[c.length - 1] as ParsedSection).key : null;
  };
  return { sections, chain, top };
}

/** A heading's title without a leading number the parser may have left ("III. Briefing" → "Briefing"). */
export function cleanTitle(title: string): string {
  return title
    .replace(/^\s*(?:[IVXLC]+|[A-Z]|\d+)[.)]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Titles of the parts that hold the meeting's outcomes rather than its discussion: "Observations
 * by the Co-Chairs …", "Conclusions and/or recommendations", "Recommendations".
 */
export const OUTCOME_TITLE = /\b(?:observations|recommendations|conclusions)\b/i;

export function isOutcomeSection(structure: Structure, sectionKey: string | null): boolean {
  return structure.chain(sectionKey).some((s) => OUTCOME_TITLE.test(s.title));
}

/** The agenda item a paragraph is under: the item of its section or of an enclosing section. */
export function agendaItemOf(structure: Structure, items: AgendaItemFact[], p: ParsedParagraph): string | null {
  if (items.length === 0) return null;
  for (const s of structure.chain(p.sectionKey)) {
    const item = items.find((i) => i.sectionKey === s.key);
    if (item) return item.number;
  }
  return null;
}

/**
 * Which panel's stretch each paragraph is in: from the paragraph introducing a panel up to the
 * next panel or the end of the top-level section (so the floor discussion after the panellists
 * belongs to their panel, and the next agenda item does not).
 */
export function panelScopes(doc: ParsedDocument, structure: Structure, panels: PanelFact[]): Map<string, number> {
  const introAt = new Map<string, number>();
  for (const panel of panels) {
    const para = panel.evidence[0]?.paragraph;
    if (para !== undefined && !introAt.has(para)) introAt.set(para, panel.ordinal);
  }
  const out = new Map<string, number>();
  if (introAt.size === 0) return out;
  let current: number | null = null;
  let currentTop: string | null = null;
  for (const p of doc.paragraphs) {
    const top = structure.top(p.sectionKey);
    if (current !== null && top !== currentTop) current = null;
    const intro = introAt.get(p.number);
    if (intro !== undefined) {
      current = intro;
      currentTop = top;
    }
    if (current !== null) out.set(p.number, current);
  }
  return out;
}
