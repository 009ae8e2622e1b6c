/**
 * Organizations listed as speakers in UN meeting records, in two constructions:
 *
 *   - a speakers' list under a caption that names a kind of organization:
 *     "(e) Observers for non-governmental organizations: A (also on behalf of B and C), D." —
 *     each entry is an organization (the caption itself never is);
 *   - "on behalf of": "Nigeria (on behalf of the Group of African States)", "A (also on behalf
 *     of B and C)" — the group or organization spoken for, when it is not a State.
 *
 * Captions that list States ("Representatives of States Members of the Council: …") give no
 * organization here: their entries are States.
 */
import type { CitableText } from '../citable-texts.js';
import { evidenceAt } from '../citable-texts.js';
import type { OrganizationKind } from '../facts.js';
import type { OrgCandidate } from '../org-candidate.js';
import { BODY_HEADS, KIND_RANK, secondNameAnd } from '../org-candidate.js';
import { kindFromName } from '../org-kind.js';
import { nameAfter } from '../proper-names.js';
import { looksLikeName } from './not-organizations.js';

const CAPTION_KINDS: [RegExp, OrganizationKind][] = [
  [/\bnon-governmental organi[sz]ations?\b|\bcivil society\b/i, 'ngo'],
  [/\bnational human rights institutions?\b/i, 'nhri'],
  [/\bintergovernmental organi[sz]ations?\b/i, 'igo'],
  [/\bUnited Nations (?:agencies|entities|bodies|funds|programmes|specialized agencies)\b|\bspecialized agencies\b/i, 'un-entity'],
];

/** Where a caption starts: the text's start, a list marker "(d)", or the end of the previous clause. */
function captionBefore(text: string, colon: number): string {
  const start = Math.max(0, colon - 200);
  const look = text.slice(start, colon);
  const from = start + Math.max(look.lastIndexOf(';'), look.lastIndexOf('. '), look.lastIndexOf(':'));
  return text
    .slice(from + 1, colon)
    .replace(/^\s*\(?[a-z\d]{1,3}\)\s*/i, '')
    .trim();
}

/** Replaces what is inside parentheses by spaces, so top-level separators can be found. */
function mask(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    out += depth > 0 ? ' ' : ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Words after which " and " ends one organization's name: "Amnesty International and Franciscans International". */
const NAME_END = /^(?:International|Internationalis|Worldwide|Watch|Inc\.?|Ltd\.?)$/;

/**
 * "A and B" as two names when A's last word ends a body's name ("Amnesty International and
 * Franciscans International"), or when "and the" is followed by a body's name ("… Development
 * and the African Union Commission"); else one name ("Group of Latin American and Caribbean
 * States", "Regional Office for Asia and the Pacific").
 */
function splitAnd(text: string, start: number): { start: number; end: number }[] {
  const re = / and (the )?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const left = text.slice(0, m.index).split(' ');
    const last = left[left.length - 1] ?? '';
    const rightFrom = m.index + m[0].length;
    const right = text.slice(rightFrom).split(' ');
    if (BODY_HEADS.test(last) || NAME_END.test(last) || (m[1] !== undefined && right.some((w) => BODY_HEADS.test(w)))) {
      return [{ start, end: start + m.index }, ...splitAnd(text.slice(rightFrom), start + rightFrom)];
    }
  }
  // "International Organization for Migration and Organization for Security …": a whole second name
  const second = secondNameAnd(text);
  if (second > 0) return [{ start, end: start + second }, ...splitAnd(text.slice(second + 5), start + second + 5)];
  return [{ start, end: start + text.length }];
}

/** The name without a leading "the", for the shape test. */
const bare = (s: string): string => s.replace(/^(?:the|The)\s+/, '');

function candidate(t: CitableText, start: number, end: number, kind: OrganizationKind | null): OrgCandidate {
  let s = start;
  const lead = /^(?:the|The)\s+/.exec(t.text.slice(s, end));
  if (lead) s += lead[0].length;
  const name = t.text.slice(s, end);
  const cue = kindFromName(name);
  const byCue = cue && (!kind || cue.strong);
  return {
    name,
    acronym: null,
    aliases: [],
    kind: byCue ? cue.kind : kind,
    kindRank: byCue ? (cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName) : kind ? KIND_RANK.genericHeading : KIND_RANK.none,
    location: null,
    method: 'rule',
    confidence: 0.85,
    evidence: [evidenceAt(t.key, t.text, s, end)],
  };
}

/** Entries of a list after a caption's colon, up to the clause's end. */
function rosterEntries(t: CitableText, from: number, kind: OrganizationKind): OrgCandidate[] {
  // ", Inc." and ", Ltd." belong to the name before them ("Madre, Inc."). A list is read up to
  // 3,000 characters, so a huge paragraph costs linear time.
  const local = mask(t.text.slice(from, from + 3000))
    .replace(/, (?=(?:Inc|Ltd|LLC|Corp)\b\.?)/g, '  ')
    .replace(/\b(Inc|Ltd|Corp)\./g, '$1_');
  let end = local.length;
  for (const stop of [';', '. ', ':']) {
    const k = local.indexOf(stop);
    if (k >= 0 && k < end) end = k;
  }
  const out: OrgCandidate[] = [];
  const re = /[^,]+/g;
  const list = local.slice(0, end).replace(/\.\s*$/, '');
  for (let m = re.exec(list); m !== null; m = re.exec(list)) {
    let s = from + m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(t.text[s]!)) s++;
    while (e > s && /[\s.]/.test(local[e - 1 - from]!)) e--;
    // "… and International Pen": the last entry joined by "and".
    const piece = t.text.slice(s, e);
    const andLast = /^and\s+/.exec(piece);
    if (andLast) s += andLast[0].length;
    // A trailing "(ACR)" or "(also on behalf of …)" is not part of the name.
    const paren = t.text.slice(s, e).indexOf(' (');
    const nameEnd = paren >= 0 ? s + paren : e;
    for (const part of splitAnd(t.text.slice(s, nameEnd), s)) {
      if (looksLikeName(bare(t.text.slice(part.start, part.end)))) out.push(candidate(t, part.start, part.end, kind));
    }
  }
  return out;
}

const ON_BEHALF = /\bon behalf of\s+/g;

export function findRosterOrganizations(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    for (let colon = t.text.indexOf(':'); colon >= 0; colon = t.text.indexOf(':', colon + 1)) {
      const caption = captionBefore(t.text, colon);
      if (/\bStates?\b/.test(caption) && !/organi[sz]ations?/i.test(caption)) continue;
      const kind = CAPTION_KINDS.find(([re]) => re.test(caption))?.[1];
      if (kind && caption.split(/\s+/).length <= 10) out.push(...rosterEntries(t, colon + 1, kind));
    }
    ON_BEHALF.lastIndex = 0;
    for (let m = ON_BEHALF.exec(t.text); m !== null; m = ON_BEHALF.exec(t.text)) {
      const span = nameAfter(t.text, m.index + m[0].length);
      if (!span) continue;
      for (const part of splitAnd(span.text, span.start)) {
        const name = t.text.slice(part.start, part.end);
        // "on behalf of Australia and Canada": States, not a group.
        if (name.split(/,\s*|\s+and\s+/).every((n) => isPlace(n))) continue;
        if (!/\s/.test(name) || !looksLikeName(name)) continue;
        out.push(candidate(t, part.start, part.end, null));
      }
    }
  }
  return out;
}
