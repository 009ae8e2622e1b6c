/**
 * Dates as UN prose writes them: "9 October 2023", "5 and 6 October 2023", "4 to 15 November
 * 2019", "4-15 November 2019", "24 February–20 March 2020", "October 9, 2023". Each form is a
 * flat regex (literal alternations, bounded repeats) and the days are read from the match in
 * code, so nothing backtracks badly.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const DAY = `\\d{1,2}(?:st|nd|rd|th)?\\b`;
/** Between days: "and", "to", ",", dashes. */
const SEP = `\\s*(?:,\\s*and|,|and|to|until|through|-|–|—)\\s*`;

/** "5 and 6 October 2023", "4 to 15 November 2019", "9 October 2023", "28 March to 4 April, 2017". */
const DAY_FIRST = new RegExp(`\\b(${DAY}(?:${SEP}${DAY}){0,6})\\s+(${MONTH})(?:${SEP}(${DAY})\\s+(${MONTH}))?,?\\s+(\\d{4})\\b`, 'g');
/** "October 9, 2023", "October 9-10, 2023". */
const MONTH_FIRST = new RegExp(`\\b(${MONTH})\\s+(${DAY}(?:${SEP}${DAY}){0,6}),?\\s+(\\d{4})\\b`, 'g');

export interface DateMatch {
  start: number;
  end: number;
  /** ISO dates: every day of a list, first and last day of a range, the one day otherwise. */
  dates: string[];
  kind: 'single' | 'list' | 'range';
  text: string;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** Days in a "5, 6 and 7" / "4 to 15" group, and whether the group is a range. */
function readDays(group: string): { days: number[]; range: boolean } {
  const days = [...group.matchAll(/\d{1,2}/g)].map((m) => Number(m[0]));
  const range = /to|until|through|-|–|—/.test(group.replace(/\d+(?:st|nd|rd|th)?/g, ''));
  return { days, range };
}

function build(start: number, text: string, dates: (string | null)[], range: boolean): DateMatch | null {
  const ok = dates.filter((d): d is string => d !== null);
  if (ok.length === 0 || ok.length !== dates.length) return null;
  const kind = ok.length === 1 ? 'single' : range ? 'range' : 'list';
  return { start, end: start + text.length, dates: ok, kind, text };
}

/** Every date expression in `text`, in order, with its offsets. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const year = Number(m[5]);
    const { days, range } = readDays(m[1] as string);
    const month = monthNumber(m[2] as string);
    let match: DateMatch | null;
    if (m[3] !== undefined && m[4] !== undefined) {
      // "24 February–20 March 2020": a range across months.
      match = build(m.index, m[0], [iso(year, month, days[0] ?? 0), iso(year, monthNumber(m[4]), Number.parseInt(m[3], 10))], true);
    } else if (range && days.length === 2) {
      match = build(m.index, m[0], [iso(year, month, days[0]!), iso(year, month, days[1]!)], true);
    } else {
      match = build(
        m.index,
        m[0],
        days.map((d) => iso(year, month, d)),
        false,
      );
    }
    if (match) out.push(match);
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
    const year = Number(m[3]);
    const month = monthNumber(m[1] as string);
    const { days, range } = readDays(m[2] as string);
    const match =
      range && days.length === 2
        ? build(m.index, m[0], [iso(year, month, days[0]!), iso(year, month, days[1]!)], true)
        : build(
            m.index,
            m[0],
            days.map((d) => iso(year, month, d)),
            false,
          );
    if (match) out.push(match);
  }
  out.sort((a, b) => a.start - b.start);
  return mergeSpelledRanges(text, out);
}

/** "from 4 November 2019 to 15 November 2019": two single dates joined by "to" are one range. */
function mergeSpelledRanges(text: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'single' && d.kind === 'single' && /^\s*(?:to|until|through|-|–|—)\s*$/.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = {
        start: prev.start,
        end: d.end,
        dates: [prev.dates[0]!, d.dates[0]!],
        kind: 'range',
        text: text.slice(prev.start, d.end),
      };
    } else out.push(d);
  }
  return out;
}
