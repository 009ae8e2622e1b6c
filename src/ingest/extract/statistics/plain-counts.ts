/**
 * Plain counts reported as findings: "94 delegations", "995 participants", "57 survivors",
 * "430 seasonal agricultural workers", "only 9 of them", and spelled counts in sentences that
 * say who took part or what was received ("Delegations of forty-one States parties attended",
 * "Nineteen written contributions reached the secretariat").
 *
 * Not counts: dates (read by chrono, text-dates.ts), years, paragraph, resolution, article,
 * session and meeting numbers ("resolution 13/24", "the 8th meeting", "para. 53"), durations
 * and ages ("fourteen months", "18 years"), ordinals.
 */
import { findDates } from '../text-dates.js';
import { readCardinalAt } from '../text-numbers.js';
import { isPeople, type Range } from '../stat-clauses.js';

export interface Count {
  start: number;
  end: number;
  value: number;
  /** The counted noun ("delegations", "survivors"), or "of them". */
  unit: string;
}

/** Words before a number that make it a reference, not a count. */
const REFERENCE_BEFORE =
  /(?:paragraphs?|paras?\.|resolutions?|decisions?|articles?|arts?\.|sessions?|meetings?|items?|Nos?\.|annex(?:es)?|chapters?|sections?|rules?|pages?|pp?\.|recommendations?|Protocol|Convention|Article|Goal|target|SDG|Add\.|Rev\.|Corr\.|Law|Act|No)\s*$/i;
