/**
 * One body written two ways in one document. Reports are drafted by several hands and the
 * same office comes out as "Office of Equal Opportunities" and "Office for Equal
 * Opportunities", "Ministry of Interior" and "Ministry of the Interior", "Ministry for
 * Education and Sports" and "Ministry of Education and Sport", or with its State's adjective
 * in front ("the Kenyan Human Rights Commission" beside "the Human Rights Commission"), or as
 * its office ("the Office of the Ombudsperson for Children" beside "the Ombudsperson for Children"). Within
 * one document such pairs are one organization: the group met first absorbs the other, whose
 * name stays as an alias.
 *
 * The variant key ignores articles, reads "for" as "of" and drops a plural "s" (words of more
 * than three letters); nothing else. Left alone: two groups tied to two different vocabulary
 * entries, and a name of one word once the adjective is gone ("Kenyan Parliament").
 */
import type { Vocabularies } from '../vocabulary.js';
import type { PlaceEntryWithForms } from '../load-vocabularies.js';
import type { Group, Registry } from '../org-registry.js';
import { nameKey } from '../org-candidate.js';
import { isAcronymWord } from '../proper-names.js';

export function variantKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => w !== 'the')
    .map((w) => (w === 'for' ? 'of' : w.length > 3 ? w.replace(/s$/, '') : w))
    .join(' ');
}

/**
 * Adjectives of States, lower-cased: the vocabulary's demonyms, and "<name>n" for a name in
 * "-ia" ("Slovenia" → "slovenian", "Colombia" → "colombian"), the regular English form.
 */
function stateAdjectives(vocab: Vocabularies): Set<string> {
  const out = new Set<string>();
  for (const p of vocab.places) {
    if (p.kind !== 'country') continue;
    const forms = (p as PlaceEntryWithForms).adjectives ?? [];
    for (const a of forms) for (const one of a.split(/\s*(?:,|\bor\b)\s*/)) if (one) out.add(one.toLowerCase());
    for (const n of [p.name, ...p.altLabels]) if (/^\p{Lu}\p{Ll}+ia$/u.test(n)) out.add(`${n.toLowerCase()}n`);
  }
  return out;
}

function namesOf(g: Group): string[] {
  return [...new Set([...g.names, ...g.aliases])].filter((n) => !isAcronymWord(n) && /\s/.test(n));
}

export function mergeNameVariants(registry: Registry, vocab: Vocabularies): void {
  const adjectives = stateAdjectives(vocab);
  const owner = new Map<string, Group>();
  const sameBody = (a: Group, b: Group) => a !== b && a.alive && b.alive && !(a.known && b.known && a.known !== b.known);
  for (const g of registry.live()) {
    for (const n of namesOf(g)) {
      const key = variantKey(n);
      const first = owner.get(key);
      if (first && sameBody(first, g)) registry.merge(first, g);
      else if (!first) owner.set(key, g);
    }
  }
  for (const g of registry.live()) {
    for (const n of namesOf(g)) {
      const words = n.replace(/^the\s+/i, '').split(/\s+/);
      // "the Office of the Human Rights Ombudsman" beside "the Human Rights Ombudsman": the office is the institution
      const office = /^Office\s+of\s+(?:the\s+)?(\S+\s+\S.*)$/.exec(words.join(' '));
      const rest = office
        ? (office[1] as string)
        : words.length >= 3 && adjectives.has((words[0] as string).toLowerCase())
          ? words.slice(1).join(' ')
          : null;
      if (rest === null) continue;
      const plain = owner.get(variantKey(rest));
      if (plain && sameBody(plain, g)) registry.merge(plain, g);
    }
  }
  // "the Global Initiative" after "the Global Initiative against Transnational Organized Crime":
  // the leading words of exactly one longer name, which goes on with a joining word
  for (const g of registry.live()) {
    if (g.known || g.acronyms.length > 0 || g.names.length !== 1) continue;
    const n = (g.names[0] as string).replace(/^the\s+/i, '');
    if (!/^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(n)) continue;
    const longer = registry
      .live()
      .filter((h) => sameBody(h, g) && namesOf(h).some((m) => m.startsWith(`${n} `) && /^(?:against|for|on|of|in)\s/.test(m.slice(n.length + 1))));
    if (longer.length === 1) registry.merge(longer[0] as Group, g);
  }
}
