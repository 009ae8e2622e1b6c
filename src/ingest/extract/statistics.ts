/**
 * Figures a document reports, with what they measure, whom they count and who reported them.
 *
 * What counts as a statistic (and what does not):
 * - percentages ("68%", "23 per cent", "(47%)"), except targets and quotas ("minimum 40 per
 *   cent representation"): a share is a measurement by nature;
 * - "X out of Y …" ("138 out of the total of 142 recommendations"): both the part and the total,
 *   a count of the same things (as "36 of the 212 cases" in plain-counts.ts);
 * - a number attached to a measured unit: a survey unit ("48,415 interviews of migrants",
 *   "1,200 respondents") always; a count of people or events ("300 children were detained",
 *   "2,000 deaths") only in a sentence that reports a measurement (survey, data, recorded,
 *   reported, estimated, detained…);
 * - money amounts ("EUR 5 million").
 * Counts of participants or members ("8 representatives", "21 States of the Bali Process",
 * "Forty non-governmental organizations") describe the meeting or a body, not a measured
 * population, and are left to the meeting extractor; so are dates, ages, article and
 * paragraph numbers, and numbers written as words.
 *
 * Population: "of X" after the figure, the subject of "women comprised 23 per cent", a counted
 * people noun ("300 children"), else the last population named for an earlier figure of the
 * same paragraph (a survey's "of interviewees" carries to its following percentages).
 *
 * Reported by: the author a sentence names ("a survey undertaken by MMC", "according to AI"),
 * else the organization of the statement whose span contains the figure, else the acronym that
 * opens the paragraph's reporting sentence ("OSCE/ODIHR reported that …").
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { ObservationFact, OrganizationFact, OrgRef, StatementFact, StatisticFact } from './facts.js';
import { evidenceAt, paragraphTexts, type CitableText } from './citable-texts.js';
import { findDefinitions } from './org-definitions.js';
import { acronymKey, nameKey } from './org-candidate.js';
import { isAcronymWord, nameAfter } from './proper-names.js';
import { clauseAround, isPeople, ofPopulation, sentences, subjectPopulation, type Range } from './stat-clauses.js';
import { countsIn } from './statistics/plain-counts.js';
import { mayHoldNumber } from './text-numbers.js';
import { orgIndex, type OrgIndex } from './text-subjects.js';
import { asKnownOrganizations } from './organizations/lookup.js';

interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** Population stated with the figure itself ("of X", "300 children"). */
  population: string | null;
  confidence: number;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PERCENT = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s*(?:%|per\s?cent\b|percent\b)`, 'gi');
/** "from 52 to 81 per cent", "between 10 and 15%": the first bound shares the second's unit. */
const PERCENT_RANGE_START = new RegExp(
  String.raw`\b(?:from|between)\s+(${NUMBER})\s+(?:to|and)\s+(?=(?:${NUMBER})\s*(?:%|per\s?cent\b|percent\b))`,
  'gi',
);
const OUT_OF = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s+out\s+of\s+(?:(?:a|the)\s+total\s+of\s+)?(${NUMBER})\s+([\p{L}-]+)`, 'dgiu');
/**
 * "only 12 of 193 States": a part of a total without "out" ("N of the M" is plain-counts.ts's), the things
 * counted a plural noun (so "Law 12 of 2019" or "decree 5 of 2015 requires" are not read).
 */
const OF_TOTAL = new RegExp(
  String.raw`(?<![\d.,]|\b(?:[Ll]aw|[Aa]ct|[Dd]ecree|[Rr]esolution|[Aa]rticle|[Nn]o\.?|[Pp]aragraph|[Dd]ecision)\s)(${NUMBER})\s+of\s+(?!(?:19|20)\d\d\b)(${NUMBER})\s+((?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+[^s\s]s|people|children|men|women|Member\s+States|States))\b`,
  'dgu',
);
const SURVEY_UNITS = /^(?:interviews|interviewees|respondents|surveys|questionnaires|responses)$/i;
const COUNT_UNITS =
  /^(?:migrants|people|persons|individuals|refugees|asylum-seekers|children|minors|women|men|girls|boys|victims|cases|deaths|arrivals|crossings|incidents|smugglers|households|families|boats|vessels|prosecutions|convictions|investigations|arrests|complaints|applications|deportations|returns|detainees|survivors|fatalities|interceptions)$/i;
