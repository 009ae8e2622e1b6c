/**
 * Title, symbol and date from what precedes the body. Only from there: the body cites other
 * documents' symbols and dates all the time ("(A/HRC/WG.6/34/SVN/1)", "on 9 October 2023"),
 * and none of those describes this document.
 *
 * The title is the first heading of the title block when the converter marked one (the
 * seed's long bold `#` heading). Otherwise it is read from the loose lines of a UN cover
 * page, which are mostly boilerplate ("United Nations", the symbol, "General Assembly",
 * "Distr.: General", the date, "Original: English", the body, the session, "Agenda item 6"
 * and the item's name). The title is what is left; UN titles carry a "*" footnote mark
 * ("Summary of Stakeholders' submissions on Slovenia*"), which also tells where a title
 * broken over two lines ends ("Report of the Working Group on the Universal Periodic" /
 * "Review*").
 *
 * The symbol and date may also sit in an HTML comment at the top, where converters record
 * them; the title block's own lines are preferred.
 */
import { dateLine, findDate } from './document-date.js';
import { normalizeSpace } from './normalize-space.js';
import { findSymbols, symbolLine } from './un-symbol.js';

export interface TitleLine {
  text: string;
  /** A heading in the source (the title, when there is one). */
  heading: boolean;
  /** A list item ("* The annex is being circulated …"): a cover-page note, never the title. */
  listItem: boolean;
}

export interface TitleInfo {
  title: string | null;
  symbol: string | null;
  date: string | null;
}

const BOILERPLATE: RegExp[] = [
  /^United Nations$/i,
  /^Nations Unies$/i,
  /^(General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)$/i,
  /^Conference of the (States )?Parties\b/i,
  /^(Working Group|Commission|Committee|Subcommission|Sub-Commission) (on|for|of|against)\b/i,
  /^Distr\.?\s*:?/i,
  /^Original\s*:/i,
  /^(Limited|Restricted|General)$/i,
  /^Advance (unedited )?(version|copy)$/i,
  /^[\p{L}-]+ (regular |special |resumed )?session$/iu,
  /^(provisional )?agenda item \d+/i,
  /^item \d+ of the (provisional )?agenda/i,
  /^[\p{Lu}][\p{L} ]+, \d{1,2}(?:[-–]\d{1,2}| and \d{1,2})? [A-Z][a-z]+ \d{4}$/u,
];
/** A line that stops on a joining word goes on in the next one. */
const BROKEN_NAME = /\s(?:of|the|to|on|for|and|against|in)$/;
/** "Seventeenth session", "Thirty-fifth regular session", "Resumed fourteenth session". */
const SESSION = /^(?:resumed )?[\p{L}-]+ (?:regular |special |resumed )?session\b/iu;
const AGENDA = /^((provisional )?agenda item \d+|item \d+ of the (provisional )?agenda)\b/i;
const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

export function readTitleBlock(lines: readonly TitleLine[], comments: readonly string[]): TitleInfo {
  return {
    title: findTitle(lines),
    symbol: findSymbol(lines, comments),
    date: findDocumentDate(lines, comments),
  };
}

