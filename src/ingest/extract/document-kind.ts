/**
 * What kind of UN text this is, from the words its title block uses for itself. The kind
 * decides which readings make sense later (States speak in a Working Group report; in a
 * summary of stakeholders' submissions the State is only talked about).
 */
import type { ParsedDocument } from '../parse/parsed-document.js';

export type DocumentKind = 'co-chairs-summary' | 'stakeholder-summary' | 'working-group-report' | 'unknown';

/**
 * Cues in priority order: a Co-Chairs' summary may mention a Working Group in its title, and a
 * stakeholders' summary names the UPR Working Group in its title block, so the more specific
 * cues come first.
 */
const CUES: [DocumentKind, RegExp][] = [
  [
    'co-chairs-summary',
    /\bsummary\s+(?:by|of|prepared\s+by)\s+the\s+(?:co-?)?chair(?:s|person|persons)?\b|\b(?:co-?)?chair(?:s|person)?['’]?s?['’]?\s+summary\b/i,
  ],
  [
    'stakeholder-summary',
    /\bsummary\s+of\s+(?:the\s+)?(?:\d+\s+|other\s+)?stakeholders?['’]?s?['’]?\s+(?:submissions|information)\b|\bstakeholders?['’]?\s+submissions\b/i,
  ],
  // The UPR's institution-building text (annex to Council resolution 5/1) lists the review's
  // documents: 15 (a) the national report, 15 (b) the compilation of United Nations information,
  // 15 (c) the summary of other stakeholders' information. Older summaries cite the paragraph
  // instead of naming themselves.
  [
    'stakeholder-summary',
    /\bparagraph\s+15\s*\(c\)\s+of\s+the\s+annex\s+to\s+(?:the\s+)?(?:Human\s+Rights\s+)?Council\s+resolution\s+5\/1\b/i,
  ],
  ['working-group-report', /\breport\s+of\s+the\s+working\s+group\b/i],
];

/** Cues in the opening paragraphs, for texts whose title block says nothing ("prepared by the Co-Chairs"). */
const BODY_CUES: [DocumentKind, RegExp][] = [
  ['co-chairs-summary', /\bsummary\b[^.]{0,120}\bprepared\s+by\s+the\s+(?:co-?)?chairs?\b/i],
  ['stakeholder-summary', /\bsummary\s+of\s+(?:\d+\s+)?stakeholders?['’]?\s+submissions\b/i],
  ['working-group-report', /\bthe\s+working\s+group\s+adopted\s+the\s+(?:present\s+)?report\b/i],
];

function firstMatch(text: string, cues: [DocumentKind, RegExp][]): DocumentKind | null {
  for (const [kind, re] of cues) if (re.test(text)) return kind;
  return null;
}

export function classifyDocument(doc: ParsedDocument): string {
  // Title blocks of PDF extractions break lines mid-phrase ("Universal Periodic / Review*").
  const head = [doc.title ?? '', ...doc.titleBlock].join(' ').replace(/\s+/g, ' ');
  const fromHead = firstMatch(head, CUES);
  if (fromHead) return fromHead;
  const body = doc.paragraphs
    .slice(0, 6)
    .map((p) => p.text.slice(0, 2000))
    .join(' ');
  return firstMatch(body, [...CUES, ...BODY_CUES]) ?? 'unknown';
}
