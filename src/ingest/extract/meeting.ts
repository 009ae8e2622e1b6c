/**
 * The meeting a document records: "The second constructive dialogue on the smuggling of
 * migrants took place on 9 October 2023 … in a hybrid format …", or in a UPR report "The
 * review of Slovenia was held at the 13th meeting, on 12 November 2019". Around that anchor
 * sentence: how many took part (anywhere in the text, in sentences with a participation verb)
 * and the Working Group session the meeting follows.
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { Evidence, MeetingFact, ParticipationCount } from './facts.js';
import { findDates, type DateMatch } from './text-dates.js';
import { spanEvidence } from './text-evidence.js';
import { readOrgRef } from './text-names.js';
import { ORDINAL_SOURCE, ordinalValue, readCardinalAt } from './text-numbers.js';
import { splitSentences, type Sentence } from './text-sentences.js';
import type { BodySession } from './meeting/body-session.js';
import { analyseDocument } from './analysis/document-analysis.js';
import { firstDay } from './meeting/first-day.js';
import { reviewFrame, type ReviewFrame } from './meeting/review-frame.js';
import { stateGazetteer } from './text-states.js';
import type { Vocabularies } from './vocabulary.js';

interface Anchor {
  p: ParsedParagraph;
  sentence: Sentence;
  kind: string;
  ordinal: number | null;
  title: string;
  subject: string | null;
  date: DateMatch | null;
}

const DIALOGUE = new RegExp(
  `\\b(?:(${ORDINAL_SOURCE})\\s+)?((?:constructive|interactive|multi-stakeholder|stakeholder|intersessional|informal)\\s+(?:dialogue|consultation|hearing)s?)\\b`,
  'gi',
);
const HAPPENED = /\b(?:took place|(?:was|were)\s+(?:held|convened|organi[sz]ed|conducted)|held|convened|met)\b/;
const REVIEW_HELD = /\b[Tt]he review of ((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’-]*)){0,7}) was held\b/u;
/** "Mongolia was reviewed at the 7th meeting, on 3 May 2024": the State, subject of the sentence, reviewed at a meeting. */
const STATE_REVIEWED = /^((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’-]*)){0,7}(?:\s+\([^()]+\))?) was reviewed\b/u;
const AT_MEETING = new RegExp(`\\bat\\s+(?:its|the)\\s+(${ORDINAL_SOURCE})\\s+meeting\\b`, 'i');

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "on the smuggling of migrants took place" → "smuggling of migrants". */
function subjectBetween(text: string): string | null {
  const m = /^\s+(?:on|about|regarding)\s+(?:the\s+)?(.+?)\s*,?\s*$/.exec(text);
  return m && (m[1] as string).length <= 150 ? (m[1] as string) : null;
}

function dialogueAnchor(p: ParsedParagraph, s: Sentence): Anchor | null {
  DIALOGUE.lastIndex = 0;
  for (const m of s.text.matchAll(DIALOGUE)) {
    const after = m.index + m[0].length;
    const rest = s.text.slice(after);
    const verb = HAPPENED.exec(rest);
    if (!verb) continue;
    const between = rest.slice(0, verb.index);
    if (between.length > 160) continue;
    const subject = subjectBetween(between);
    const dates = findDates(s.text).filter((d) => d.start >= after + verb.index);
    const kind = (m[2] as string).toLowerCase().replace(/s$/, '');
    const ordinal = m[1] ? ordinalValue(m[1]) : null;
    const titleEnd = subject ? after + between.replace(/\s*,?\s*$/, '').length : after;
    const title = capitalise(s.text.slice(m.index, titleEnd).replace(/^the\s+/i, ''));
    return { p, sentence: s, kind, ordinal, title, subject, date: dates[0] ?? null };
  }
  return null;
}

/** "X was reviewed at the Nth meeting …" read like "The review of X was held at …" (the meeting must be named). */
function reviewedAtMeeting(text: string): RegExpExecArray | null {
  const m = STATE_REVIEWED.exec(text);
  return m && AT_MEETING.test(text.slice(m[0].length)) ? m : null;
}