/** Units that make a number a duration, an age, a fraction ("three quarters of them") or a measure, not a count of people or things. */
const NOT_COUNTED =
  /^(?:years?|months?|days?|weeks?|hours?|minutes?|times|per|percent|quarters?|thirds?|halves|fifths?|tenths?|km|kilometres?|kilometers?|metres?|meters?|kg|tons?|tonnes?|p\.m\.|a\.m\.|o'clock|and|or|to|of|in|on|at|for|by|from|with)$/i;
/**
 * Sentences whose spelled numbers are counts: taking part, attending, submitting, receiving; and
 * a result reported in the past perfect ("Parliament had adopted four laws", "three shelters had
 * been opened"), as reports put what a State or body said it had done (a meeting's own acts, "the
 * Council adopted two resolutions", are in the simple past and stay out).
 */
const COUNT_VERB =
  /\b(?:attended|participated|took part|were represented|joined|submitted|received|reached|registered|made statements|interviewed|surveyed|assisted|supported|identified|recorded|reported|[Aa]ccording to|(?:had|have|has)\s+(?:been\s+)?(?:adopted|enacted|passed|opened|established|created|set up|built|trained|launched)|(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|shot|injured|wounded|abducted|tortured|executed|evicted|arrested|detained))\b/;

const NUMBER_START = /(?<![\p{L}\p{N}.,/-])(?=[\p{N}\p{L}])/gu;

/** The counted noun after a number: up to three modifiers, then a plural noun. */
function countedNoun(text: string, end: number, tookPart: boolean): { unit: string; end: number } | null {
  const after = text.slice(end, end + 90);
  // "three from academia and one from the private sector participated"
  if (tookPart && /^\s+from\s+\p{L}/u.test(after)) return { unit: 'participants', end };
  // "674 of a total of 987 filed applications": the part counts what the total counts
  const ofTotal = /^\s+of\s+(?:a|the)\s+total\s+of\s+[\d.,]+\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}[\p{L}-]*s|people|children|men|women)\b/u.exec(
    after,
  );
  if (ofTotal) return { unit: ofTotal[2] as string, end: end + ofTotal[0].length };
  // "74 written submissions, 31 of which came from …": a part of the things just counted
  const ofThem = /^\s+of\s+(?:them|those|these|which|whom|the\s+\S+|its\s+\S+)\b/.exec(after);
  if (ofThem) return { unit: ofThem[0].trim(), end: end + ofThem[0].length };
  const m = /^\s+((?:[\p{L}’'-]+\s+){0,3}?)(\p{L}[\p{L}-]*s|people|children|men|women|staff|personnel)\b/u.exec(after);
  if (!m) return null;
  const words = `${m[1]}${m[2]}`.split(/\s+/);
  // "6,000 peasant and native communities": "and"/"or" between two modifiers joins them (but
  // "5 and …", "3 or more" right after the number is not a modifier)
  if (words.some((w, i) => NOT_COUNTED.test(w) && !(i > 0 && /^(?:and|or)$/i.test(w)))) return null;
  // a capitalised modifier is fine ("Member States"), a sentence-like run is not
  if (/\b(?:were|was|had|have|has|is|are|the|a|an)\b/.test(m[1] as string)) return null;
  return { unit: m[2] as string, end: end + m[0].length };
}

/** "[the 4,000] people whose cases …", "[the 300] migrants who …": people, then a relative clause about them. */
const DESCRIBED_PEOPLE =
  /^\s+(?:[\p{L}-]+\s+)?(?:people|persons|individuals|migrants|refugees|children|women|men|victims|detainees|workers|families|households)\s+(?:who|whose|whom)\b/u;

/** What stands between a part and its total: "36 of the 212", "138 out of the total of 142", "674 of a total of 987". */
const TOTAL_BEFORE = /\d\s+(?:out\s+)?of\s+(?:(?:the|a)\s+)?(?:total\s+of\s+)?$/;

/**
 * "between 5.5 billion and 7 billion dollars", "from 40 to 60 families": the first bound of a
 * range counts what the second counts (the noun is written once, after the second).
 */
function rangeNoun(s: string, start: number, end: number, tookPart: boolean): { unit: string; end: number } | null {
  if (!/\b(?:between|from)\s+$/i.test(s.slice(Math.max(0, start - 10), start))) return null;
  const link = /^\s*(?:and|to|[-–])\s*/.exec(s.slice(end, end + 8));
  if (!link) return null;
  const second = readCardinalAt(s, end + link[0].length);
  if (!second) return null;
  const scale = /^\s+(?:million|billion|trillion|thousand)\b/.exec(s.slice(second.end, second.end + 10));
  const noun = countedNoun(s, scale ? second.end + scale[0].length : second.end, tookPart);
  return noun ? { unit: noun.unit, end } : null;
}

/** An approximation before a figure, "close to" included. */
const APPROX_WORDS = String.raw`\s*(?:approximately|about|around|some|nearly|almost|over|close\s+to|more\s+than|fewer\s+than|less\s+than)\s+`;

/**
 * "a small group of people (approximately 30.000)", "displaced families (some 1,200)": an
 * approximate figure alone in brackets, right after a people noun, counts those people (a bare
 * "(23)" may be a reference or a note, so the approximation is required).
 */
const BRACKETED_AFTER = new RegExp(String.raw`\b(\p{L}[\p{L}-]*)\s*\(${APPROX_WORDS}$`, 'iu');
function bracketedCount(s: string, start: number, end: number): { unit: string; end: number } | null {
  if (!/^\s*\)/.test(s.slice(end, end + 3))) return null;
  const m = BRACKETED_AFTER.exec(s.slice(Math.max(0, start - 80), start));
  return m && isPeople(m[1] as string) ? { unit: m[1] as string, end } : null;
}

/**
 * "close to 12000 “erased” had not regularized their status": a quoted term right after the
 * figure, then its verb, is what the figure counts (a group the text names in quotes).
 */
const QUOTED_SUBJECT = /^\s+[“"‘]([\p{L}][\p{L} -]{1,30})[”"’]\s+(?:had|have|has|were|are|was|is|remained|still|could|did)\b/u;
function quotedCount(s: string, end: number): { unit: string; end: number } | null {
  const m = QUOTED_SUBJECT.exec(s.slice(end, end + 60));
  return m ? { unit: m[1] as string, end } : null;
}

/** The numbers (and their separators) that precede a number in a list: "14, 61 and ", "3 to ". */
const REFERENCE_LIST_TAIL = /(?:\d+\p{Ll}?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*))+$/u;

