/**
 * Organizations a text defines inline: "Capitalised Name (ACR)" — "United Nations Office on
 * Drugs and Crime (UNODC)", "Counter Human Trafficking Trust – East Africa (CHTEA)",
 * "Commissioner for Human Rights (CoE-Commissioner)", "Joint Submission (JS) 1". The name's
 * left edge comes from `nameBefore`; what is defined must then pass the filters below, since
 * the same shape also defines conventions (UNTOC), projects (SE4U), places and documents.
 */
import type { CitableText } from './citable-texts.js';
import { evidenceAt } from './citable-texts.js';
import type { OrgCandidate } from './org-candidate.js';
import { KIND_RANK, isInstrumentName, isNotOrganization } from './org-candidate.js';
import { kindFromName } from './org-kind.js';
import { nameBefore } from './proper-names.js';

const PAREN_ACRONYM = /\(([A-Z][A-Za-z0-9]*(?:[-/.&][A-Za-z0-9]+)*)\)(?:\s*(\d{1,2})\b(?![.,]?\d))?/g;

/** Whether a parenthesised token can be an organization's acronym. */
export function isAcronymToken(token: string): boolean {
  if ((token.match(/[A-Z]/g) ?? []).length < 2) return false;
  if (/^[IVXLC]+$/.test(token)) return false; // a Roman numeral: "(II)"
  if ((token.match(/\//g) ?? []).length >= 2 && /\d/.test(token)) return false; // a document symbol
  return token.length <= 24;
}

/** "the panellist from the X (ACR)": introduced as a speaker, so an NGO unless told otherwise. */
export const SPEAKER_BEFORE =
  /\b(?:panell?ists?|speakers?|representatives?|experts?|delegates?|participants?|researchers?|presenters?)\b,?\s+(?:\w+\s+)?from\s+(?:the\s+)?$/i;

/** Capitals of the name's significant words: "Mixed Migration Centre" → "MMC". */
export function initials(name: string): string {
  return name
    .split(/[\s\-–—]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** An acronym "fits" a name when its capitals appear, in order, among the name's initials. */
export function acronymFits(acronym: string, name: string): boolean {
  const caps = acronym.replace(/[^A-Z]/g, '');
  const init = initials(name);
  let i = 0;
  for (const ch of init) if (ch === caps[i]) i++;
  return i === caps.length || init.startsWith(caps.slice(0, Math.min(3, caps.length)));
}

function quotedTitleBefore(text: string, index: number): boolean {
  return /[”"’]\s*$/.test(text.slice(Math.max(0, index - 3), index));
}

function projectAfter(text: string, index: number): boolean {
  return /^\s*(?:project|programme|program)\b/i.test(text.slice(index, index + 20));
}

export function findDefinitions(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    PAREN_ACRONYM.lastIndex = 0;
    for (let m = PAREN_ACRONYM.exec(t.text); m !== null; m = PAREN_ACRONYM.exec(t.text)) {
      const token = m[1]!;
      if (!isAcronymToken(token)) continue;
      if (quotedTitleBefore(t.text, m.index) || projectAfter(t.text, m.index + token.length + 2)) continue;
      const span = nameBefore(t.text, m.index);
      if (!span) continue;
      let name = span.text;
      if (isInstrumentName(name) || isNotOrganization(name) || isPlace(name)) continue;
      let acronym = token;
      // "Joint Submission (JS) 1": the number belongs to both the name and the acronym.
      if (m[2] && /submission$/i.test(name)) {
        name = `${name} ${m[2]}`;
        acronym = `${token}${m[2]}`;
      }
      const speaker = SPEAKER_BEFORE.test(t.text.slice(Math.max(0, span.start - 60), span.start));
      const cue = kindFromName(name, acronym);
      const kind = cue?.kind ?? (speaker ? 'ngo' : null);
      const kindRank = cue ? (cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName) : speaker ? KIND_RANK.speaker : KIND_RANK.none;
      out.push({
        name,
        acronym,
        aliases: [],
        kind,
        kindRank,
        location: null,
        method: 'pattern',
        confidence: acronymFits(acronym, name) ? 0.9 : 0.85,
        evidence: [evidenceAt(t.key, t.text, span.start, m.index + m[0].length)],
      });
    }
  }
  return out;
}
