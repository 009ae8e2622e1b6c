/**
 * The stakeholder list a UPR summary keeps in its first endnote:
 *
 *   Civil society  Individual submissions:  AI Amnesty International, London, United Kingdom; …
 *   Joint submissions:  JS2 Joint submission 2 submitted by: The Peace Institute (Slovenia), the …;
 *   Regional intergovernmental organization(s):  CoE The Council of Europe, Strasbourg (France);
 *     Attachments: (CoE-GRETA) - Group of Experts on Action against Trafficking …, Report …;
 *
 * Each entry is "ACRONYM Name, City, Country;". A joint submission becomes one organization
 * (kind joint-submission, its long form as alias) and each member one more. An entry (not a
 * member, not an attachment) is a contributor: the list says it submitted what is summarised. The headings give
 * the kind of what follows. Layout is not trusted (PDF columns, re-joined lines): whitespace is
 * collapsed first and offsets mapped back to the footnote text for evidence.
 */
import type { CitableText } from './citable-texts.js';
import { evidenceAt } from './citable-texts.js';
import type { OrganizationKind } from './facts.js';
import type { OrgCandidate } from './org-candidate.js';
import { KIND_RANK, isInstrumentName } from './org-candidate.js';
import { acronymFits, isAcronymToken } from './org-definitions.js';
import { kindFromName } from './org-kind.js';
import { nameAfter } from './proper-names.js';
import { ORG_HEAD, collapse, maskParens, splitMembers } from './org-endnote-members.js';

interface Group {
  kind: OrganizationKind | null;
  rank: number;
}

interface Heading extends Partial<Group> {
  start: number;
  end: number;
  joint?: boolean;
}

const HEADINGS: [RegExp, Omit<Heading, 'start' | 'end'>][] = [
  [/Civil society(?: organi[sz]ations?)?:?/gi, { kind: 'ngo', rank: KIND_RANK.genericHeading }],
  [/National human rights institutions?(?: \(NHRIs?\))?:?/gi, { kind: 'nhri', rank: KIND_RANK.specificHeading }],
  [/(?:Regional )?intergovernmental organi[sz]ations?(?:\(s\))?:?/gi, { kind: 'igo', rank: KIND_RANK.specificHeading }],
  [/United Nations (?:entities|agencies|bodies)(?: and specialized agencies)?:?/gi, { kind: 'un-entity', rank: KIND_RANK.specificHeading }],
  [/Other stakeholders?:?/gi, { kind: null, rank: KIND_RANK.none }],
  [/Individual submissions?:/gi, { joint: false }],
  [/Joint submissions?:/gi, { joint: true }],
];

/** Headings that stand alone: at the start, after punctuation, or right after another heading. */
function findHeadings(flat: string): Heading[] {
  const all: Heading[] = [];
  for (const [re, info] of HEADINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(flat); m !== null; m = re.exec(flat)) all.push({ ...info, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start);
  const kept: Heading[] = [];
  for (const h of all) {
    const before = flat.slice(Math.max(0, h.start - 20), h.start).trimEnd();
    const prev = kept[kept.length - 1];
    const standalone =
      (before === '' && h.start < 20) || /[.;:]$/.test(before) || (prev !== undefined && flat.slice(prev.end, h.start).trim() === '');
    if (standalone && (!prev || h.start >= prev.end)) kept.push(h);
  }
  return kept;
}

export function isStakeholderList(text: string): boolean {
  const flat = collapse(text).text;
  return (
    findHeadings(flat).some((h) => h.joint !== undefined || h.kind !== undefined) &&
    /\b[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)* \p{Lu}/u.test(flat)
  );
}

function orgKind(name: string, acronym: string | null, group: Group): Group {
  const cue = kindFromName(name, acronym);
  const cueRank = cue ? (cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName) : KIND_RANK.none;
  return cue && cueRank > group.rank ? { kind: cue.kind, rank: cueRank } : group;
}

export function findEndnoteStakeholders(footnotes: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const note of footnotes) {
    if (!isStakeholderList(note.text)) continue;
    const flat = collapse(note.text);
    const ev = (start: number, end: number) => evidenceAt(note.key, note.text, flat.map[start]!, flat.map[end - 1]! + 1);
    const headings = findHeadings(flat.text);
    let group: Group = { kind: null, rank: KIND_RANK.none };
    for (const [i, h] of headings.entries()) {
      if (h.kind !== undefined) group = { kind: h.kind, rank: h.rank ?? KIND_RANK.none };
      const segEnd = headings[i + 1]?.start ?? flat.text.length;
      out.push(...entriesIn(flat.text, h.end, segEnd, group, isPlace, ev));
    }
  }
  return out;
}

type Ev = (start: number, end: number) => OrgCandidate['evidence'][number];

