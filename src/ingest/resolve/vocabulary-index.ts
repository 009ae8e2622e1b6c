/**
 * Lookups into the vocabularies by name key, built once per Vocabularies object. Resolve asks
 * "which place / organization is this name?" for every addressee, speaker and organization of
 * every document; scanning the lists with `nameKey` on each entry each time took 1–2 s of a
 * 200-document folder. Each map keeps the first entry in vocabulary order, so a lookup answers
 * as `Array.prototype.find` over the list did.
 */
import { nameKey } from '../../graph/ids.js';
import type { KnownOrganization, PlaceEntry, Vocabularies } from '../extract/vocabulary.js';

interface VocabularyIndex {
  /** Place name or alternative label (name key) → place. */
  place: Map<string, PlaceEntry>;
  /** Organization name (name key) → position in the list. */
  orgName: Map<string, number>;
  /** Organization alias (name key) → position. */
  orgAlias: Map<string, number>;
  /** Organization acronym (name key) → position. */
  orgAcronymKey: Map<string, number>;
  /** Organization acronym or alias, lower-cased as written → position. */
  orgAcronymLower: Map<string, number>;
}

const built = new WeakMap<Vocabularies, VocabularyIndex>();

function indexOf(vocab: Vocabularies): VocabularyIndex {
  let index = built.get(vocab);
  if (index) return index;
  const first = <V>(m: Map<string, V>, key: string, value: V) => {
    if (!m.has(key)) m.set(key, value);
  };
  index = { place: new Map(), orgName: new Map(), orgAlias: new Map(), orgAcronymKey: new Map(), orgAcronymLower: new Map() };
  for (const p of vocab.places) for (const n of [p.name, ...p.altLabels]) first(index.place, nameKey(n), p);
  vocab.organizations.forEach((o, i) => {
    first(index!.orgName, nameKey(o.name), i);
    for (const a of o.aliases) {
      first(index!.orgAlias, nameKey(a), i);
      first(index!.orgAcronymLower, a.toLowerCase(), i);
    }
    if (o.acronym) {
      first(index!.orgAcronymKey, nameKey(o.acronym), i);
      first(index!.orgAcronymLower, o.acronym.toLowerCase(), i);
    }
  });
  built.set(vocab, index);
  return index;
}

/** The place whose name or alternative label has this name's key. */
export function placeByName(vocab: Vocabularies, name: string): PlaceEntry | undefined {
  return indexOf(vocab).place.get(nameKey(name));
}

/** Whether a vocabulary organization is named so, by its name or an alias. */
export function isVocabularyOrganizationName(vocab: Vocabularies, name: string): boolean {
  const { orgName, orgAlias } = indexOf(vocab);
  const key = nameKey(name);
  return orgName.has(key) || orgAlias.has(key);
}

/**
 * The first vocabulary organization that one of these name keys names (by name or alias), that
 * this acronym names (its acronym or an alias, ignoring case), or whose acronym has one of
 * these keys (when a name or an acronym is given).
 */
export function vocabularyOrganization(
  vocab: Vocabularies,
  keys: readonly string[],
  acronymLower: string | undefined,
  byAcronymKey: boolean,
): KnownOrganization | undefined {
  const index = indexOf(vocab);
  const hits: (number | undefined)[] = [];
  for (const k of keys) hits.push(index.orgName.get(k), index.orgAlias.get(k), byAcronymKey ? index.orgAcronymKey.get(k) : undefined);
  if (acronymLower !== undefined) hits.push(index.orgAcronymLower.get(acronymLower));
  const found = hits.filter((i): i is number => i !== undefined);
  return found.length ? vocab.organizations[Math.min(...found)] : undefined;
}

/** The first vocabulary organization with this name key as its name or its acronym. */
export function vocabularyOrganizationByNameOrAcronym(vocab: Vocabularies, name: string): KnownOrganization | undefined {
  const index = indexOf(vocab);
  const key = nameKey(name);
  const found = [index.orgName.get(key), index.orgAcronymKey.get(key)].filter((i): i is number => i !== undefined);
  return found.length ? vocab.organizations[Math.min(...found)] : undefined;
}