function findTitle(lines: readonly TitleLine[]): string | null {
  const heading = lines.find((l) => l.heading && l.text.trim() !== '');
  if (heading) return cleanTitle(heading.text);

  // Mark each line as boilerplate or a candidate; the line after "Agenda item 6" is the item's name.
  const candidate: boolean[] = [];
  let afterAgenda = false;
  let continued = false;
  for (const line of lines) {
    const t = line.text.trim();
    const boiler: boolean = line.listItem || t.startsWith('*') || isBoilerplate(t) || afterAgenda || continued;
    afterAgenda = AGENDA.test(t);
    // A body's name broken over lines ("Conference of the Parties to the" / "United Nations
    // Convention against" / "Transnational Organized Crime") is boilerplate to its end.
    continued = boiler && BROKEN_NAME.test(t);
    candidate.push(!boiler && t !== '');
  }
  // The body's name stands right above its session ("Implementation Review Group" /
  // "Seventeenth session"), broken over lines or not: boilerplate too, whatever the body.
  for (let i = 1; i < lines.length; i++) {
    if (!SESSION.test((lines[i] as TitleLine).text.trim())) continue;
    let k = i - 1;
    candidate[k] = false;
    while (k > 0 && BROKEN_NAME.test((lines[k - 1] as TitleLine).text.trim())) candidate[--k] = false;
  }
  // A "*"-marked line ends the title; the title starts where its run of candidates starts
  // (a mandate-style title, "Summary prepared by … in accordance with paragraph … of
  // resolution …", runs over five or six lines).
  for (let i = 0; i < lines.length; i++) {
    if (!candidate[i] || !/[^*]\*{1,3}$/.test((lines[i] as TitleLine).text.trim())) continue;
    let start = i;
    while (start > 0 && candidate[start - 1] && i - start < MAX_TITLE_LINES - 1) start--;
    const run = lines.slice(start, i + 1).map((l) => l.text.trim());
    const last = run.at(-1) as string;
    // A short starred line under a longer title is the report's subject (a State, "Mission to …"):
    // it is written after a colon, as the UN's document system catalogues it.
    if (isSubjectLine(run)) return cleanTitle(`${run.slice(0, -1).join(' ')}: ${last}`);
    return cleanTitle(run.join(' '));
  }
  const first = candidate.indexOf(true);
  if (first === -1) return null;
  // A title broken over lines without a mark: it goes on while a line stops on a joining word
  // ("… organizations on the" / "recovery and return of …") or the next starts in lower case.
  let end = first;
  while (
    end + 1 < lines.length &&
    candidate[end + 1] &&
    end - first < MAX_TITLE_LINES - 1 &&
    (BROKEN_NAME.test((lines[end] as TitleLine).text.trim()) || /^\p{Ll}/u.test((lines[end + 1] as TitleLine).text.trim()))
  )
    end++;
  return cleanTitle(
    lines
      .slice(first, end + 1)
      .map((l) => l.text.trim())
      .join(' '),
  );
}

/** The most lines a title runs over on a cover page. */
const MAX_TITLE_LINES = 7;

/**
 * A subject line under a title of several lines: a few capitalised words ("Slovenia", "Mission
 * to Peru") after a line that ends short, as the last line of a wrapped paragraph does. The end
 * of a title broken once ("…the Universal Periodic" / "Review*") follows a full line instead.
 */
function isSubjectLine(run: readonly string[]): boolean {
  if (run.length < 3) return false;
  const words = (run.at(-1) as string).replace(/\*+$/, '').trim().split(/\s+/);
  if (words.length > 4 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  const before = run.slice(0, -1);
  const widest = Math.max(...before.map((l) => l.length));
  return (before.at(-1) as string).length < 0.6 * widest;
}

function isBoilerplate(t: string): boolean {
  if (symbolLine(t) !== null || dateLine(t) !== null) return true;
  if (BOILERPLATE.some((re) => re.test(t))) return true;
  // "4-15 November 2019", "24 February–20 March 2020": a short line of dates.
  return MONTH_WORD.test(t) && /\d{4}/.test(t) && t.split(/\s+/).length <= 6;
}

function cleanTitle(text: string): string | null {
  const t = normalizeSpace(text).replace(/\s*\*+$/, '');
  return t === '' ? null : t;
}

function findSymbol(lines: readonly TitleLine[], comments: readonly string[]): string | null {
  for (const l of lines) {
    const s = symbolLine(l.text);
    if (s) return s;
  }
  for (const l of lines) {
    const s = findSymbols(l.text)[0];
    if (s) return s;
  }
  for (const c of comments) {
    const s = findSymbols(c)[0];
    if (s) return s;
  }
  return null;
}

function findDocumentDate(lines: readonly TitleLine[], comments: readonly string[]): string | null {
  for (const l of lines) {
    const d = dateLine(l.text);
    if (d) return d;
  }
  // "Distr.: General 20 July 2023" on one line.
  for (const l of lines) {
    if (/^Distr\b/i.test(l.text.trim())) {
      const d = findDate(l.text);
      if (d) return d;
    }
  }
  for (const c of comments) {
    const d = findDate(c);
    if (d) return d;
  }
  return null;
}
