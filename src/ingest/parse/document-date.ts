/**
 * Dates as UN title blocks print them ("14 August 2019", "August 14, 2019", "2019-08-14")
 * → ISO yyyy-mm-dd. Invalid calendar dates ("31 February 2019") are not dates.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first date in `text`, as ISO, or null. */
export function findDate(text: string): string | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), m[2] as string, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), m[1] as string, Number(m[2]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), MONTHS[Number(m[2]) - 1] ?? '', Number(m[3]));
  return null;
}

/** A line that is exactly one date: the distribution date of a title block, not "4-15 November 2019". */
export function dateLine(line: string): string | null {
  const t = line.trim();
  const whole = new RegExp(`^(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`, 'i');
  return whole.test(t) ? findDate(t) : null;
}

function iso(year: number, monthName: string, day: number): string | null {
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month < 1 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
