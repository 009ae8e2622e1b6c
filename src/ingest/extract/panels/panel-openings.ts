/**
 * Where a panel begins, as UN records announce it: a heading ("Panel discussion on …", "Panel:
 * …", or any heading under a "Panels" part), or a sentence ("the Council held a high-level
 * panel discussion on …", "a panel of four experts discussed …"). The title is the subject in
 * the text's words. A panel's stretch runs from its first paragraph to the next panel or the
 * end of its heading's section.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import { ORDINAL_SOURCE } from '../text-numbers.js';
import { cleanTitle, type Structure } from '../text-structure.js';

export interface PanelOpening {
  title: string;
  /** The paragraph the panel starts at (its first paragraph under a heading). */
  p: ParsedParagraph;
  /** Span in that paragraph that announces the panel (the whole first sentence for a heading). */
  start: number;
  end: number;
  /** The heading section, when the panel is a heading: its paragraphs are the panel's. */
  sectionKey: string | null;
  /** The document's own title announces the panel: every paragraph is the panel's. */
  wholeDocument?: boolean;
}

/** "Panel discussion on …", "Panel: …", "Panel 2: …", "Panel II – …". */
const HEADING =
  /^(?:(?:high-level|biennial|annual|interactive|thematic|full-day|half-day)\s+)*(?:panel(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])(?=\s*[:.–—-]))?(?:\s+discussion)?|discussion)\s*(?:on|:|–|—|-|\.|about|concerning)\s+(.{3,})$/i;
const CONTAINER = /^(?:panels|panel\s+discussions|(?:interactive\s+)?panel\s+discussions?\s+and\s+.*)$/i;

const HELD =
  /\b(?:held|holds|hold|convened|organized|organised|hosted)\b[^.;]{0,100}?\b(?:an?|its|one)\s+(?:(?:high-level|biennial|annual|interactive|thematic|full-day|half-day|expert)\s+)*panel(?:\s+discussion)?\s+((?:on|marking|to\s+commemorate|to\s+mark|about|concerning|devoted\s+to|entitled)\s+[^.;]{3,300})/i;
const PANEL_OF =
  /\b(?:[Aa]|[Oo]ne|[Tt]he)\s+panel\s+(?:of|with|composed\s+of|made\s+up\s+of)\s+[^.;]{1,120}?\s(?:discussed|addressed|examined|considered|explored|debated|focused\s+on|turned\s+to)\s+([^.;]{3,300})/;

/**
 * "A panel discussion was held under the item", "A second panel discussion on X was held": the
 * passive announcement, its subject given by "on X", else by the item's quoted title or heading.
 */
const WAS_HELD = new RegExp(
  `\\b([Aa]n?|[Oo]ne|[Tt]he)\\s+(?:(${ORDINAL_SOURCE}|further|another)\\s+)?(?:(?:high-level|interactive|thematic|expert)\\s+)?panel(?:\\s+discussion)?(?:\\s+(?:on|about|concerning)\\s+([^.;]{3,300}?))?\\s+(?:was|were)\\s+(?:held|convened|organi[sz]ed)\\b`,
  'i',
);

/**
 * "The panel was organized with the support of …" speaks of a panel already announced: with
 * "the", only an ordinal ("The second panel discussion was held …") or a subject ("The panel
 * on X was convened …") makes it a new one.
 */
