/**
 * Vocabularies the extractors look terms up in. They live in `seeds/vocabularies/` as
 * reviewable JSON files and are validated on load (see `load-vocabularies.ts`).
 */
import type { OrganizationKind } from './facts.js';

export interface VocabularyTerm {
  /** Stable id with its kind as prefix: `concept:non-liability-principle`, `driver:economic-reasons`. */
  id: string;
  prefLabel: string;
  /** Other ways the text says it; matched case-insensitively on word boundaries. */
  altLabels: string[];
  /** Grouping, e.g. "economic", "security" for drivers; "principle", "approach" for concepts. */
  category: string | null;
}

export interface KnownOrganization {
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
}

export interface PlaceEntry {
  name: string;
  kind: 'country' | 'region';
  altLabels: string[];
}

export interface KnownProject {
  name: string;
  acronym: string | null;
}

export interface Vocabularies {
  concepts: VocabularyTerm[];
  drivers: VocabularyTerm[];
  organizations: KnownOrganization[];
  places: PlaceEntry[];
  projects: KnownProject[];
}