function reviewAnchor(doc: ParsedDocument, p: ParsedParagraph, s: Sentence): Anchor | null {
  const m = REVIEW_HELD.exec(s.text) ?? reviewedAtMeeting(s.text);
  if (!m) return null;
  const state = (m[1] as string).replace(/^the\s+/i, '');
  const upr = /universal periodic review/i.test([doc.title ?? '', ...doc.titleBlock].join(' '));
  const ord = AT_MEETING.exec(s.text);
  const dates = findDates(s.text).filter((d) => d.start > m.index);
  return {
    p,
    sentence: s,
    kind: upr ? 'universal periodic review' : 'review',
    ordinal: ord ? ordinalValue(ord[1] as string) : null,
    title: `${upr ? 'Universal periodic review' : 'Review'} of ${state}`,
    subject: state,
    date: dates[0] ?? null,
  };
}

/** The sentence that says the meeting happened; a dialogue with a date beats one without, and beats a review. */
function findAnchor(doc: ParsedDocument): Anchor | null {
  let undated: Anchor | null = null;
  let review: Anchor | null = null;
  for (const p of doc.paragraphs) {
    if (!/dialogue|consultation|hearing|review of|\bwas reviewed\b/i.test(p.text)) continue;
    for (const s of splitSentences(p.text)) {
      const a = dialogueAnchor(p, s);
      if (a?.date) return a;
      if (a && !undated) undated = a;
      if (!review) review = reviewAnchor(doc, p, s);
    }
  }
  return undated ?? review;
}

function formatOf(text: string): string | null {
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  const online = /\b(?:online|virtual(?:ly)?|remote(?:ly)?|videoconference)\b/i.test(text);
  const inPerson = /\bin[- ]person\b/i.test(text);
  if (online && inPerson) return 'hybrid';
  if (online) return 'online';
  if (inPerson) return 'in person';
  return null;
}

const PARTICIPATED = /\b(?:participated|took part|attended|were represented|made statements|delivered statements|took the floor|joined)\b/;

const KIND_AFTER_NUMBER: [ParticipationCount['kind'], RegExp][] = [
  ['ngo', /^\s+(?:other\s+)?(?:relevant\s+)?(?:non-governmental\s+organi[sz]ations|NGOs|civil\s+society\s+organi[sz]ations)\b/i],
  ['other-stakeholder', /^\s+other\s+(?:relevant\s+)?stakeholders\b/i],
  ['academia', /^\s+(?:from\s+academia|academic\s+(?:institutions|entities|experts|organi[sz]ations)|universities|academics)\b/i],
  [
    'private-sector',
    /^\s+(?:from\s+the\s+private\s+sector|private[- ]sector\s+(?:entities|representatives|organi[sz]ations|companies)|companies|businesses)\b/i,
  ],
  ['member-state', /^\s+(?:Member\s+States|States\s+parties|States|Governments)\b/],
  ['delegation', /^\s+delegations\b/i],
  [
    'other',
    /^\s+(?:relevant\s+)?(?:stakeholders|intergovernmental\s+organi[sz]ations|observers|United\s+Nations\s+entities|national\s+human\s+rights\s+institutions)\b/i,
  ],
];

/** "Forty non-governmental organizations … thirty-eight Member States", "81 delegations made statements". */
function participation(doc: ParsedDocument): { counts: ParticipationCount[]; evidence: Evidence[] } {
  const counts: ParticipationCount[] = [];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    if (!PARTICIPATED.test(p.text)) continue;
    for (const s of splitSentences(p.text)) {
      if (!PARTICIPATED.test(s.text)) continue;
      for (const w of s.text.matchAll(/(?<![\p{L}\p{N}-])[\p{L}\p{N}]/gu)) {
        const num = readCardinalAt(s.text, w.index);
        if (!num || num.value <= 0 || num.value >= 100000) continue;
        // a year is not a head count ("in 2019 States …")
        if (/^\d{4}$/.test(s.text.slice(num.start, num.end)) && num.value >= 1900 && num.value <= 2100) continue;
        const rest = s.text.slice(num.end, num.end + 80);
        for (const [kind, re] of KIND_AFTER_NUMBER) {
          const k = re.exec(rest);
          if (!k) continue;
          if (!seen.has(kind)) {
            seen.add(kind);
            const ev = spanEvidence(p, s.start + num.start, s.start + num.end + k[0].length);
            counts.push({ kind, count: num.value, quote: ev.quote ?? '' });
            evidence.push(ev);
          }
          break;
        }
      }
    }
  }
  return { counts, evidence };
}

