/**
 * Reading names out of running text: organization names ("the Centre for the Study of Crime",
 * "Counter Human Trafficking Trust – East Africa (CHTEA)"), acronyms ("JS2", "CoE-Commissioner",
 * "OSCE/ODIHR") and person names ("Ms. Vasiliki Kakosimou"). A name is a run of capitalised
 * words that may contain a few lower-case joiners ("of", "the", "for", "and", "a", "–"); it ends
 * at a comma, a bracket or the first ordinary lower-case word, which is usually the verb
 * ("from Citizens for a Common Cause explained how"). Token loops, not regexes, keep it linear.
 */

import { isClauseOpener } from './proper-names.js';
import { extendName, innerListEnd } from './name-lists.js';

/** Lower-case words allowed inside a name when a capitalised word follows them. */
const JOINERS = new Set([
  'of',
  'the',
  'for',
  'and',
  'a',
  'an',
  'on',
  'in',
  'against',
  'to',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'del',
  'di',
  'da',
  'y',
  'für',
  'und',
  '&',
  '–',
  '-',
  '—',
]);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’/-]*|[&–—-]/uy;

function isCapitalised(tok: string): boolean {
  const c = tok[0] as string;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function upperCount(tok: string): number {
  let n = 0;
  for (const ch of tok) if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) n++;
  return n;
}

/** "MMC", "JS2", "CoE-Commissioner", "OSCE/ODIHR", "EU-FRA": a token that is an acronym, not a word. */
export function isAcronymToken(tok: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*$/u.test(tok)) return false;
  const upper = upperCount(tok);
  return upper >= 2 || (upper >= 1 && /\d/.test(tok));
}

export interface NameMatch {
  /** Full name, or null when only an acronym was written. */
  name: string | null;
  acronym: string | null;
  /** Start of the phrase as written, including a leading article. */
  start: number;
  /** End of the phrase as written, including a trailing "(ACR)". */
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenAt(text: string, pos: number): Token | null {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  return m ? { text: m[0], start: pos, end: pos + m[0].length } : null;
}

/** Next token after single spaces at `pos` (never across punctuation other than dashes and "&"). */
function nextToken(text: string, pos: number): Token | null {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return tokenAt(text, i);
}

/** Reads a "(ACR)" right after `pos`; returns the acronym and the end after ")". */
function readParenAcronym(text: string, pos: number): { acronym: string; end: number } | null {
  let i = pos;
  while (text[i] === ' ') i++;
  if (text[i] !== '(') return null;
  const rel = text.slice(i, i + 32).indexOf(')');
  if (rel < 0) return null;
  const close = i + rel;
  const inner = text.slice(i + 1, close).trim();
  if (!/^\p{Lu}[\p{L}\p{N}.&/-]*$/u.test(inner) || upperCount(inner) < 2) return null;
  return { acronym: inner, end: close + 1 };
}

/**
 * Reads an organization reference starting at `pos` (after spaces): an optional article, a
 * capitalised run, an optional "(ACR)". Returns null when no capitalised word starts there.
 */
export function readOrgRef(text: string, pos: number): NameMatch | null {
  let i = pos;
  while (text[i] === ' ') i++;
  const start = i;
  const article = /^(?:the|The)\s+/.exec(text.slice(i, i + 4));
  if (article) i += article[0].length;
  const first = tokenAt(text, i);
  if (!first || !isCapitalised(first.text)) return null;
  // "Regarding the Office of X, AI asserted …": an adverbial opens the sentence, not a name.
  if (!article && isClauseOpener(first.text)) return null;
  const nameStart = first.start;
  let lastCapEnd = first.end;
  let count = 1;
  let cursor = first.end;
  let prevStart = first.start;
  while (count < 25) {
    const t = nextToken(text, cursor);
    if (!t || t.start === cursor) break; // words must be separated by a space
    if (isCapitalised(t.text) || /^\d/.test(t.text)) {
      if (/^\d+$/.test(t.text)) break; // a number ends the name ("Act 2016")
      lastCapEnd = t.end;
    } else if (JOINERS.has(t.text.toLowerCase()) && t.text === t.text.toLowerCase()) {
      // a joiner only counts when a capitalised word follows it
      const after = nextToken(text, t.end);
      if (!after || after.start === t.end || !(isCapitalised(after.text) || JOINERS.has(after.text))) break;
      // "JS2 and the Commissioner …", "EU-FRA and JS1": "and" after an acronym, or before "the",
      // joins two names rather than continuing one.
      if (t.text === 'and' && (isAcronymToken(text.slice(prevStart, cursor)) || after.text === 'the')) break;
    } else break;
    prevStart = t.start;
    cursor = t.end;
    count++;
  }
  // "United Nations Office at Geneva" (at Vienna, at Nairobi): the duty station is part of the name
  const station = /\bUnited Nations Office$/.test(text.slice(nameStart, lastCapEnd))
    ? /^\s+at\s+\p{Lu}[\p{L}-]+(?![\p{L}])/u.exec(text.slice(lastCapEnd, lastCapEnd + 40))
    : null;
  if (station) lastCapEnd += station[0].length;
  // "Asociación de Pescadores, Buzos y Marineros", "Department for Research, Training and
  // Outreach": a list inside the name continues it past its commas (name-lists.ts)
  // (only the name itself is looked at: "representatives of Brazil, Italy and Peru" is no name's list)
  const own = text.slice(nameStart);
  if (innerListEnd(own, lastCapEnd - nameStart) > 0) {
    lastCapEnd = nameStart + extendName(own, { start: 0, end: lastCapEnd - nameStart, text: own.slice(0, lastCapEnd - nameStart) }).end;
  }
  let name: string | null = text.slice(nameStart, lastCapEnd);
  let acronym: string | null = null;
  let end = lastCapEnd;

  // "Joint Submission (JS) 1" is how UPR summaries introduce joint submissions.
  const js = /^\s*\(JS\)\s*(\d{1,3})\b/.exec(text.slice(end, end + 12));
  if (/joint submission$/i.test(name) && js) {
    return { name: `Joint Submission ${js[1]}`, acronym: `JS${js[1]}`, start, end: end + js[0].length };
  }
  const paren = readParenAcronym(text, end);
  if (paren) {
    acronym = paren.acronym;
    end = paren.end;
  } else if (!name.includes(' ') && isAcronymToken(name)) {
    acronym = name;
    name = null;
  }
  return { name, acronym, start, end };
}

const HONORIFIC_WORDS = [
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Prof.',
  'Mme.',
  'Mme',
  'H.E.',
  'Miss',
  'Madam',
  'Mister',
  'Professor',
  'Ambassador',
  'Judge',
  'Justice',
  // a member of a commission addressed by office, as the African and Inter-American commissions write
  'Commissioner',
  'Sir',
  'Dame',
];

/** Regex source matching one honorific. */
export const HONORIFIC_SOURCE = `(?:${HONORIFIC_WORDS.map((h) => h.replace(/\./g, '\\.')).join('|')})`;

const SHE = new Set(['ms.', 'mrs.', 'miss', 'madam', 'mme', 'mme.', 'dame']);
const HE = new Set(['mr.', 'mister', 'sir']);

/** The pronoun an honorific implies, when it implies one. */
export function pronounForHonorific(h: string | null): 'she' | 'he' | null {
  if (!h) return null;
  const k = h.toLowerCase();
  return SHE.has(k) ? 'she' : HE.has(k) ? 'he' : null;
}

const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'der',
  'den',
  'di',
  'du',
  'bin',
  'al',
  'el',
  'la',
  'le',
  'dos',
  'das',
  'ter',
]);

