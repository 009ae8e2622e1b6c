/**
 * How Co-Chairs' summaries introduce panels and panellists. Shared by agenda.ts (which must
 * not take a panel's topic list for discussion points), panels.ts and statements.ts (which
 * attribute a panellist's sentences).
 */
import { ORDINAL_SOURCE, ordinalValue } from './text-numbers.js';
import { readOrgRef, type NameMatch } from './text-names.js';

/** Sentence openers that do not change who is speaking ("Finally, the panellist from …"). */
const LEAD = `(?:(?:Finally|Lastly|Next|Then|Also|Subsequently|Thereafter|Afterwards|In addition|Moreover|Further(?:more)?|Similarly|Likewise),?\\s+)?`;
const RELATIVE = 'next|last|final|following|subsequent|other|closing|opening|concluding';
/** A short leading clause before the subject: "Under agenda item 3, the first panel …". */
const CLAUSE = `(?:[^,.;]{1,80},\\s+)?`;

const PANEL_INTRO = new RegExp(
  `^${CLAUSE}${LEAD}(?:(?:In|During|For|At)\\s+)?(?:[Tt]he|[Aa])\\s+(?:(${ORDINAL_SOURCE}|${RELATIVE})\\s+)?(?:panel(?:\\s+discussion)?|group\\s+of\\s+panel(?:l)?ists)\\b(?:\\s+(?:of|with)\\s+(?:[\\w-]+\\s+){0,2}(?:experts|panel(?:l)?ists|speakers|representatives|members))?`,
  'i',
);
const PANEL_NUMBERED = /^(?:In\s+|During\s+)?Panel\s+(\d{1,2}|[IVX]{1,4})\b/;

export interface PanelIntro {
  /** Explicit ordinal, or "next"/"last" (resolved by the caller), or null for a bare "The panel". */
  ordinal: number | null;
  relative: string | null;
  /** End of the intro phrase in the sentence. */
  end: number;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** "The first panel discussed …", "The second group of panellists focused on …", "Panel 3 …". */
export function matchPanelIntro(sentence: string): PanelIntro | null {
  const m = PANEL_INTRO.exec(sentence);
  if (m) {
    const word = m[1]?.toLowerCase() ?? null;
    const ordinal = word ? ordinalValue(word) : null;
    return { ordinal, relative: ordinal === null ? word : null, end: m[0].length };
  }
  const n = PANEL_NUMBERED.exec(sentence);
  if (n) {
    const v = n[1] as string;
    return { ordinal: /\d/.test(v) ? Number(v) : (ROMAN[v] ?? null), relative: null, end: n[0].length };
  }
  return null;
}

/** "Two panel discussions …", "Three panels …": how many panels the text announces. */
export const PANEL_COUNT = /\b([A-Za-z]+(?:-[a-z]+)?|\d{1,2})\s+(?:panel\s+discussions|panels|panel\s+sessions)\b/;

const PANELLIST_INTRO = new RegExp(
  `^(${CLAUSE}${LEAD})(?:[Tt]he|[Aa]|[Aa]nother)\\s+(?:(${ORDINAL_SOURCE}|${RELATIVE})\\s+)?panel(?:l)?ist\\b(,?\\s+(?:from|of|representing|on behalf of)\\s+)?`,
  'i',
);

export interface PanellistIntro {
  /** Ordinal as written ("first" → 1), or null. */
  ordinal: number | null;
  relative: string | null;
  /** "Another panellist", "A panellist": always a new person. */
  indefinite: boolean;
  org: NameMatch | null;
  /** Start of the speaker phrase ("the first panellist"), after any leading clause or adverb. */
  start: number;
  /** End of the speaker phrase (after the organization, when given). */
  end: number;
}

/** "The first panellist, from the Mixed Migration Centre (MMC), …", "The panellist from X …". */
export function matchPanellistIntro(sentence: string): PanellistIntro | null {
  const m = PANELLIST_INTRO.exec(sentence);
  if (!m) return null;
  const start = (m[1] ?? '').length;
  const word = m[2]?.toLowerCase() ?? null;
  const ordinal = word ? ordinalValue(word) : null;
  const indefinite = /^(?:a|another)\s/i.test(m[0].slice(start));
  let org: NameMatch | null = null;
  let end = m[0].length;
  if (m[3] !== undefined) {
    org = readOrgRef(sentence, m[0].length);
    if (org) {
      end = org.end;
      if (sentence[end] === ',') end += 1;
    }
  }
  return { ordinal, relative: ordinal === null ? word : null, indefinite, org, start, end };
}