const SESSION_OF = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\s+of\\s+(?:the\\s+)?(?=Working Group\\b)`, 'gi');
const HELD_ITS = new RegExp(`\\bheld\\s+its\\s+(${ORDINAL_SOURCE})\\s+session\\b`, 'i');

interface WorkingGroupRead {
  name: string;
  sessionOrdinal: number | null;
  evidence: Evidence;
}

/** "the tenth session of the Working Group on the Smuggling of Migrants" / "The Working Group on … held its thirty-fourth session". */
function workingGroupIn(p: ParsedParagraph): WorkingGroupRead | null {
  let fallback: WorkingGroupRead | null = null;
  for (const s of splitSentences(p.text)) {
    if (!s.text.includes('Working Group')) continue;
    for (const m of s.text.matchAll(SESSION_OF)) {
      const org = readOrgRef(s.text, m.index + m[0].length);
      if (org?.name) {
        return {
          name: org.name,
          sessionOrdinal: ordinalValue(m[1] as string),
          evidence: spanEvidence(p, s.start + m.index, s.start + org.end),
        };
      }
    }
    const at = s.text.indexOf('Working Group');
    const org = readOrgRef(s.text, at);
    if (!org?.name) continue;
    const held = HELD_ITS.exec(s.text.slice(org.end));
    if (held) return { name: org.name, sessionOrdinal: ordinalValue(held[1] as string), evidence: spanEvidence(p, s.start, s.end) };
    if (!fallback && org.name !== 'Working Group')
      fallback = { name: org.name, sessionOrdinal: null, evidence: spanEvidence(p, s.start + at, s.start + org.end) };
  }
  return fallback;
}

const ORDINAL_SESSION = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+session\\b`, 'gi');

/** The dates of the session, from the sentence that says when it "was held" / "took place". */
function sessionDates(doc: ParsedDocument, ordinal: number): { dates: string[]; evidence: Evidence } | null {
  for (const p of doc.paragraphs) {
    if (!/session/i.test(p.text)) continue;
    for (const s of splitSentences(p.text)) {
      for (const m of s.text.matchAll(ORDINAL_SESSION)) {
        if (ordinalValue(m[1] as string) !== ordinal) continue;
        const after = m.index + m[0].length;
        for (const d of findDates(s.text)) {
          if (d.start < after) continue;
          const gap = s.text.slice(after, d.start);
          if (gap.length > 200 || /dialogue/i.test(gap)) break;
          if (!/\b(?:held|took place|convened|met|from|on)\b/.test(gap)) break;
          return { dates: d.dates, evidence: spanEvidence(p, s.start + m.index, s.start + d.end) };
        }
      }
    }
  }
  return null;
}

function bodyEvidence(doc: ParsedDocument, b: BodySession): Evidence[] {
  const p = b.paragraph !== null ? doc.paragraphs.find((x) => x.number === b.paragraph) : undefined;
  return p ? [spanEvidence(p, b.start, b.end)] : [];
}

/**
 * A document that is a body's own record (a Council session report, a review summary) has no
 * sentence saying "the dialogue took place on …": its meeting is the body's session, dated by the
 * record's opening date or the title block.
 */
function sessionMeeting(doc: ParsedDocument, vocab: Vocabularies | undefined): MeetingFact | null {
  const body = analyseDocument(doc).body;
  const day = firstDay(doc);
  if (!body && !day) return null;
  const review = vocab ? reviewFrame(doc, body, stateGazetteer(doc, vocab)) : null;
  const p = day?.paragraph ? doc.paragraphs.find((x) => x.number === day.paragraph) : undefined;
  const evidence = [...(p && day ? [spanEvidence(p, day.start, day.end)] : []), ...(body ? bodyEvidence(doc, body) : [])];
  if (evidence.length === 0 && doc.paragraphs[0]) evidence.push(spanEvidence(doc.paragraphs[0], 0, 0));
  return {
    ...(review ? reviewFields(review, day ? [day.date, ...(day.endDate ? [day.endDate] : [])] : []) : sessionFields(doc, body)),
    date: day?.date ?? null,
    endDate: day?.endDate ?? null,
    format: null,
    participation: participation(doc).counts,
    body: body ? { name: body.name, session: body.session } : null,
    method: 'pattern',
    confidence: 0.6,
    evidence,
  };
}