function announcesPanel(m: RegExpExecArray): boolean {
  return !/^the$/i.test(m[1]!) || m[2] !== undefined || m[3] !== undefined;
}
/** The item's title as the paragraph quotes it: 'agenda item 2, entitled "…"'. */
const ENTITLED = /\bentitled\s+[“"]([^”"]{5,300})[”"]/;

/** "The panel comprised four speakers, …": a panel announced by its make-up, its subject given elsewhere. */
const COMPOSED =
  /\b(?:[Tt]he|[Aa]|[Oo]ne)\s+panel\s+(?:comprised|consisted\s+of|was\s+composed\s+of|was\s+made\s+up\s+of|brought\s+together|featured)\s/;
/** "Summary report on the …", "Report of the …": the words a report's title puts before what it records. */
const REPORT_ON = /^(?:(?:summary|concise|final)\s+)?report\s+(?:on|of)\s+(?:the\s+)?/i;
/** An event's title quoted in the title block: 'Report on the side event "Tracing …"'. */
const QUOTED_TITLE = /[“"]([^”"]{5,200})[”"]/;

/**
 * "The third panel addressed X", "The second panel, moderated by Mr. Y (Chile), brought together
 * …": a panel opened by its ordinal as the subject of a sentence, an appositive clause allowed
 * between (its honorifics' full stops included). Group 2 is the verb, group 3 what follows it.
 */
const ORDINAL_PANEL = new RegExp(
  `(?:^|[.;]\\s+)[Tt]he\\s+(${ORDINAL_SOURCE})\\s+panel(?:\\s+discussion)?(?:,(?:[^.;]|\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.){1,300}?,)?\\s+(discussed|addressed|examined|considered|explored|focused\\s+on|dealt\\s+with|turned\\s+to|was\\s+(?:devoted|dedicated)\\s+to|brought\\s+together|comprised|consisted\\s+of|featured|was\\s+composed\\s+of)\\s+((?:[^.;]|\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.){3,300})`,
  'g',
);
const MAKE_UP = /^(?:brought|comprised|consisted|featured|was\s+composed)/;
/** "The panel considered X" after the make-up sentence: the subject of a panel announced by its people. */
const PANEL_SUBJECT =
  /\b[Tt]he\s+panel(?:\s+discussion)?\s+(?:discussed|addressed|examined|considered|explored|focused\s+on|dealt\s+with)\s+([^.;]{3,300})/;

/** A subject as the sentence gives it, without what the sentence adds after it (", and was moderated by …"). */
function objectOf(raw: string): string {
  return raw
    .replace(/,\s+(?:and|which|while|with|where|who)\b.*$/, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/**
 * "Session 2: Workers in the informal economy", "Segment III – Financing …", "Thematic session 1. …":
 * a numbered session of a forum's programme, its subject after the number, is one panel; so is a
 * numbered working or breakout group of a day of general discussion ("Working group 1: Access …").
 */
const NUMBERED_SESSION =
  /^(?:(?:thematic|interactive|plenary|panel|parallel)\s+)?(?:session|segment|working\s+group|breakout\s+group)\s+(?:\d{1,2}|[IVX]{1,4})\s*(?::|\.|–|—|-)\s+(\p{Lu}.{2,})$/iu;

export function headingTitle(title: string): string | null {
  const t = cleanTitle(title);
  const m = HEADING.exec(t) ?? NUMBERED_SESSION.exec(t);
  return m ? (m[1] as string).trim() : null;
}

function firstSentenceEnd(text: string): number {
  const m = /\.(?=\s+\p{Lu}|\s*$)/u.exec(text);
  return m ? m.index + 1 : text.length;
}

/** "on the priority theme of its seventieth session, "X"": a theme named and then quoted is the quoted words. */
const THEME_QUOTED = /^(?:on\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}theme\b[^“"”.;]{0,80}[“"]([^”"]{5,300})[”"]/iu;

/** Subject of a held-panel clause: "on X" → "X"; "marking X" kept as written. */
function subject(raw: string): string {
  const themed = THEME_QUOTED.exec(raw);
  if (themed) return (themed[1] as string).trim();
  return raw
    .replace(/^(?:on|about|concerning|devoted\s+to|entitled)\s+/i, '')
    .replace(/,?\s+(?:in\s+accordance\s+with|pursuant\s+to|as\s+requested|at\s+its\s+\d).*$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

export function findPanelOpenings(doc: ParsedDocument, structure: Structure): PanelOpening[] {
  const out: PanelOpening[] = [];
  const headingPanels = new Map<string, string>();
  for (const s of doc.sections) {
    const own = headingTitle(s.title);
    const parent = s.parentKey ? structure.sections.get(s.parentKey) : undefined;
    if (own) headingPanels.set(s.key, own);
    else if (parent && CONTAINER.test(cleanTitle(parent.title))) headingPanels.set(s.key, cleanTitle(s.title));
  }
  const panelSectionOf = (p: ParsedParagraph): string | null => {
    for (const s of structure.chain(p.sectionKey)) if (headingPanels.has(s.key)) return s.key;
    return null;
  };
  const opened = new Set<string>();
  for (const p of doc.paragraphs) {
    const sec = panelSectionOf(p);
    if (sec) {
      if (opened.has(sec)) continue;
      opened.add(sec);
      out.push({ title: headingPanels.get(sec) as string, p, start: 0, end: firstSentenceEnd(p.text), sectionKey: sec });
      continue;
    }
    ORDINAL_PANEL.lastIndex = 0;
    const byOrdinal = ORDINAL_PANEL.exec(p.text);
    if (byOrdinal) {
      const verb = byOrdinal[2] as string;
      const start = byOrdinal.index + (/^[.;]/.test(byOrdinal[0]) ? (/^[.;]\s+/.exec(byOrdinal[0]) as RegExpExecArray)[0].length : 0);
      let title: string;
      if (MAKE_UP.test(verb)) {
        // announced by its people: the subject is in a later sentence, or the section heading names it
        const subjectAt = PANEL_SUBJECT.exec(p.text.slice(byOrdinal.index + byOrdinal[0].length));
        const heading = p.sectionKey ? structure.sections.get(p.sectionKey)?.title : undefined;
        title = subjectAt ? objectOf(subjectAt[1] as string) : heading ? cleanTitle(heading) : `Panel ${out.length + 1}`;
      } else title = objectOf(byOrdinal[3] as string);
      out.push({ title, p, start, end: firstSentenceEnd(p.text.slice(start)) + start, sectionKey: null });
      continue;
    }
    const held = HELD.exec(p.text) ?? PANEL_OF.exec(p.text);
    const composed = held ? null : COMPOSED.exec(p.text);
    // "The panel was composed of …" after a sentence that announced the panel speaks of that panel
    if (composed && /^[Tt]he\b/.test(composed[0]) && out.length > 0 && out[out.length - 1]!.sectionKey === null) continue;
    if (composed) {
      const quoted = QUOTED_TITLE.exec([doc.title ?? '', ...doc.titleBlock].join(' '));
      const heading = p.sectionKey ? structure.sections.get(p.sectionKey)?.title : undefined;
      const title = quoted?.[1] ?? (heading ? cleanTitle(heading) : `Panel ${out.length + 1}`);
      out.push({ title, p, start: composed.index, end: firstSentenceEnd(p.text), sectionKey: null });
      continue;
    }
    const passive = held ? null : WAS_HELD.exec(p.text);
    if (passive && announcesPanel(passive)) {
      const heading = p.sectionKey ? structure.sections.get(p.sectionKey)?.title : undefined;
      const title = passive[3]
        ? subject(passive[3])
        : (ENTITLED.exec(p.text)?.[1] ?? (heading ? cleanTitle(heading) : `Panel ${out.length + 1}`));
      out.push({ title, p, start: passive.index, end: passive.index + passive[0].length, sectionKey: null });
      continue;
    }
    if (held) {
      const title = subject(held[1] as string);
      if (title.length >= 3 && !/^\(a\)/.test(title))
        out.push({ title, p, start: held.index, end: held.index + held[0].length, sectionKey: null });
    }
  }
  // A report titled "Annual panel discussion on …" or "Summary report on the biennial panel
  // discussion on …" (a title-block line, not a heading) records that one panel, even when no
  // paragraph says the panel was held.
  const first = doc.paragraphs[0];
  if (out.length === 0 && first) {
    const title = [...doc.titleBlock, doc.title ?? '']
      .map((line) => headingTitle(cleanTitle(line).replace(REPORT_ON, '')))
      .find((x): x is string => !!x);
    if (title) out.push({ title, p: first, start: 0, end: firstSentenceEnd(first.text), sectionKey: null, wholeDocument: true });
  }
  return out;
}
