/**
 * The body whose session a document records or follows, and that session's number, read in
 * the two places UN documents state them:
 *   in the text:        "the opening day of the ninth session of the Committee on Social
 *                        Development", "the closure of the fifteenth session of the Working
 *                        Group on …", "the Chair of the Commission at its thirty-fifth session"
 *   in the title block: "Human Rights Council / Fourteenth session", a body's name broken over
 *                        lines ("Conference of the Parties to the / United Nations Convention
 *                        against / Transnational Organized Crime") above "Thirteenth session";
 *                        or a review and its session on one line, as lists of a review's
 *                        recommendations are headed ("UPR of Slovenia (3rd Cycle - 34th Session)").
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { readOrgRef } from '../text-names.js';
import { ORDINAL_SOURCE, ordinalValue } from '../text-numbers.js';

export interface BodySession {
  name: string;
  session: number | null;
  /** Where it was read: a paragraph number, or null for the title block. */
  paragraph: string | null;
  start: number;
  end: number;
}

const SESSION_OF = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\s+of\\s+(?=(?:the\\s+)?\\p{Lu})`, 'giu');
const SESSION_LINE = new RegExp(`^(${ORDINAL_SOURCE})\\s+session$`, 'i');
/** Title-block lines that stand between a body's name and its session line. */
const NOT_A_NAME = /^(?:Distr\.|Original:|Limited|General$|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$|United Nations\b.*\/|[A-Z]+(?:\/[\w.-]+)+$)/u;
/** A line ending in one of these words continues on the next ("Conference of the Parties to the"). */
const CONTINUES = /\b(?:of|the|to|on|for|and|against|in)$/;
/** Head words of a body's name. */
const BODY_HEAD = /\b(?:Council|Commission|Committee|Working Group|Conference|Assembly|Forum|Board|Meeting|Group|Parties)\b/;

/** "at its sixtieth session": the session of the body named before it in the same sentence. */
const AT_ITS_SESSION = new RegExp(`\\bat\\s+its\\s+(${ORDINAL_SOURCE})\\s+session\\b`, 'giu');
/** Where a body's name may start: "the Human Rights Council held, at its …". */
const THE_BEFORE_NAME = /\b[Tt]he\s+(?=\p{Lu})/gu;

/**
 * "Pursuant to its resolution 57/19, the Human Rights Council held, at its sixtieth session, …":
 * a report submitted to a later session (the title block's) records a meeting of this one.
 */
function heldAtItsSession(text: string): { name: string; session: number; start: number; end: number } | null {
  for (const m of text.matchAll(AT_ITS_SESSION)) {
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', m.index) + 1);
    let body: { name: string; start: number } | null = null;
    for (const t of text.slice(sentenceStart, m.index).matchAll(THE_BEFORE_NAME)) {
      const at = sentenceStart + t.index + t[0].length;
      const ref = readOrgRef(text, at);
      // the body must be the subject that held the meeting: "the Council held, at its …", "the Council, at its …,"
      // ("The Chair of the Commission at its thirty-fifth session" names a post, not the meeting's session)
      const between = ref ? text.slice(ref.end, m.index) : '';
      // or the meeting it decided on: "the Council decided that the panel … (to be) held at its …"
      const decided = /^\s+decided\s+that\b[^;:]*\bheld\s+$/.test(between);
      if (ref?.name && BODY_HEAD.test(ref.name) && (/^\s*(?:held)?\s*,\s*$/.test(between) || decided)) body = { name: ref.name, start: at };
    }
    if (body) return { name: body.name, session: ordinalValue(m[1] as string) as number, start: body.start, end: m.index + m[0].length };
  }
  return null;
}

/**
 * "the Working Group held its sixth meeting in Vienna from …": bodies that meet once a year
 * number their meetings as others number sessions (the Conference of the Parties' working
 * groups). "At its 1st meeting, on …" (a sitting within a session) is not "held its".
 */
const HELD_ITS_NTH = new RegExp(`\\bheld\\s+its\\s+(${ORDINAL_SOURCE})\\s+(?:session|meeting)\\b`, 'giu');

function heldItsNth(doc: ParsedDocument, text: string): { name: string; session: number; start: number; end: number } | null {
  for (const m of text.matchAll(HELD_ITS_NTH)) {
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', m.index) + 1);
    for (const t of text.slice(sentenceStart, m.index).matchAll(THE_BEFORE_NAME)) {
      const at = sentenceStart + t.index + t[0].length;
      const ref = readOrgRef(text, at);
      if (!ref?.name || !BODY_HEAD.test(ref.name) || text.slice(ref.end, m.index).trim() !== '') continue;
      return { name: fullName(doc, ref.name), session: ordinalValue(m[1] as string) as number, start: at, end: m.index + m[0].length };
    }
  }
  return null;
}

/** "the Working Group" → "Working Group on the Smuggling of Migrants", as the title or an earlier paragraph names it. */
function fullName(doc: ParsedDocument, short: string): string {
  if (/\s(?:on|of|for|to)\s/.test(short)) return short;
  for (const text of [doc.title ?? '', ...doc.titleBlock, ...doc.paragraphs.slice(0, 3).map((p) => p.text)]) {
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
      const ref = readOrgRef(text, i);
      if (ref?.name && ref.name.startsWith(`${short} `) && /^\s(?:on|of|for|to)\s/.test(ref.name.slice(short.length))) return ref.name;
    }
  }
  return short;
}

/** "the ninth session of the Committee on Social Development" in the first paragraphs. */
function fromText(doc: ParsedDocument): BodySession | null {
  for (const p of doc.paragraphs.slice(0, 3)) {
    const held = heldAtItsSession(p.text) ?? heldItsNth(doc, p.text);
    if (held) return { ...held, paragraph: p.number };
    for (const m of p.text.matchAll(SESSION_OF)) {
      const ref = readOrgRef(p.text, m.index + m[0].length);
      if (ref?.name && BODY_HEAD.test(ref.name)) {
        return { name: ref.name, session: ordinalValue(m[1] as string), paragraph: p.number, start: m.index, end: ref.end };
      }
    }
  }
  return null;
}

/** The name above the title block's "Nth session" line. */
function fromTitleBlock(doc: ParsedDocument): BodySession | null {
  const lines = doc.titleBlock.map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const m = SESSION_LINE.exec(lines[i] as string);
    if (!m) continue;
    let j = i - 1;
    while (j >= 0 && NOT_A_NAME.test(lines[j] as string)) j--;
    if (j < 0) continue;
    let name = lines[j] as string;
    while (j > 0 && CONTINUES.test(lines[j - 1] as string)) name = `${lines[--j]} ${name}`;
    if (!BODY_HEAD.test(name)) continue;
    return { name, session: ordinalValue(m[1] as string), paragraph: null, start: 0, end: 0 };
  }
  return null;
}

/**
 * The Universal Periodic Review is held in the sessions of the Human Rights Council's Working
 * Group on the UPR (Council resolution 5/1, annex, para. 18): "the 34th session" of the UPR is
 * that Working Group's, the body its report and the stakeholders' summary of the review name.
 */
const UPR_WORKING_GROUP = 'Working Group on the Universal Periodic Review';
/** "UPR of Slovenia (3rd Cycle - 34th Session)", "Universal Periodic Review – Thirty-fourth session". */
const REVIEW_SESSION = new RegExp(`\\b(?:UPR|Universal\\s+Periodic\\s+Review)\\b.{0,120}?\\b(${ORDINAL_SOURCE})\\s+session\\b`, 'iu');
/** A title-block line longer than this is running text, not a heading. */
const LONGEST_TITLE_LINE = 200;

/** A title line that names the review and its session together (a heading or a running header read as one). */
function fromReviewTitle(doc: ParsedDocument): BodySession | null {
  for (const line of [...doc.titleBlock, doc.title ?? '']) {
    if (line.length > LONGEST_TITLE_LINE) continue;
    const m = REVIEW_SESSION.exec(line);
    if (m) return { name: UPR_WORKING_GROUP, session: ordinalValue(m[1] as string), paragraph: null, start: 0, end: 0 };
  }
  return null;
}

/**
 * "Report of the 2025 Social Forum", "Report of the 2019 Forum on Business and Human Rights": a
 * body that meets once a year and is known by that year records its meeting under its own name,
 * above the title block of the Council session the report is submitted to.
 */
const YEAR_TITLE = /^(?:Report\s+(?:of|on)\s+)?the\s+(?:19|20)\d\d\s+(\p{Lu}[\p{L}'’ -]{2,120}?)\s*$/u;

function fromYearTitle(doc: ParsedDocument): BodySession | null {
  for (const line of [doc.title ?? '', ...doc.titleBlock]) {
    if (line.length > LONGEST_TITLE_LINE) continue;
    const m = YEAR_TITLE.exec(line.trim());
    const name = m?.[1]?.trim();
    if (name && BODY_HEAD.test(name)) return { name, session: null, paragraph: null, start: 0, end: 0 };
  }
  return null;
}

export function bodySession(doc: ParsedDocument): BodySession | null {
  return fromText(doc) ?? fromYearTitle(doc) ?? fromTitleBlock(doc) ?? fromReviewTitle(doc);
}
