/**
 * Lettered sub-items "(a) … (b) …" of a paragraph. The parser already gives them
 * (ParsedParagraph.items); this reads them from the text when it did not, and cleans the
 * list glue ("; and,", trailing full stop) off each item so the item text reads as a topic.
 */
import type { ParsedItem, ParsedParagraph } from '../parse/parsed-document.js';
import type { TopicFact } from './facts.js';
import { spanEvidence } from './text-evidence.js';

const LABEL = /\(([a-z])\)\s/g;

/** Items of a paragraph: the parser's when present, else "(a) … (b) …" read from the text. */
export function letteredItems(p: ParsedParagraph): ParsedItem[] {
  if (p.items.length > 0) return p.items;
  return findLetteredItems(p.text);
}

/**
 * "(a) … (b) … (c) …" with labels in sequence from (a). A label right after a number ("paragraph
 * 3 (c)") is a citation, not an item.
 */
export function findLetteredItems(text: string): ParsedItem[] {
  const labels: { label: string; at: number; textStart: number }[] = [];
  let expected = 'a';
  for (const m of text.matchAll(LABEL)) {
    const label = m[1] as string;
    if (label !== expected) continue;
    let k = m.index - 1;
    while (k >= 0 && text[k] === ' ') k--;
    if (k >= 0 && /\d/.test(text[k] as string)) continue;
    labels.push({ label, at: m.index, textStart: m.index + m[0].length });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (labels.length < 2) return [];
  return labels.map((l, i) => {
    const next = labels[i + 1];
    const end = next ? next.at : text.length;
    return { label: l.label, text: text.slice(l.textStart, end), start: l.textStart, end };
  });
}

/** An item's text without list glue: leading spaces, trailing "; and,", ";", "," and a final ".". */
export function cleanItem(text: string, start: number): { text: string; start: number; end: number } {
  let s = 0;
  let e = text.length;
  while (s < e && /\s/.test(text[s] as string)) s++;
  for (;;) {
    const before = e;
    while (e > s && /[\s;,.:]/.test(text[e - 1] as string)) e--;
    for (const word of ['and', 'or']) {
      if (e - s > word.length && text.slice(e - word.length, e) === word && /\s|[;,]/.test(text[e - word.length - 1] as string)) {
        e -= word.length;
      }
    }
    if (e === before) break;
  }
  return { text: text.slice(s, e), start: start + s, end: start + e };
}

/** The lettered items put to a panel, as its topics: "(a) …; and (b) …" → one TopicFact each, with its span. */
export function panelTopicFacts(p: ParsedParagraph, items: readonly ParsedItem[], agendaItem: string | null): TopicFact[] {
  return items.map((it) => {
    const cleaned = cleanItem(p.text.slice(it.start, it.end), it.start);
    return {
      key: `para${p.number}-${it.label}`,
      label: it.label,
      text: cleaned.text,
      kind: 'panel-topic' as const,
      agendaItem,
      method: 'rule' as const,
      confidence: 0.85,
      evidence: [spanEvidence(p, cleaned.start, cleaned.end)],
    };
  });
}