const COUNT = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})(\s+(?:million|billion|trillion|thousand))?\s+([\p{L}-]+)`, 'giu');
const MONEY = new RegExp(String.raw`(?:US\$|USD|EUR|€|\$|£|CHF)\s?(${NUMBER})(\s+(?:million|billion|trillion))?`, 'g');
const MEASURED =
  /\b(?:survey|surveys|study|studies|interview|data|statistic|statistics|figures?|recorded|reported|registered|estimated|according to|found|identified|detained|arrested|died|drowned|arrived|rescued|intercepted|prosecuted|convicted|counted|documented)\b/i;
const POLICY_FIGURE = /\b(?:minimum|maximum|quota|target|threshold|ceiling|at most)\s+(?:of\s+)?(?:\S+\s+){0,1}$/i;
const AUTHOR =
  /\b(?:survey|study|research|report|assessment|poll|analysis|data)\s+(?:\S+\s+){0,3}?(?:undertaken|conducted|carried out|published|commissioned|compiled|collected|released|done|produced)\s+by\s+(?:the\s+)?/gi;
const ACCORDING =
  /\b(?:according to|by\s+the\s+(?:count|estimate|estimates|reckoning|tally)\s+of)\s+(?:the\s+)?(?:(?:findings|data|figures|survey|research|report|study)\s+(?:of|by)\s+(?:the\s+)?)?/gi;
const REPORTING_SUBJECT =
  /^(?:The\s+)?([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\s+(?:\([A-Z][\w/-]*\)\s+)?(?:stated|reported|noted|said|found|indicated|explained|concluded|observed|estimated|recorded|described|outlined)\b/;

/**
 * A count's value: things counted are whole, so "25.671 people" (a full stop before exactly
 * three digits, as much of Europe writes thousands) is 25,671, never a decimal.
 */
function parseCount(raw: string, scale?: string): number {
  return !scale?.trim() && /^\d{1,3}(?:\.\d{3})+$/.test(raw) ? Number(raw.replace(/\./g, '')) : parseNumber(raw, scale);
}

function parseNumber(raw: string, scale?: string): number {
  const n = Number(raw.replace(/,/g, ''));
  const factor = { million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3 }[(scale ?? '').trim().toLowerCase()] ?? 1;
  return n * factor;
}

function overlaps(figures: Figure[], start: number, end: number): boolean {
  return figures.some((f) => start < f.end && f.start < end);
}

/** Every figure in one sentence, by the rules above. */
export function figuresIn(text: string, sentence: Range): Figure[] {
  const s = text.slice(sentence.start, sentence.end);
  const at = (i: number): number => sentence.start + i;
  const out: Figure[] = [];
  const measured = MEASURED.test(s);
  // Look-behinds use a short window, so one huge sentence stays linear.
  const behind = (i: number): string => s.slice(Math.max(0, i - 80), i);
  for (const m of [...s.matchAll(OUT_OF), ...s.matchAll(OF_TOTAL)]) {
    out.push({
      start: at(m.index),
      end: at(m.index + m[0].length),
      value: parseNumber(m[1]!),
      unit: m[3]!,
      population: m[3]!,
      confidence: 0.8,
    });
    // the total is a finding of its own ("142 recommendations" accepted), read as a count of the same things
    const totalStart = m.indices![2]![0];
    out.push({
      start: at(totalStart),
      end: at(m.index + m[0].length),
      value: parseNumber(m[2]!),
      unit: m[3]!,
      population: m[3]!,
      confidence: 0.7,
    });
  }
  for (const m of s.matchAll(PERCENT_RANGE_START)) {
    const numAt = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    if (POLICY_FIGURE.test(behind(m.index))) continue;
    const population = subjectPopulation(behind(m.index));
    out.push({
      start: at(numAt),
      end: at(numAt + m[1]!.length),
      value: parseNumber(m[1]!),
      unit: '%',
      population,
      confidence: population ? 0.8 : 0.7,
    });
  }
  for (const m of s.matchAll(PERCENT)) {
    if (overlaps(out, at(m.index), at(m.index + m[0].length)) || POLICY_FIGURE.test(behind(m.index))) continue;
    const population = ofPopulation(s.slice(m.index + m[0].length, m.index + m[0].length + 80)) ?? subjectPopulation(behind(m.index));
    out.push({
      start: at(m.index),
      end: at(m.index + m[0].length),
      value: parseNumber(m[1]!),
      unit: '%',
      population,
      confidence: population ? 0.85 : 0.75,
    });
  }
  for (const m of s.matchAll(COUNT)) {
    const unit = m[3]!;
    const survey = SURVEY_UNITS.test(unit);
    if (!survey && !(COUNT_UNITS.test(unit) && measured)) continue;
    if (/^(?:19|20)\d{2}$/.test(m[1]!) && !m[2]) continue; // a year before a noun ("2018 migrants" is rare, "in 2018 children" common)
    if (/\b(?:one|two|three|\d{1,2})\s+in\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index))) continue; // a ratio ("1 in 4 children")
    if (overlaps(out, at(m.index), at(m.index + m[0].length))) continue;
    const population = ofPopulation(s.slice(m.index + m[0].length, m.index + m[0].length + 80)) ?? (isPeople(unit) ? unit : null);
    out.push({ start: at(m.index), end: at(m.index + m[0].length), value: parseCount(m[1]!, m[2]), unit, population, confidence: 0.7 });
  }
  for (const m of s.matchAll(MONEY)) {
    if (overlaps(out, at(m.index), at(m.index + m[0].length))) continue;
    const unit = /EUR|€/.test(m[0]) ? 'EUR' : /£/.test(m[0]) ? 'GBP' : /CHF/.test(m[0]) ? 'CHF' : 'USD';
    out.push({
      start: at(m.index),
      end: at(m.index + m[0].length),
      value: parseNumber(m[1]!, m[2]),
      unit,
      population: null,
      confidence: 0.6,
    });
  }
  // plain counts ("94 delegations", "Nineteen written contributions reached …")
  for (const c of countsIn(text, sentence)) {
    if (out.some((f) => c.start < f.end && f.start < c.end)) continue;
    const unit = c.unit.startsWith('of ') ? 'count' : c.unit;
    out.push({ start: c.start, end: c.end, value: c.value, unit, population: isPeople(c.unit) ? c.unit : null, confidence: 0.65 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "MMC" → {name: "Mixed Migration Centre", acronym: "MMC"} when the document defines it. */
function orgRef(surface: string, definitions: Map<string, OrgRef>): OrgRef {
  if (isAcronymWord(surface) || /^[A-Z][A-Za-z]*[A-Z]/.test(surface)) {
    return definitions.get(`a:${acronymKey(surface)}`) ?? { name: null, acronym: surface };
  }
  return definitions.get(`n:${nameKey(surface)}`) ?? { name: surface, acronym: null };
}

function namedAfter(text: string, index: number): string | null {
  const acr = /^([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\b/.exec(text.slice(index));
  if (acr && isAcronymWord(acr[1]!.replace(/[a-z]/g, ''))) return acr[1]!;
  return nameAfter(text, index)?.text ?? null;
}

/** The author a sentence names for its data: "survey undertaken by MMC", "according to AI". */
function namedAuthor(text: string, range: Range): string | null {
  const s = text.slice(range.start, range.end);
  for (const re of [AUTHOR, ACCORDING]) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (!m) continue;
    // "by the count of the secretariat": the meeting's secretariat, named by its common noun
    if (/^secretariat\b/i.test(s.slice(m.index + m[0].length))) return 'secretariat';
    return namedAfter(s, m.index + m[0].length);
  }
  return null;
}

function sameOrg(a: OrgRef, b: OrgRef): boolean {
  return (
    (a.acronym !== null && b.acronym !== null && acronymKey(a.acronym) === acronymKey(b.acronym)) ||
    (a.name !== null && b.name !== null && nameKey(a.name) === nameKey(b.name))
  );
}

/**
 * The statements whose sentences hold `position`. When two speakers share one sentence ("The
 * observer for X presented …, and the observer for Y shared results …"), the one named last
 * before the figure comes first: the figure is in that speaker's clause.
 */
function containingAt(statements: StatementFact[], paragraph: string, position: number, text: string): StatementFact[] {
  const here = statements.filter((s) => s.paragraph === paragraph);
  const containing = here.filter((s) =>
    s.evidence.some(
      (e) => e.paragraph === paragraph && (e.start === undefined || e.end === undefined || (e.start <= position && position < e.end)),
    ),
  );
  if (containing.length < 2) return containing;
  const namedAt = (s: StatementFact): number => (s.speaker.surface ? text.lastIndexOf(s.speaker.surface, position) : -1);
  return [...containing].sort((a, b) => namedAt(b) - namedAt(a));
}

function statementAt(statements: StatementFact[], paragraph: string, position: number, text: string): StatementFact | null {
  const here = statements.filter((s) => s.paragraph === paragraph);
  return containingAt(statements, paragraph, position, text)[0] ?? (here.length === 1 ? here[0]! : null);
}

function statementOrg(statements: StatementFact[], paragraph: string, position: number, text: string): OrgRef | null {
  const here = statements.filter((s) => s.paragraph === paragraph);
  const containing = containingAt(statements, paragraph, position, text);
  const candidates = containing.length > 0 ? containing : here.length === 1 ? here : [];
  const withOrg = candidates.find((s) => s.speaker.organization !== null);
  return withOrg?.speaker.organization ?? null;
}

/** Fills in the half of a reference the document defines elsewhere (acronym ↔ name). */
function completed(ref: OrgRef | null, definitions: Map<string, OrgRef>): OrgRef | null {
  if (!ref || (ref.name && ref.acronym)) return ref;
  const known = (ref.acronym && definitions.get(`a:${acronymKey(ref.acronym)}`)) || (ref.name && definitions.get(`n:${nameKey(ref.name)}`));
  return known ? { name: ref.name ?? known.name, acronym: ref.acronym ?? known.acronym } : ref;
}

/**
 * The speaking person who reports a figure: the statement's speaker, unless the sentence names
 * another author. An author that is the speaker's own organization, in full or by its last words
 * ("the Coalition" for the UNCAC Coalition), leaves the speaker the reporter.
 */
function speakerReporter(statement: StatementFact | null, author: OrgRef | null): string | null {
  const key = statement?.speaker.personKey ?? null;
  if (!author || !key) return key;
  const own = statement?.speaker.organization;
  if (!own) return null;
  if (sameOrg(author, own)) return key;
  const short = author.name ? nameKey(author.name) : '';
  const full = own.name ? nameKey(own.name) : '';
  return short && full.endsWith(` ${short}`) ? key : null;
}

function reportedBy(author: OrgRef | null, speaker: OrgRef | null, subject: OrgRef | null): OrgRef | null {
  if (author && speaker && sameOrg(author, speaker))
    return { name: speaker.name ?? author.name, acronym: speaker.acronym ?? author.acronym };
  return author ?? speaker ?? subject;
}

function definitionsOf(paragraphs: CitableText[]): Map<string, OrgRef> {
  const map = new Map<string, OrgRef>();
  for (const d of findDefinitions(paragraphs, () => false)) {
    const ref = { name: d.name, acronym: d.acronym };
    if (d.acronym) map.set(`a:${acronymKey(d.acronym)}`, ref);
    if (d.name) map.set(`n:${nameKey(d.name)}`, ref);
  }
  return map;
}

/**
 * "According to the Coalition": a body's head noun alone refers back to the one organization of
 * the document with that head ("UNCAC Coalition"); none when two share it (text-subjects.ts byHead).
 */
function backReference(surface: string, heads: OrgIndex): OrgRef | null {
  if (/\s/.test(surface)) return null;
  const org = heads.byHead?.(surface);
  return org ? { name: org.name, acronym: org.acronym } : null;
}

export function extractStatistics(
  doc: ParsedDocument,
  statements: StatementFact[],
  organizations: OrganizationFact[] = [],
  observations: ObservationFact[] = [],
): StatisticFact[] {
  const paragraphs = paragraphTexts(doc);
  // a recommendation attributed to a State ("… to 0.7 per cent of gross national income (Norway)"):
  // that State gives the figure
  const recommender = new Map<string, OrgRef>();
  for (const o of observations) if (o.recommendedBy.length > 0) recommender.set(o.number, { name: o.recommendedBy[0]!, acronym: null });
  const definitions = definitionsOf(paragraphs);
  const heads = orgIndex([], asKnownOrganizations(organizations));
  const facts: StatisticFact[] = [];
  for (const p of paragraphs) {
    if (!mayHoldNumber(p.text)) continue;
    let population: string | null = null;
    let author: OrgRef | null = null;
    let subject: OrgRef | null = null;
    let n = 0;
    for (const sentence of sentences(p.text)) {
      const named = namedAuthor(p.text, sentence);
      if (named) author = backReference(named, heads) ?? orgRef(named, definitions);
      const opener = REPORTING_SUBJECT.exec(p.text.slice(sentence.start, sentence.end));
      if (opener && isAcronymWord(opener[1]!.replace(/[a-z]/g, ''))) subject = orgRef(opener[1]!, definitions);
      for (const f of figuresIn(p.text, sentence)) {
        if (f.population && isPeople(f.population)) population = f.population;
        const clause = clauseAround(p.text, sentence, f.start, f.end);
        n += 1;
        facts.push({
          key: `para${p.key}-stat-${n}`,
          value: f.value,
          unit: f.unit,
          description: p.text.slice(clause.start, clause.end),
          population: f.population ?? (f.unit === '%' ? population : null),
          reportedBy:
            completed(reportedBy(author, statementOrg(statements, p.key, f.start, p.text), subject), definitions) ??
            recommender.get(p.key) ??
            null,
          // a named person who reported it, when the figure stands in their statement and no other author
          // is named than the speaker's own organization ("According to the Coalition" in her statement)
          reporterKey: speakerReporter(statementAt(statements, p.key, f.start, p.text), author),
          method: 'pattern',
          confidence: f.confidence,
          evidence: [evidenceAt(p.key, p.text, clause.start, clause.end)],
        });
      }
    }
  }
  return facts;
}
