/**
 * The one key under which wordings of one body in one document meet (organizations/reworded.ts).
 * Reports are drafted by several hands, and the same body comes out as:
 *
 *   other word order, other little words     "Ombudsman for Human Rights" / "Human Rights Ombudsman";
 *                                            "Office of Equal Opportunities" / "Office for …";
 *                                            "Ministry of Interior" / "Ministry of the Interior"
 *   a plural or singular                     "Ministry of Education and Sport" / "… and Sports"
 *   the gender-neutral form of a title       "X Ombudsperson" / "X Ombudsman"
 *   the office of a holder, either way       "X's Office" / "Office of the X" / "X"
 *   the national holder of a title           "the National Ombudsman" / "X Ombudsman"
 *
 * The key is the name's content words (little words, articles and possessive "'s" dropped; a
 * final plural "s" of words over three letters folded; "-man/-woman/-person" made one), in
 * alphabetical order. For an office of a holder ("Office of/for the X", "X's Office", "National
 * X") the key is the holder's, and `office` says so, when the holder is named by two words or more
 * or is a person's title ("ombudsman", "defender"); otherwise ("Office for Nationalities") the
 * office word stays a content word.
 */
import { nameKey } from '../org-candidate.js';

const LITTLE = new Set(['of', 'the', 'for', 'on', 'in', 'and', 'to', 'at', 'a', 'an']);
/** "Office of the X", "Office for X", "X's Office": the office a holder runs; "the National X": the State's one holder. */
const OFFICE_OF = /^office\s+(?:of|for)\s+(?:the\s+)?(.+)$/;
const OFFICE_POSSESSIVE = /^(.+?)'s?\s+office$/;
const NATIONAL = /^national\s+(\S+)$/;
/** A noun for a person holding an office ("ombudsman", "defender", "mediator", "advocate"), not a body ("assembly"). */
const HOLDER = /(?:\*|er|or|ate)$/;

/** A word naming a person who holds an office, as keyed ("ombuds*", "commissioner", "defender"). */
export function isHolderWord(word: string): boolean {
  return HOLDER.test(word);
}

/** A title's gender-neutral form and its other forms are one word: "ombudsperson", "ombudsman", "ombudswoman". */
function neutral(word: string): string {
  const m = /^(\p{L}{4,}?)(?:person|woman|man)$/u.exec(word);
  return m ? `${m[1]}*` : word;
}

/** "sports" → "sport"; short words ("its", "bus") and "-ss" stay. */
function singular(word: string): string {
  return word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

function contentWords(key: string): string[] {
  return key
    .replace(/'s\b/g, '')
    .replace(/(?<=s)'(?=\s|$)/g, '')
    .split(/\s+/)
    .filter((w) => w !== '' && !LITTLE.has(w))
    .map((w) => neutral(singular(w)));
}

export interface BodyKey {
  /** The content words, sorted and joined by a space. */
  words: string;
  /** The name is the office of the holder the words name. */
  office: boolean;
}

/** Keys are read for every name of every group, several times per document. */
const cache = new Map<string, BodyKey>();

export function bodyKey(name: string): BodyKey {
  const hit = cache.get(name);
  if (hit) return hit;
  const key = nameKey(name);
  const of = OFFICE_OF.exec(key) ?? OFFICE_POSSESSIVE.exec(key) ?? NATIONAL.exec(key);
  const holder = of ? contentWords(of[1] as string) : null;
  const out =
    holder && (holder.length > 1 || HOLDER.test(holder[0] ?? ''))
      ? { words: [...holder].sort().join(' '), office: true }
      : { words: contentWords(key).sort().join(' '), office: false };
  if (cache.size >= 20_000) cache.clear();
  cache.set(name, out);
  return out;
}

/**
 * Adjectives of a State: the vocabulary's, and the regular English forms of its name ("Kenya" →
 * "Kenyan", "Ghana" → "Ghanaian", "Slovenia" → "Slovenian", "Italy" → "Italian"), lower-cased.
 */
export function stateAdjectives(name: string, listed: readonly string[] = []): Set<string> {
  const n = name.toLowerCase();
  const out = new Set(
    listed
      .flatMap((a) => a.split(/\s*(?:,|\bor\b)\s*/))
      .map((a) => a.trim().toLowerCase())
      .filter((a) => a !== ''),
  );
  if (/^\p{L}+$/u.test(n)) {
    if (n.endsWith('a')) out.add(`${n}n`);
    if (n.endsWith('y')) out.add(`${n.slice(0, -1)}ian`);
    out.add(`${n}ian`);
    out.add(`${n}ese`);
  }
  return out;
}
