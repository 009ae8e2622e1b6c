/**
 * Organizations a text defines inline, either way round: "Mixed Migration Centre (MMC)",
 * "Fundación Mundial Déjame Vivir en Paz (FMDVEP)", "UNODC (United Nations Office on Drugs and
 * Crime)", "Joint Submission (JS) 1". The pairs and the long form's left edge come from the
 * Schwartz–Hearst algorithm (organizations/schwartz-hearst.ts); what is defined must then pass
 * the filters below, since the same shape also defines conventions (UNTOC), projects (SE4U),
 * places, job titles, meetings and plain-noun abbreviations ("non-governmental organizations
 * (NGOs)").
 */
import type { CitableText } from './citable-texts.js';
import { evidenceAt } from './citable-texts.js';
import type { OrgCandidate } from './org-candidate.js';
import { KIND_RANK, isInstrumentName, isNotOrganization } from './org-candidate.js';
import { kindFromName } from './org-kind.js';
import {
  abbreviates,
  abbreviationCandidates,
  narrow,
  type AbbreviationCandidate,
  type AbbreviationPair,
} from './organizations/schwartz-hearst.js';
import { nameBefore } from './proper-names.js';
import { parentQualifiedPair } from './organizations/parent-qualified.js';
import { isNotABody, looksLikeName, spellsInitials } from './organizations/not-organizations.js';