export interface PersonNameMatch {
  honorific: string | null;
  name: string;
  start: number;
  end: number;
}

/**
 * Reads "Ms. Vasiliki Kakosimou" / "Dr. Miro Cerar" / "Miro Cerar" at `pos`: an optional
 * honorific and two to six capitalised words (particles such as "van" allowed inside).
 */
export function readPersonName(text: string, pos: number): PersonNameMatch | null {
  let i = pos;
  while (text[i] === ' ') i++;
  const start = i;
  let honorific: string | null = null;
  for (const h of HONORIFIC_WORDS) {
    if (text.startsWith(h, i) && (text[i + h.length] === ' ' || text[i + h.length] === '\u00a0')) {
      honorific = h;
      i += h.length;
      break;
    }
  }
  const words: Token[] = [];
  let cursor = i;
  while (words.length < 6) {
    const t = nextToken(text, cursor);
    if (!t || (words.length > 0 && t.start === cursor)) break;
    if (isCapitalised(t.text) && !/^[&–—-]$/.test(t.text)) words.push(t);
    else if (NAME_PARTICLES.has(t.text)) {
      // "van der Meer", "de la Cruz": a particle may lead another one before the capitalised word
      const after = nextToken(text, t.end);
      const then = after && NAME_PARTICLES.has(after.text) ? nextToken(text, after.end) : null;
      if (!after || !(isCapitalised(after.text) || (then && isCapitalised(then.text)))) break;
    } else break;
    cursor = t.end;
  }
  const needed = honorific ? 1 : 2;
  if (words.length < needed) return null;
  const last = words[words.length - 1] as Token;
  const first = words[0] as Token;
  return { honorific, name: text.slice(first.start, last.end), start, end: last.end };
}
