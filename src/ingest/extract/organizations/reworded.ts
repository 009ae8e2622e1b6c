/**
 * One body written in several wordings in one document, none of them defined as an alias:
 *
 *   the same words in another order or with other little words   "Ombudsman for Human Rights" /
 *                                                                "Human Rights Ombudsman";
 *                                                                "Court on X" / "Court of X"
 *   the gender-neutral form of the holder's title                "X Ombudsperson" / "X Ombudsman"
 *   the office of a holder, written either way                   "X's Office" / "Office of the X" / "X"
 *   the national holder of a title                               "the National Ombudsman" / "X Ombudsman"
 *   a body qualified by the reviewed State's adjective           "the Ghanaian Ministry of Roads" /
 *                                                                "the Ministry of Roads" (review of Ghana)
 *
 * A bare office ("the Ombudsman's Office", "Office of the Ombudsman") joins a longer name only
 * when exactly one group of the document holds that holder's title: with two ombudsmen in the
 * text it stays apart. Groups tied to two different vocabulary entries, or with two different
 * acronyms, are never joined.
 */
import { acronymKey, nameKey } from '../org-candidate.js';
import type { Group, Registry } from '../org-registry.js';
import { isAcronymWord } from '../proper-names.js';
import { bodyKey as wording, isHolderWord } from './body-key.js';

function namesOf(g: Group): string[] {
  return [...new Set([...g.names, ...g.aliases])].filter((n) => !isAcronymWord(n) && n.length <= 150 && !/[,:;()]/.test(n));
}

function compatible(a: Group, b: Group): boolean {
  if (a.known && b.known && a.known !== b.known) return false;
  const acrA = new Set([...a.acronyms, ...(a.known?.acronym ? [a.known.acronym] : [])].map(acronymKey));
  const acrB = [...b.acronyms, ...(b.known?.acronym ? [b.known.acronym] : [])].map(acronymKey);
  return acrA.size === 0 || acrB.length === 0 || acrB.some((x) => acrA.has(x));
}

/**
 * "The Ghanaian Ministry of Roads" beside "the Ministry of Roads" in the review of Ghana: the
 * reviewed State's own body, written with and without its adjective (and in any wording the
 * body key joins: "Slovenian Ministry of Interior" / "Ministry of the Interior"). Only the State under review:
 * another State's ministry is another body.
 */
function mergeReviewedStateForms(registry: Registry, adjectives: Set<string>): void {
  if (adjectives.size === 0) return;
  const byKey = new Map<string, Group>();
  const keyOf = (n: string) => wording(n).words;
  for (const g of registry.live()) for (const n of namesOf(g)) if (!byKey.has(keyOf(n))) byKey.set(keyOf(n), g);
  for (const g of registry.live()) {
    if (!g.alive) continue;
    for (const n of namesOf(g)) {
      const m = /^(?:the\s+)?(\p{L}+)\s+(.+)$/u.exec(n);
      if (!m || !adjectives.has((m[1] as string).toLowerCase()) || !(m[2] as string).includes(' ')) continue;
      const plain = byKey.get(keyOf(m[2] as string));
      if (plain && plain.alive && plain !== g && compatible(plain, g)) {
        registry.merge(plain, g);
        break;
      }
    }
  }
}

export function mergeRewordings(registry: Registry, reviewedAdjectives: Set<string> = new Set()): void {
  mergeReviewedStateForms(registry, reviewedAdjectives);
  // 1. the same content words: one group
  const byWords = new Map<string, Group>();
  for (const g of registry.live()) {
    for (const n of namesOf(g)) {
      const w = wording(n).words;
      if (!w.includes(' ')) continue; // one word says too little ("Council")
      const owner = byWords.get(w);
      if (!owner || !owner.alive) {
        byWords.set(w, g);
      } else if (owner !== g && compatible(owner, g)) {
        const [into, from] = g.known && !owner.known ? [g, owner] : [owner, g];
        registry.merge(into, from);
        byWords.set(w, into);
      }
    }
  }
  // 2. a bare office ("Office of the Ombudsman", "the Ombudsman's Office"): one group however
  // written, joined to the one group whose name holds that title
  const bareOffices = new Map<string, Group>();
  for (const g of registry.live()) {
    if (!g.alive) continue;
    for (const holder of bareOfficeHolders(g)) {
      const same = bareOffices.get(holder);
      if (same?.alive && same !== g && compatible(same, g)) {
        registry.merge(same, g);
        continue;
      }
      bareOffices.set(holder, g);
    }
  }
  for (const g of registry.live()) {
    if (!g.alive) continue;
    for (const holder of [...bareOfficeHolders(g), ...shortOfficeHolders(g)]) {
      const title = holder.split(' ');
      const holders = registry.live().filter(
        (o) =>
          o !== g &&
          namesOf(o).some((n) => {
            const w = wording(n).words;
            const words = w.split(' ');
            return w !== holder && title.every((t) => words.includes(t));
          }),
      );
      if (holders.length === 1 && compatible(holders[0]!, g)) registry.merge(holders[0]!, g);
    }
  }
  mergeLeadingWords(registry);
}

/**
 * "the Global Initiative" after "the Global Initiative against Transnational Organized Crime":
 * a two-word name that is the leading words of exactly one longer name, which goes on with a
 * joining word, is that body.
 */
function mergeLeadingWords(registry: Registry): void {
  for (const g of registry.live()) {
    if (!g.alive || g.known || g.acronyms.length > 0 || g.names.length !== 1) continue;
    const n = g.names[0]!.replace(/^the\s+/i, '');
    if (!/^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(n)) continue;
    const longer = registry
      .live()
      .filter(
        (h) =>
          h !== g &&
          compatible(h, g) &&
          namesOf(h).some(
            (m) =>
              m.replace(/^the\s+/i, '').startsWith(`${n} `) &&
              /^(?:against|for|on|of|in)\s/.test(m.replace(/^the\s+/i, '').slice(n.length + 1)),
          ),
      );
    if (longer.length === 1) registry.merge(longer[0]!, g);
  }
}

/** The one-word holders whose office a group is named as ("Office of the Ombudsman" → "ombudsman"). */
function bareOfficeHolders(g: Group): string[] {
  return namesOf(g)
    .map(wording)
    .filter((w) => w.office && !w.words.includes(' '))
    .map((w) => w.words);
}

/**
 * The office of a holder named by a short title without its portfolio ("Office of the High
 * Commissioner" → "commissioner high"), as a weak name only: it stands for the one body whose
 * full name holds that title ("Office of the … High Commissioner for Human Rights").
 */
function shortOfficeHolders(g: Group): string[] {
  if (!g.weak || g.acronyms.length > 0 || g.known) return [];
  return namesOf(g)
    .filter((n) => /^office\s+of\s/.test(nameKey(n)))
    .map(wording)
    .filter((w) => w.office && w.words.includes(' ') && w.words.split(' ').length <= 3 && w.words.split(' ').some(isHolderWord))
    .map((w) => w.words);
}