type FrameFields = Pick<MeetingFact, 'title' | 'kind' | 'ordinal' | 'subject' | 'workingGroup'>;

/** A body's own record of one of its sessions. */
function sessionFields(doc: ParsedDocument, body: BodySession | null): FrameFields {
  const kind = body?.session != null ? 'session' : null;
  return { title: doc.title ?? body?.name ?? 'Meeting', kind, ordinal: null, subject: null, workingGroup: null };
}

/** A document prepared for a review (a stakeholders' summary): the review of that State at that session. */
function reviewFields(r: ReviewFrame, sessionDates: string[]): FrameFields {
  const upr = /universal periodic review/i.test(r.body);
  return {
    title: `${upr ? 'Universal periodic review' : 'Review'} of ${r.state}`,
    kind: upr ? 'universal periodic review' : 'review',
    ordinal: null,
    subject: r.state,
    workingGroup: { name: r.body, sessionOrdinal: r.session, sessionDates },
  };
}

/**
 * The meeting a document records. With the vocabularies, a review's State is read as the
 * gazetteer names it, so a Working Group report and a stakeholders' summary of the same review
 * name the same State (and so, in resolve, the same meeting).
 */
export function extractMeeting(doc: ParsedDocument, vocab?: Vocabularies): MeetingFact | null {
  const anchor = findAnchor(doc);
  if (!anchor) return sessionMeeting(doc, vocab);
  if (vocab && anchor.subject && /review/.test(anchor.kind)) {
    const state = stateGazetteer(doc, vocab).lookup(anchor.subject);
    if (state && state !== anchor.subject) anchor.title = anchor.title.replace(anchor.subject, state);
    if (state) anchor.subject = state;
  }
  const { p, sentence } = anchor;
  const evidence: Evidence[] = [spanEvidence(p, sentence.start, sentence.end)];

  const { counts, evidence: countEvidence } = participation(doc);
  for (const e of countEvidence) {
    if (!evidence.some((x) => x.paragraph === e.paragraph && x.start === e.start && x.end === e.end)) evidence.push(e);
  }

  let workingGroup: MeetingFact['workingGroup'] = null;
  const wg = workingGroupIn(p) ?? firstWorkingGroup(doc);
  if (wg) {
    const dates = wg.sessionOrdinal !== null ? sessionDates(doc, wg.sessionOrdinal) : null;
    workingGroup = { name: wg.name, sessionOrdinal: wg.sessionOrdinal, sessionDates: dates?.dates ?? [] };
    evidence.push(wg.evidence);
    if (dates) evidence.push(dates.evidence);
  }

  const body = analyseDocument(doc).body;
  const day = anchor.date ? null : firstDay(doc);
  const dates = anchor.date?.dates ?? (day ? [day.date, ...(day.endDate ? [day.endDate] : [])] : []);
  if (body) evidence.push(...bodyEvidence(doc, body));
  return {
    body: body ? { name: body.name, session: body.session } : null,
    title: anchor.title,
    kind: anchor.kind,
    ordinal: anchor.ordinal,
    date: dates[0] ?? null,
    endDate: dates.length > 1 ? (dates[dates.length - 1] as string) : null,
    format: formatOf(sentence.text) ?? formatOf(p.text),
    subject: anchor.subject,
    participation: counts,
    workingGroup,
    method: 'pattern',
    confidence: anchor.date ? 0.85 : 0.6,
    evidence,
  };
}

function firstWorkingGroup(doc: ParsedDocument): WorkingGroupRead | null {
  for (const p of doc.paragraphs.slice(0, 50)) {
    if (!p.text.includes('Working Group')) continue;
    const wg = workingGroupIn(p);
    if (wg?.sessionOrdinal !== null && wg) return wg;
  }
  return null;
}