/**
 * "the number of recorded cases … had been 38": a figure given as the value of "the number of
 * <things>" counts those things (the noun after "number of", within the clause before the verb).
 */
const APPROX = String.raw`(?:(?:approximately|about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+)?`;
/** A change given by its new (or old) level: "rose to", "fell from … to", "had increased to", "had risen from 1,200 in 2019 to". */
const CHANGE = String.raw`(?:(?:had|has|have)\s+)?(?:rose|risen|increased|grew|grown|climbed|fell|fallen|decreased|declined|dropped|doubled|tripled)\s+(?:from\s+[\d.,]+\s+(?:(?:in|by|at\s+the\s+end\s+of)\s+\d{4}\s+)?)?(?:to|from)`;
const NUMBER_OF = new RegExp(
  String.raw`\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}[\p{L}-]*s|people|children|men|women)\b[^;:.]{0,80}?\s(?:was|were|is|are|had\s+been|has\s+been|have\s+been|stood\s+at|reached|totalled|totaled|amounted\s+to|${CHANGE})\s+${APPROX}$`,
  'iu',
);
/** "Reported cases rose to …": the plural subject of a change verb is what the figure counts. */
const SUBJECT_CHANGED = new RegExp(String.raw`\b(\p{L}[\p{L}-]*[^s\s’']s|people|children|men|women)\s+${CHANGE}\s+${APPROX}$`, 'iu');
/** What may follow the figure in its clause: a stop, "and", or when ("in 2020", "by March", "between …"). */
const CLAUSE_END = /^\s*(?:[,;.)]|$|and\b|(?:in|by|during|since|between|over)\s+(?:\d{4}|\p{Lu}|the\b))/u;
function numberOf(s: string, start: number, end: number): { unit: string; end: number } | null {
  // the figure ends the clause: "had been 38, and …", "was 12.", "rose to 4,312 in 2020";
  // or it is the old level of a change: "fell from 812 to 604", "from 1,200 in 2019 to …"
  const before = s.slice(Math.max(0, start - 160), start);
  const oldLevel = /\bfrom\s+$/.test(before) && /^\s+(?:(?:in|by)\s+\d{4}\s+)?to\s+\d/.test(s.slice(end, end + 20));
  if (!oldLevel && !CLAUSE_END.test(s.slice(end, end + 16))) return null;
  const m = NUMBER_OF.exec(before) ?? SUBJECT_CHANGED.exec(before);
  return m ? { unit: m[1] as string, end } : null;
}

/** "Of the 1,240 persons assisted, …", "…, of the 214 sites visited, …": a clause opening with the base of a finding. */
const PARTITIVE_OPENING = /(?:^|[,;]\s*|\bthat\s+)[Oo]f the\s+$/;
/** The base clause itself, and what it counts: "of the 214 sites visited in 2023, ", "Out of 120 cases reported, ". */
const PARTITIVE =
  /(?:^|[,;]\s*|\bthat\s+)(?:[Oo]f|[Oo]ut\s+of)\s+(?:the\s+)?[\d.,]+\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}[\p{L}-]*s|people|children|men|women)\b[^;:.]*?,\s*/u;
/** A hedge between the base's comma and the part: "of the 71 units that replied, only 18 had …". */
const PART_HEDGE = /^(?:only|just|barely|around|over|about|some|nearly|almost|approximately|at\s+least|fewer\s+than|more\s+than|no\s+more\s+than)\s+$/;

/**
 * "of the 214 sites visited, 87 had no water and 132 failed …": after the base, a bare figure
 * that opens a clause (after the base's comma, a comma or "and") and is followed by its verb
 * counts the base's things.
 */
