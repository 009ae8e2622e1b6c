/**
 * Evidence cards: the paragraph (or note, annex block, title line) a fact was read from, its
 * quoted words highlighted, and the citation with a copy button. Used by the side panel, the path steps and the engagement
 * drill-down, so evidence looks the same everywhere.
 */
import type { Citation } from '../api/types.js';
import { copyText } from './copy.js';
import { h } from './dom.js';
import { highlighted, quoteRange, rangesOf } from './highlight.js';

export interface EvidenceOptions {
  /** Words to mark when a citation has no quote of its own (the node's name, acronym…). */
  terms?: (string | null | undefined)[];
  /** Shows the paragraph in the graph. */
  onOpenParagraph?: (paragraphId: string) => void;
}

/** How a card names its place: "¶ 22", "Note 1", "Annex", "Unnumbered text", "Title page". */
export function placeLabel(c: Pick<Citation, 'place' | 'paragraph'>): string {
  switch (c.place) {
    case 'NOTE':
      return `Note ${c.paragraph.replace(/^fn/, '')}`;
    case 'ANNEX':
      return 'Annex';
    case 'TEXT':
      return 'Unnumbered text';
    case 'TITLE_PAGE':
      return 'Title page';
    default:
      return `¶ ${c.paragraph}`;
  }
}

export function citationCard(c: Citation, opts: EvidenceOptions = {}): HTMLElement {
  // The quoted span alone; without one (no quote, one that cannot be placed, or the whole
  // paragraph) the terms: the node's name, the speakers…
  const quoted = quoteRange(c.text, c.quote, c.start, c.end);
  const marks = quoted ? [quoted] : rangesOf(c.text, opts.terms ?? []);
  const text = h('p', { class: 'evidence-text', 'data-marks': quoted ? 'quote' : 'terms' });
  text.append(highlighted(c.text, marks));
  const status = h('span', { class: 'copy-status', role: 'status' });
  const copy = h(
    'button',
    {
      type: 'button',
      class: 'small',
      'aria-label': `Copy citation: ${c.citation}`,
      onclick: async () => {
        const ok = await copyText(c.citation);
        status.textContent = ok ? 'Copied' : 'Select the citation to copy it';
        setTimeout(() => (status.textContent = ''), 2000);
      },
    },
    'Copy citation',
  );
  const open = opts.onOpenParagraph
    ? h(
        'button',
        { type: 'button', class: 'small link', onclick: () => opts.onOpenParagraph!(c.paragraphId) },
        `Show ${placeLabel(c)} in graph`,
      )
    : null;
  return h(
    'article',
    { class: 'evidence', 'data-paragraph': c.paragraph, 'data-place': c.place },
    h(
      'header',
      {},
      h('span', { class: 'para-number' }, placeLabel(c)),
      h('cite', { title: c.documentTitle ?? c.documentId }, c.documentTitle ?? c.documentId),
    ),
    text,
    h('footer', {}, h('code', { class: 'citation' }, c.citation), copy, status, open),
  );
}

export function evidenceList(citations: Citation[], opts: EvidenceOptions = {}): HTMLElement {
  if (citations.length === 0) return h('p', { class: 'muted' }, 'No paragraph or note is recorded for this.');
  // The same paragraph can back several facts; show it once.
  const seen = new Set<string>();
  const unique = citations.filter(
    (c) => !seen.has(c.paragraphId + '\u0000' + (c.quote ?? '')) && seen.add(c.paragraphId + '\u0000' + (c.quote ?? '')),
  );
  return h('div', { class: 'evidence-list' }, ...unique.map((c) => citationCard(c, opts)));
}