/** An attachment that is a document ("Letter of Commissioner X", "Report by …"), not a body. */
const DOCUMENT_OPENER = /^(?:Letter|Report|Note|Communication|Opinion|Resolution|Factsheet|Conclusions|Statement|Submission|Decision)s?\b/;
const ATTACHMENT = /\(([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)(?: [^()]*)?\)\s*[-–]?\s*/g;
const ENTRY = /^([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\s+(\S.*?)[.\s]*$/;

function entriesIn(flat: string, from: number, to: number, group: Group, isPlace: (n: string) => boolean, ev: Ev): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  // Attachments name bodies of the organization above them: "(CoE-GRETA) - Group of Experts …, Report …".
  // Without a body's name ("(CoE-CPT) Report to the Government …") the acronym still learns the heading's kind.
  const segment = flat.slice(0, to);
  ATTACHMENT.lastIndex = from;
  for (let m = ATTACHMENT.exec(segment); m !== null; m = ATTACHMENT.exec(segment)) {
    const acronym = m[1]!;
    if (!isAcronymToken(acronym)) continue;
    const span = nameAfter(segment, m.index + m[0].length);
    const named = span !== null && ORG_HEAD.test(span.text) && !isInstrumentName(span.text) && !DOCUMENT_OPENER.test(span.text);
    const k = orgKind(named ? span.text : '', acronym, group);
    out.push({
      name: named ? span.text : null,
      acronym,
      aliases: [],
      kind: k.kind,
      kindRank: k.rank,
      location: null,
      method: 'rule',
      confidence: 0.8,
      hintOnly: !named,
      evidence: [ev(m.index, named ? span.end : m.index + m[0].trimEnd().length)],
    });
  }
  // Entries: "ACR Name, City, Country", separated by ";" outside parentheses.
  const masked = maskParens(flat.slice(from, to));
  let cursor = from;
  const spans: { start: number; end: number }[] = [];
  for (const part of masked.split(';')) {
    const start = cursor;
    cursor += part.length + 1;
    const raw = flat.slice(start, start + part.length);
    const entry = ENTRY.exec(raw.trim());
    const opens = entry !== null && isAcronymToken(entry[1]!) && !/^Attachments?:/.test(entry[2]!);
    // "JS1 Joint submission 1 submitted by: A, Accra (Ghana); B, Abidjan (Côte d'Ivoire);": the
    // members of a joint submission may be separated by semicolons too, so a part that opens on
    // no acronym continues the joint submission before it.
    const previous = spans[spans.length - 1];
    if (!opens && previous && isJointEntry(flat.slice(previous.start, previous.end)) && /^\s*\p{Lu}/u.test(raw)) {
      previous.end = start + part.length;
      continue;
    }
    if (opens) spans.push({ start, end: start + part.length });
  }
  for (const span of spans) {
    const raw = flat.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const entry = ENTRY.exec(raw.trim())!;
    const restStart = span.start + lead + raw.trim().indexOf(entry[2]!, entry[1]!.length);
    out.push(...parseEntry(flat, entry[1]!, entry[2]!, restStart, group, isPlace, ev));
  }
  return out;
}

const JOINT_ENTRY = /^\s*\S+\s+Joint submission\s*\d+\b/i;

function isJointEntry(text: string): boolean {
  return JOINT_ENTRY.test(text);
}

function parseEntry(
  flat: string,
  acr: string,
  rest: string,
  restStart: number,
  group: Group,
  isPlace: (n: string) => boolean,
  ev: Ev,
): OrgCandidate[] {
  const joint = /^Joint submission\s*(\d+)\s*(?:submitted by)?\s*:?\s*/i.exec(rest);
  if (joint) {
    const parts = acr.split('/');
    const jsAcr = parts.find((p) => /^JS\d+$/.test(p)) ?? acr;
    const others = parts.filter((p) => p !== jsAcr);
    const membersFrom = restStart + joint[0].length;
    const membersTo = restStart + rest.replace(/[.\s]+$/, '').length;
    const members = splitMembers(flat, membersFrom, membersTo, isPlace);
    const jsName = `Joint submission ${joint[1]}`;
    // "PTPR/JS4 Joint submission 4 submitted by: Members of the …": a submission filed under a
    // second acronym is that author's (a coalition's) submission, so the acronym names it too and
    // the coalition and the submission are one organization, not two.
    const longForm = flat.slice(restStart, membersTo);
    const jsFact: OrgCandidate = {
      name: jsName,
      acronym: jsAcr,
      aliases: [longForm, ...(jsAcr !== acr ? [acr, ...others] : [])],
      kind: 'joint-submission',
      kindRank: KIND_RANK.specificHeading,
      location: null,
      method: 'rule',
      confidence: 0.9,
      evidence: [ev(restStart, membersTo)],
      contribution: ev(restStart, membersTo),
    };
    const memberFacts = members.map((m): OrgCandidate => {
      const own = others.find((o) => acronymFits(o, m.name) && o.length === m.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length);
      const k = orgKind(m.name, own ?? null, group);
      return {
        name: m.name,
        acronym: own ?? null,
        aliases: [],
        kind: k.kind,
        kindRank: k.rank,
        location: m.location,
        method: 'rule',
        confidence: 0.85,
        evidence: [ev(m.start, m.end)],
      };
    });
    return [jsFact, ...memberFacts];
  }
  // "Amnesty International, London, United Kingdom": the name, then where it sits.
  const body = rest.replace(/[.\s]+$/, '');
  const comma = maskParens(body).indexOf(',');
  let name = (comma < 0 ? body : body.slice(0, comma)).trim();
  let location = comma < 0 ? null : body.slice(comma + 1).trim() || null;
  const paren = /\s*\(([^()]*)\)$/.exec(name);
  if (paren) {
    location = location ? `${paren[1]}, ${location}` : paren[1]!;
    name = name.slice(0, paren.index);
  }
  const lead = /^(?:the|The)\s+/.exec(name);
  const nameStart = restStart + (lead ? lead[0].length : 0);
  if (lead) name = name.slice(lead[0].length);
  if (!/^\p{Lu}/u.test(name)) return [];
  const k = orgKind(name, acr, group);
  const evidence = ev(nameStart, nameStart + name.length);
  return [
    {
      name,
      acronym: acr,
      aliases: [],
      kind: k.kind,
      kindRank: k.rank,
      location,
      method: 'rule',
      confidence: 0.9,
      evidence: [evidence],
      contribution: evidence,
    },
  ];
}
