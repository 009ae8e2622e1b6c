/**
 * One node per organization, however the text names it: full name, acronym, or an alias
 * from the vocabulary or an earlier document. The canonical name decides the id, so the
 * same organization in two documents meets on one node. A body named with its parent in one
 * document ("X of the Council of Europe") and without it in another ("X") is one node when the
 * parent is an organization (of the vocabulary, this document or the graph).
 */
import type { OrganizationFact, OrgRef, OrganizationKind } from '../extract/facts.js';
import type { Vocabularies } from '../extract/vocabulary.js';
import { ids, nameKey } from '../../graph/ids.js';
import { parentSplits } from '../extract/organizations/parent-qualified.js';
import { isVocabularyOrganizationName, vocabularyOrganization } from './vocabulary-index.js';

/** Organizations already in the graph, so a later document that only says "MMC" finds the node. */
export interface KnownOrganizationIndex {
  byAcronym: Map<string, { id: string; name: string }>;
  byName: Map<string, { id: string; name: string }>;
  /** A name "X of the P" under the key of X, with P: found by a later document that says only "X". */
  byBody: Map<string, { id: string; name: string; parent: string }>;
}

export interface ResolvedOrganization {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind | null;
  location: string | null;
}

export function emptyOrganizationIndex(): KnownOrganizationIndex {
  return { byAcronym: new Map(), byName: new Map(), byBody: new Map() };
}

export class OrganizationResolver {
  private readonly byAcronym = new Map<string, ResolvedOrganization>();
  private readonly byName = new Map<string, ResolvedOrganization>();
  readonly resolved = new Map<string, ResolvedOrganization>();

  constructor(
    private readonly vocab: Vocabularies,
    private readonly known: KnownOrganizationIndex = emptyOrganizationIndex(),
  ) {}

  /** Registers the document's own definitions first, so bare acronyms in references find them. */
  registerAll(facts: OrganizationFact[]): void {
    // Facts with both name and acronym define the pairing; register them before the rest.
    const ordered = [...facts].sort((a, b) => Number(!!b.name && !!b.acronym) - Number(!!a.name && !!a.acronym));
    for (const f of ordered) this.register(f, f.kind, f.aliases, f.location);
  }

  /** Maps a reference to its organization's node, creating one if the name is new. Null when empty. */
  resolve(ref: OrgRef | null): ResolvedOrganization | null {
    if (!ref || (!ref.name && !ref.acronym)) return null;
    return this.register(ref, null, [], null);
  }

  private register(ref: OrgRef, kind: OrganizationKind | null, aliases: string[], location: string | null): ResolvedOrganization {
    const name = ref.name?.trim() || null;
    const acronym = ref.acronym?.trim() || null;
    let found =
      (name ? this.byName.get(nameKey(name)) : undefined) ??
      (acronym ? this.byAcronym.get(acronym.toLowerCase()) : undefined) ??
      aliases.map((a) => this.byName.get(nameKey(a))).find((x) => x !== undefined);
    if (!found) {
      const canonical = this.canonical(name, acronym, aliases);
      found = this.resolved.get(canonical.id);
      if (!found) {
        found = { ...canonical, aliases: [], kind: canonical.kind ?? kind, location };
        this.resolved.set(found.id, found);
      }
    }
    if (!found.acronym && acronym) found.acronym = acronym;
    if (!found.kind && kind) found.kind = kind;
    if (!found.location && location) found.location = location;
    for (const alias of [name, acronym, ...aliases]) {
      if (alias && alias !== found.name && alias !== found.acronym && !found.aliases.includes(alias)) found.aliases.push(alias);
    }
    this.index(found, name, acronym, aliases);
    return found;
  }

  private index(org: ResolvedOrganization, name: string | null, acronym: string | null, aliases: string[]): void {
    for (const n of [org.name, name, ...aliases]) if (n) this.byName.set(nameKey(n), org);
    for (const a of [org.acronym, acronym]) if (a) this.byAcronym.set(a.toLowerCase(), org);
  }

  /** Whether a name is an organization's: of the vocabulary, of this document, or of the graph. */
  private isOrganization(name: string): boolean {
    const key = nameKey(name);
    return (
      this.byName.has(key) ||
      this.known.byName.has(key) ||
      isVocabularyOrganizationName(this.vocab, name)
    );
  }

  /** A node in the graph for the same body with or without its parent: "X of the P" ↔ "X". */
  private inGraphUnderParent(name: string): { id: string; name: string } | undefined {
    for (const s of parentSplits(name, (words) => this.isOrganization(words))) {
      const own = this.isOrganization(s.parent) ? this.known.byName.get(nameKey(s.body)) : undefined;
      if (own) return own;
    }
    const qualified = this.known.byBody.get(nameKey(name));
    return qualified && this.isOrganization(qualified.parent) ? qualified : undefined;
  }

  /** The vocabulary's name wins, then a node already in the graph, then the text's own full name. */
  private canonical(name: string | null, acronym: string | null, aliases: string[]): Omit<ResolvedOrganization, 'aliases' | 'location'> {
    const keys = [name, ...aliases].filter((x): x is string => !!x).map(nameKey);
    const acr = acronym?.toLowerCase();
    const known = vocabularyOrganization(this.vocab, keys, acr, !!(name || acr));
    if (known) return { id: ids.organization(known.name), name: known.name, acronym: known.acronym ?? acronym, kind: known.kind };
    const inGraph =
      (name ? this.known.byName.get(nameKey(name)) : undefined) ??
      (acr ? this.known.byAcronym.get(acr) : undefined) ??
      (name ? this.inGraphUnderParent(name) : undefined);
    if (inGraph) return { id: inGraph.id, name: inGraph.name, acronym, kind: null };
    const display = name ?? acronym!;
    return { id: ids.organization(display), name: display, acronym, kind: null };
  }
}
