/**
 * Dates as UN prose writes them, read by a library (chrono-node, British English parser, so
 * "4-15 November 2019" and "24 February–20 March 2020" are day-first), with exact offsets.
 * Only complete dates count (day, month and year stated); "in May" or "on the same day" are not
 * dates of a meeting. One construction chrono reads only in part is completed here: a list of
 * days before the month ("5, 6 and 7 October 2023"), which chrono reads as its last day.
 */
import * as chrono from 'chrono-node';

export interface DateMatch {
  start: number;
  end: number;
  /** ISO dates: every day of a list, first and last day of a range, the one day otherwise. */
  dates: string[];
  kind: 'single' | 'list' | 'range';
  text: string;
}

type Components = chrono.ParsedComponents;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isoOf(c: Components, year: number): string {
  return iso(year, c.get('month') ?? 1, c.get('day') ?? 1);
}

const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** Chrono's reference date only fills what the text leaves out, and those results are dropped. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The meeting extractors ask about the same sentences several times (the dialogue, the review,
 * the session, the first day); chrono is the costly part, so each text is read once. Callers get
 * their own copies.
 */
const datesByText = new Map<string, DateMatch[]>();

/** Every complete date expression in `text`, in order, with its offsets. */
export function findDates(text: string): DateMatch[] {
  let found = datesByText.get(text);
  if (!found) {
    found = readDates(text);
    if (datesByText.size >= 2_000) datesByText.clear();
    // A sentence, not a whole huge paragraph: the cache stays small.
    if (text.length <= 10_000) datesByText.set(text, found);
  }
  return found.map((d) => ({ ...d, dates: [...d.dates] }));
}

function readDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  // chrono is thorough and so not cheap: a complete date needs a year and a month name
  if (!/\d{4}/.test(text) || !MONTH_NAME.test(text)) return out;
  for (const r of chrono.en.GB.parse(text, REFERENCE)) {
    const s = r.start;
    const e = r.end ?? null;
    const yearCertain = s.isCertain('year') || (e?.isCertain('year') ?? false);
    if (!s.isCertain('day') || !s.isCertain('month') || !yearCertain) continue;
    const year = s.isCertain('year') ? (s.get('year') as number) : (e!.get('year') as number);
    // chrono includes a leading "on"/"from" in the matched text; evidence quotes the date alone
    const lead = /^(?:on|from|of|between|since)\s+/i.exec(r.text)?.[0].length ?? 0;
    let start = r.index + lead;
    const end = r.index + r.text.length;
    let dates = e ? [isoOf(s, year), isoOf(e, e.get('year') ?? year)] : [isoOf(s, year)];
    let kind: DateMatch['kind'] = e ? 'range' : 'single';
    if (!e) {
      // "5, 6 and 7 October 2023": the days listed before the one chrono read
      const before = /((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?\s*,?\s+and\s+)$/.exec(
        text.slice(Math.max(0, start - 40), start),
      );
      if (before) {
        const days = [...(before[1] as string).matchAll(/\d{1,2}/g)].map((m) => Number(m[0]));
        dates = [...days.map((d) => iso(year, s.get('month') as number, d)), ...dates];
        start -= (before[1] as string).length;
        kind = 'list';
      }
    }
    out.push({ start, end, dates, kind, text: text.slice(start, end) });
  }
  return out;
}