function partOf(s: string, start: number, end: number): { unit: string; end: number } | null {
  const base = PARTITIVE.exec(s.slice(0, start));
  if (!base) return null;
  const baseEnd = base.index + base[0].length;
  const opens =
    baseEnd === start ||
    (baseEnd < start && PART_HEDGE.test(s.slice(baseEnd, start))) ||
    /(?:,|\band)\s+$/.test(s.slice(Math.max(0, start - 6), start));
  // "…, confiscation orders had been made in 8.": the part closing the sentence after "in"
  const closes = baseEnd <= start && /\bin\s+$/.test(s.slice(Math.max(0, start - 4), start)) && /^\s*[.;]?\s*$/.test(s.slice(end));
  if (closes) return { unit: base[1] as string, end };
  // "Of the 190 recommendations received, the State had accepted 161, and …": the part as the
  // object of a perfect, closing its clause
  const object =
    baseEnd <= start &&
    /\b(?:had|has|have)\s+(?:(?:also|since|already|so far)\s+)?\p{Ll}+\s+$/u.test(s.slice(Math.max(0, start - 40), start)) &&
    /^\s*(?:[,;.]|and\b|$)/.test(s.slice(end, end + 6));
  if (object) return { unit: base[1] as string, end };
  if (!opens || !/^\s+[a-z]+/.test(s.slice(end, end + 20)) || /^\s+(?:of|per|to|and|or)\b/.test(s.slice(end, end + 8))) return null;
  return { unit: base[1] as string, end };
}

/** "compared with 11", "up from 40", "as against 12": the other side of a comparison. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|as\s+against|against)\s+$/;

/**
 * "the prison population stood at 14,950", "an official capacity of 9,875", "a national average
 * it put at 310": a figure given as the level of a population, capacity, total, average or rate
 * (the noun, then its verb or "of") counts what that noun names; the figure must end its clause.
 */
const LEVEL_OF = new RegExp(
  String.raw`\b(population|capacity|caseload|backlog|total|toll|average|rate|ratio)\s+(?:(?:stood|stands)\s+at|(?:(?:it|they|he|she)\s+)?(?:put|placed|estimated)\s+at|was|is|reached|totall?ed|amounted\s+to|of)\s+${APPROX}$`,
  'iu',
);
function levelOf(s: string, start: number, end: number): { unit: string; end: number } | null {
  if (!CLAUSE_END.test(s.slice(end, end + 16))) return null;
  const m = LEVEL_OF.exec(s.slice(Math.max(0, start - 60), start));
  return m ? { unit: (m[1] as string).toLowerCase(), end } : null;
}

/**
 * "46 attacks …, of which only three had led to prosecutions", "29 requests …, of which 11 had
 * received a reply": after "of which" / "among them", a bare figure followed by its verb is a
 * part of the things just counted.
 */
const PART_OF_WHICH = /,\s+(?:of\s+(?:which|whom|these|them)|among\s+(?:them|which|whom|these))\s*,?\s+(?:only\s+|just\s+|at\s+least\s+|some\s+)?$/i;
function partOfWhich(s: string, start: number, end: number): { unit: string; end: number } | null {
  if (!PART_OF_WHICH.test(s.slice(Math.max(0, start - 40), start))) return null;
  if (!/^\s+(?:had|have|has|were|was|are|is|remained|did|led|resulted|ended|received|obtained|\p{Ll}+ed)\b/u.test(s.slice(end, end + 20))) return null;
  return { unit: 'of which', end };
}

