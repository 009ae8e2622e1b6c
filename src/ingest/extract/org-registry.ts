/**
 * Merges organization candidates into one group per organization: two candidates are the
 * same organization when they share an acronym (hyphens aside), a name, or an alias. A group
 * keeps every name, acronym and piece of evidence; its kind is the one from the strongest
 * source (KIND_RANK), its method and confidence those of its strongest finder.
 */
import type { Evidence, Method, OrganizationKind } from './facts.js';
import type { KnownOrganization } from './vocabulary.js';
import { KIND_RANK, candidateKeys, type OrgCandidate } from './org-candidate.js';

export interface Group {
  names: string[];
  acronyms: string[];
  aliases: string[];
  kind: OrganizationKind | null;
  kindRank: number;
  location: string | null;
  method: Method;
  confidence: number;
  evidence: Evidence[];
  known: KnownOrganization | null;
  /** Found only as a named body or an attachment hint: dropped unless it stands on its own. */
  weak: boolean;
  hintOnly: boolean;
  alive: boolean;
  /** Where a list of contributors names it (see OrgCandidate.contribution). */
  contribution: Evidence | null;
}

export class Registry {
  readonly groups: Group[] = [];
  private readonly index = new Map<string, Group>();

  add(c: OrgCandidate, weak = false): Group {
    const keys = candidateKeys(c);
    const found = [...new Set(keys.map((k) => this.index.get(k)).filter((g): g is Group => g !== undefined))];
    let group = found[0];
    if (!group) {
      group = { ...emptyGroup(), method: c.method };
      this.groups.push(group);
    }
    for (const other of found.slice(1)) this.absorb(group, other);
    mergeInto(group, {
      names: c.name ? [c.name] : [],
      acronyms: c.acronym ? [c.acronym] : [],
      aliases: c.aliases,
      kind: c.kind,
      kindRank: c.kindRank,
      location: c.location,
      method: c.method,
      confidence: c.confidence,
      evidence: c.evidence,
      known: null,
      weak,
      hintOnly: c.hintOnly === true,
      alive: true,
      contribution: c.contribution ?? null,
    });
    for (const k of candidateKeys({ name: c.name, acronym: c.acronym, aliases: c.aliases })) this.index.set(k, group);
    return group;
  }

  /** Two groups found to be one organization by a rule outside the keys (a name and its parent-qualified form). */
  merge(into: Group, from: Group): void {
    if (into !== from && from.alive) this.absorb(into, from);
  }

  private absorb(into: Group, from: Group): void {
    mergeInto(into, from);
    from.alive = false;
    for (const [k, g] of this.index) if (g === from) this.index.set(k, into);
  }

  find(keys: string[]): Group | undefined {
    for (const k of keys) {
      const g = this.index.get(k);
      if (g) return g;
    }
    return undefined;
  }

  live(): Group[] {
    return this.groups.filter((g) => g.alive);
  }
}

export function knownCandidate(org: KnownOrganization, evidence: Evidence[]): OrgCandidate {
  return {
    name: org.name,
    acronym: org.acronym,
    aliases: org.aliases,
    kind: org.kind,
    kindRank: KIND_RANK.vocabulary,
    location: null,
    method: 'gazetteer',
    confidence: 0.95,
    evidence,
  };
}

function emptyGroup(): Group {
  return {
    names: [],
    acronyms: [],
    aliases: [],
    kind: null,
    kindRank: -1,
    location: null,
    method: 'pattern',
    confidence: 0,
    evidence: [],
    known: null,
    weak: true,
    hintOnly: true,
    alive: true,
    contribution: null,
  };
}

/** One group's findings added to another's: names pooled, the strongest kind and finder kept. */
function mergeInto(into: Group, from: Group): void {
  into.names.push(...from.names);
  into.acronyms.push(...from.acronyms);
  into.aliases.push(...from.aliases);
  if (from.kindRank > into.kindRank) {
    into.kind = from.kind;
    into.kindRank = from.kindRank;
  }
  into.location ??= from.location;
  if (from.confidence > into.confidence) {
    into.confidence = from.confidence;
    into.method = from.method;
  }
  into.evidence.push(...from.evidence);
  into.known ??= from.known;
  into.weak &&= from.weak;
  into.hintOnly &&= from.hintOnly;
  into.contribution ??= from.contribution;
}