/** Whether a parenthesised token can be an organization's acronym. */
export function isAcronymToken(token: string): boolean {
  if ((token.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  if (/^[IVXLC]+$/.test(token)) return false; // a Roman numeral: "(II)"
  if ((token.match(/\//g) ?? []).length >= 2 && /\d/.test(token)) return false; // a document symbol
  return token.length <= 24 && !/\s/.test(token);
}

/** "the panellist from the X (ACR)": introduced as a speaker, so an NGO unless told otherwise. */
export const SPEAKER_BEFORE =
  /\b(?:panell?ists?|speakers?|representatives?|experts?|delegates?|participants?|researchers?|presenters?)\b,?\s+(?:\w+\s+)?from\s+(?:the\s+)?$/i;

/** An acronym "fits" a name when the Schwartz–Hearst test finds the whole name behind it. */
export function acronymFits(acronym: string, name: string): boolean {
  return abbreviates(acronym, name);
}

function quotedTitleBefore(text: string, index: number): boolean {
  return /[”"’]\s*$/.test(text.slice(Math.max(0, index - 3), index));
}

function projectAfter(text: string, index: number): boolean {
  return /^\s*(?:project|programme|program)\b/i.test(text.slice(index, index + 20));
}

/**
 * Schwartz–Hearst pairs whose short form can name an organization. Extensions, outside the
 * published algorithm, each tried only when the pair fails as published:
 *   - an acronym's digits often stand for a word or a number the long form does not spell
 *     ("L4J" for Lawyers for Justice, "CMS-2"): try again with the digits left out of the
 *     matching (the acronym itself is kept as written);
 *   - UN records prefix a body's acronym with its parent's ("OSCE/ODIHR", "CoE-ECRI"): try
 *     again with the last part alone;
 *   - a name with commas in it ("Regional Centre on … Region, the Horn of Africa and Bordering
 *     States (RECSA)"): try again with the window reaching back to the sentence start, and keep
 *     the result only when it opens a capitalised name once taken back to its start (toNameStart).
 * One reading comes before them all: a body named with its parent, with an acronym prefixed with
 * the parent's ("… of the Council of Europe (CoE-GRETA)"), is defined by the whole name, which
 * the published algorithm would cut or miss (organizations/parent-qualified.ts).
 */
function definitionsIn(text: string): AbbreviationPair[] {
  const out: AbbreviationPair[] = [];
  for (const c of abbreviationCandidates(text)) {
    if (!isAcronymToken(c.short)) continue;
    const own = /[-/]/.test(c.short) ? c.short.split(/[-/]/).pop()! : null;
    const pair =
      parentQualifiedPair(c, text) ??
      narrow(c) ??
      (/\p{N}/u.test(c.short) ? narrow(c, c.short.replace(/\p{N}+/gu, '')) : null) ??
      (own && own.length >= 2 ? narrow(c, own) : null);
    if (pair) {
      out.push(toNameStart(toCapitalised(pair, c.window, c.windowStart), text));
      continue;
    }
    const wide = c.order === 'long-short' ? sentenceWindow(c, text) : null;
    const widePair = wide ? narrow(wide) : null;
    if (!widePair) continue;
    const named = toNameStart(widePair, text);
    if (/^\p{Lu}/u.test(named.long)) out.push(named);
  }
  return out;
}

/** The candidate with its long-form window taken back over commas to the sentence start (at most 400 characters). */
function sentenceWindow(c: AbbreviationCandidate, text: string): AbbreviationCandidate | null {
  const end = c.windowStart + c.window.length;
  const from = Math.max(0, end - 400);
  const look = text.slice(from, c.windowStart);
  const cut = look.lastIndexOf('. ');
  const windowStart = cut < 0 ? from : from + cut + 2;
  if (windowStart >= c.windowStart) return null;
  return { ...c, window: text.slice(windowStart, end), windowStart };
}

/** A body's head word ending the text before a joiner: "Secretariat", "Office", "Commission" … */
const ORG_HEAD_BEFORE =
  /\b(?:Secretariat|Office|Commission|Committee|Council|Agency|Authority|Institute|Centre|Center|Ministry|Directorate|Unit|Service|Network|Alliance|Coalition|Federation|Association|Foundation|Fund|Bureau|Board|Department)$/;

/**
 * A third extension: a long form never starts inside a capitalised name. When the word right
 * before it is capitalised ("Great Lakes" before "Region, …"; "EU" before "Agency for …"), the
 * long form is taken back to where that run of capitalised words, joined by "of/on/in the",
 * begins. A sentence opener ("The", "In") does not count as part of the name.
 */
function toNameStart(pair: AbbreviationPair, text: string): AbbreviationPair {
  const before = text.slice(Math.max(0, pair.longStart - 200), pair.longStart);
  // "Secretariat against Sexual Violence, Exploitation and … (SVET)": the head and its joiner
  // stand before the words the acronym spells
  const joined = /\p{Lu}[\p{L}\p{N}'’-]*(\s+(?:against|for|on|of|in)(?:\s+the)?\s+)$/u.exec(before);
  if (joined && ORG_HEAD_BEFORE.test(before.slice(0, joined.index + joined[0].length - (joined[1] as string).length))) {
    const at = pair.longStart - (joined[1] as string).length;
    const span = nameBefore(text, at);
    if (span && span.start < at) return { ...pair, longStart: span.start, long: text.slice(span.start, pair.longEnd) };
  }
  if (!/\p{Lu}[\p{L}\p{N}'’-]*\s+$/u.test(before)) return pair;
  const span = nameBefore(text, pair.longStart);
  if (!span || span.start >= pair.longStart) return pair;
  return { ...pair, longStart: span.start, long: text.slice(span.start, pair.longEnd) };
}

/**
 * A second extension: the algorithm stops at the nearest word that can start the match, which
 * in French or Spanish names is often a lowercase word inside the name ("Association d'aide aux
 * victimes … (AVTE)" → "aux victimes …"). A long form that starts lowercase is taken back to the
 * capitalised word that opens the name, when one stands at most three words before it.
 */
function toCapitalised(pair: AbbreviationPair, window: string, windowStart: number): AbbreviationPair {
  if (!/^\p{Ll}/u.test(pair.long)) return pair;
  const words = [...window.slice(0, pair.longStart - windowStart).matchAll(/\S+/g)];
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const w = words[k]!;
    if (/^\p{Lu}/u.test(w[0])) {
      const longStart = windowStart + w.index;
      return { ...pair, longStart, long: window.slice(w.index, pair.longEnd - windowStart) };
    }
    if (/[,;:.]$/.test(w[0])) break;
  }
  return pair;
}

/**
 * A name in a non-Latin script written in sentence case, as Russian or Greek write names, whose
 * acronym spells its words' initials ("Общество защиты мигрантов (ОЗМ)"). Latin-script names in
 * sentence case are read by their head noun (looksLikeName); "Gender-based violence (GBV)" stays a term.
 */
function sentenceCaseName(name: string, acronym: string): boolean {
  return !/\p{Script=Latin}/u.test(name) && /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(name) && spellsInitials(acronym, name);
}

export function findDefinitions(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    for (const pair of definitionsIn(t.text)) {
      const token = pair.short;
      if (!isAcronymToken(token)) continue;
      let name = pair.long;
      let nameStart = pair.longStart;
      const lead = /^the\s+/i.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        nameStart += lead[0].length;
      }
      const closeParen = pair.order === 'long-short' ? pair.shortEnd + 1 : pair.longEnd + 1;
      if (pair.order === 'long-short' && quotedTitleBefore(t.text, pair.shortStart - 1)) continue;
      if (projectAfter(t.text, closeParen)) continue;
      // "…, Banjul (Gambia); Attachment: (ACHPR-SR) Letter …": a caption's colon or a list's
      // semicolon never stands inside a name, so what reaches over one is no long form.
      if (/[;:]/.test(name)) continue;
      if (
        !(looksLikeName(name) || sentenceCaseName(name, token)) ||
        isInstrumentName(name) ||
        isNotOrganization(name) ||
        isNotABody(name) ||
        isPlace(name)
      )
        continue;
      let acronym = token;
      let end = Math.max(closeParen, pair.longEnd);
      // "Joint Submission (JS) 1": the number belongs to both the name and the acronym.
      const number = /^\s*(\d{1,2})\b(?![.,]?\d)/.exec(t.text.slice(closeParen, closeParen + 6));
      if (number && pair.order === 'long-short' && /submission$/i.test(name)) {
        name = `${name} ${number[1]}`;
        acronym = `${token}${number[1]}`;
        end = closeParen + number[0].length;
      }
      const from = Math.min(nameStart, pair.shortStart);
      const speaker = SPEAKER_BEFORE.test(t.text.slice(Math.max(0, from - 60), from));
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
        confidence: 0.9,
        evidence: [evidenceAt(t.key, t.text, from, end)],
      });
    }
  }
  return out;
}
