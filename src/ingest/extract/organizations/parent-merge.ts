/**
 * One body under two names in one document: "X of the P" beside "X" (or "P X" beside "X"),
 * where P is an organization: one the document names, one of the vocabulary, or the parent an
 * acronym of either is prefixed with ("CoE-…", P abbreviated by "CoE"). The group named "X"
 * absorbs the other, so the body's own name stays its name and the longer one becomes an alias.
 *
 * Left alone: a body written under two different parents in one document ("Parliamentary
 * Assembly of the A" and "… of the B": the short name is ambiguous there), and two groups tied
 * to two different vocabulary entries.
 */
import type { Vocabularies } from '../vocabulary.js';
import type { Group, Registry } from '../org-registry.js';
import { nameKey } from '../org-candidate.js';
import { isAcronymWord } from '../proper-names.js';
import { abbreviates } from './schwartz-hearst.js';
import { parentPart, parentSplits } from './parent-qualified.js';

/** Names of a group worth splitting: its names and aliases, not acronyms or a joint submission's long form. */
function namesOf(g: Group): string[] {
  const all = [...g.names, ...g.aliases, ...(g.known ? [g.known.name, ...g.known.aliases] : [])];
  return [...new Set(all)].filter((n) => !isAcronymWord(n) && /\s/.test(n) && n.length <= 150 && !/[,:;()]/.test(n));
}

function acronymsOf(g: Group): string[] {
  return [...g.acronyms, ...(g.known?.acronym ? [g.known.acronym] : [])];
}

interface Qualified {
  group: Group;
  parent: string;
}

export function mergeParentQualified(registry: Registry, vocab: Vocabularies): void {
  const live = registry.live();
  const organizations = new Set<string>();
  for (const g of live) for (const n of namesOf(g)) organizations.add(nameKey(n));
  for (const o of vocab.organizations) for (const n of [o.name, ...o.aliases]) organizations.add(nameKey(n));
  const owner = new Map<string, Group>();
  for (const g of live) for (const n of namesOf(g)) if (!owner.has(nameKey(n))) owner.set(nameKey(n), g);

  const byBody = new Map<string, Qualified[]>();
  for (const g of live) {
    for (const n of namesOf(g)) {
      for (const s of parentSplits(n, (words) => organizations.has(nameKey(words)))) {
        const key = nameKey(s.body);
        byBody.set(key, [...(byBody.get(key) ?? []), { group: g, parent: s.parent }]);
      }
    }
  }
  for (const [body, qualified] of byBody) {
    const target = owner.get(body);
    if (!target?.alive) continue;
    const parents = new Set(qualified.map((q) => nameKey(q.parent)));
    if (parents.size > 1) continue;
    for (const q of qualified) {
      if (q.group === target || !q.group.alive) continue;
      if (target.known && q.group.known && target.known !== q.group.known) continue;
      const isParent =
        organizations.has(nameKey(q.parent)) ||
        [...acronymsOf(target), ...acronymsOf(q.group)].some((a) => {
          const p = parentPart(a);
          return p !== null && abbreviates(p, q.parent);
        });
      if (isParent) registry.merge(target, q.group);
    }
  }
}

/**
 * The name to report for a group's names: the first one, unless it is another of them
 * qualified by its parent ("X of the P" beside "X"), where the body's own name is the name.
 */
export function ownName(names: string[]): string | null {
  const first = names[0];
  if (first === undefined) return null;
  const keys = new Map(names.map((n) => [nameKey(n), n]));
  const organizations = new Set(keys.keys());
  for (const s of parentSplits(first, (words) => organizations.has(nameKey(words)))) {
    const own = keys.get(nameKey(s.body));
    if (own !== undefined) return own;
  }
  return first;
}