export function countsIn(text: string, sentence: Range): Count[] {
  const s = text.slice(sentence.start, sentence.end);
  const dates = findDates(s);
  const spelledOk = COUNT_VERB.test(s);
  const out: Count[] = [];
  // a word inside a number already read is not a number of its own ("thousand" in "Thirteen thousand")
  let readUntil = 0;
  for (const m of s.matchAll(NUMBER_START)) {
    if (m.index < readUntil) continue;
    const n = readCardinalAt(s, m.index);
    if (!n || n.value <= 0) continue;
    readUntil = n.end;
    const digits = /^\d/.test(s[n.start] as string);
    // small spelled numbers describe a meeting's shape as often as a finding ("two parts", "three
    // experts"): they count only where the sentence says who took part or what was received
    if (!digits && n.value <= 10 && !spelledOk) continue;
    // "36 of the 212 cases": the total is a finding too (the cases concluded), though written with "the"
    const total = TOTAL_BEFORE.test(s.slice(Math.max(0, n.start - 30), n.start));
    // "the 21 States of the Process": a definite number names a known set rather than reporting a count
    // ("Of the 1,240 persons assisted, …" opening a sentence introduces the finding's base, and counts)
    // ("the 4,000 people whose cases had yet to be resolved": people a relative clause describes are a finding)
    if (
      !total &&
      /\bthe\s+$/i.test(s.slice(Math.max(0, n.start - 4), n.start)) &&
      !PARTITIVE_OPENING.test(s.slice(0, n.start)) &&
      !DESCRIBED_PEOPLE.test(s.slice(n.end, n.end + 60))
    )
      continue;
    if (dates.some((d) => n.start < d.end && d.start < n.end)) continue;
    // "one in five women", "1 in 4 children": a ratio, not a count of five women
    if (/\b(?:one|two|three|\d{1,2})\s+in\s+$/i.test(s.slice(Math.max(0, n.start - 12), n.start))) continue;
    if (digits && /^(?:1[89]|20)\d\d$/.test(s.slice(n.start, n.end))) continue; // a year
    if (/^(?:st|nd|rd|th)\b|^\/|^\.\d|^:/.test(s.slice(n.end, n.end + 3))) continue;
    if (REFERENCE_BEFORE.test(s.slice(Math.max(0, n.start - 20), n.start))) continue;
    // "articles 14, 61 and 62 of …": every number of a list of references is a reference
    if (REFERENCE_BEFORE.test(s.slice(Math.max(0, n.start - 80), n.start).replace(REFERENCE_LIST_TAIL, ''))) continue;
    // "JS3 84 and AI made …", "CoE-Commissioner 104 made …": a number straight after a name inside
    // a sentence is a note mark or a label, not a count (counts follow a determiner, a preposition or
    // a quantifier, or open the sentence)
    const before = /([\p{L}\p{N}-]+)\s+$/u.exec(s.slice(Math.max(0, n.start - 40), n.start));
    if (before && s.slice(0, n.start).trim() !== before[1] && /^\p{Lu}/u.test(before[1] as string)) continue;
    // "15.1 million workers"
    const scale = /^\s+(million|billion|trillion|thousand)\b/.exec(s.slice(n.end, n.end + 10));
    const end = scale ? n.end + scale[0].length : n.end;
    const value = scale
      ? Math.round(n.value * { million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3 }[scale[1] as 'million'])
      : n.value;
    const noun =
      countedNoun(s, end, spelledOk) ??
      numberOf(s, n.start, end) ??
      partOf(s, n.start, end) ??
      levelOf(s, n.start, end) ??
      partOfWhich(s, n.start, end) ??
      rangeNoun(s, n.start, end, spelledOk) ??
      (digits ? (bracketedCount(s, n.start, end) ?? quotedCount(s, end)) : null);
    // "246 reports in 2025, compared with 11 in 2023": the base of a comparison counts what the figure before it counts
    const compared =
      !noun && out.length > 0 && COMPARED_BEFORE.test(s.slice(Math.max(0, n.start - 30), n.start))
        ? { unit: (out[out.length - 1] as Count).unit, end }
        : null;
    const counted = noun ?? compared;
    if (!counted) continue;
    // "some 25.671 people": things counted are whole (statistics.ts parseCount)
    const grouped = !scale && /^\d{1,3}(?:\.\d{3})+$/.test(s.slice(n.start, n.end));
    out.push({
      start: sentence.start + n.start,
      end: sentence.start + end,
      value: grouped ? Number(s.slice(n.start, n.end).replace(/\./g, '')) : value,
      unit: counted.unit,
    });
  }
  return out;
}
