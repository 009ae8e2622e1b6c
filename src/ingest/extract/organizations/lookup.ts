/**
 * "Is this subject an organization the document names, and which?" for the statements and
 * people extractors: "The Platform proposed …", "HRW reported …", "Ms. X of La Strada
 * International stated …". A surface resolves when it is a short form the document defines
 * (resolveAlias), or the name, acronym or an alias of an organization the document names.
 * The organizations are read once per document and vocabulary.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { OrganizationFact, OrgRef } from '../facts.js';
import type { KnownOrganization, Vocabularies } from '../vocabulary.js';
import { extractOrganizations } from '../organizations.js';
import { aliasKey, resolveAlias } from './aliases.js';

const cache = new WeakMap<ParsedDocument, WeakMap<Vocabularies, Map<string, OrgRef>>>();

function indexOf(doc: ParsedDocument, vocab: Vocabularies): Map<string, OrgRef> {
  let byVocab = cache.get(doc);
  if (!byVocab) cache.set(doc, (byVocab = new WeakMap()));
  const found = byVocab.get(vocab);
  if (found) return found;
  const index = new Map<string, OrgRef>();
  for (const org of extractOrganizations(doc, vocab)) {
    const ref = { name: org.name, acronym: org.acronym };
    for (const surface of [org.name, org.acronym, ...org.aliases]) {
      if (surface && !index.has(aliasKey(surface))) index.set(aliasKey(surface), ref);
    }
  }
  byVocab.set(vocab, index);
  return index;
}

/** The organization `surface` names in this document, as its long form and acronym; null when none. */
export function resolveOrganization(doc: ParsedDocument, vocab: Vocabularies, surface: string): OrgRef | null {
  const alias = resolveAlias(doc, surface);
  const ref = indexOf(doc, vocab).get(aliasKey(alias?.name ?? surface));
  return ref ?? alias;
}

/**
 * The document's organizations in the vocabulary's shape, so a look-up built for known
 * organizations (text-subjects.ts `orgIndex`) also knows the document's own names, acronyms
 * and aliases: `orgIndex([...vocab.organizations, ...asKnownOrganizations(facts.organizations)])`.
 */
export function asKnownOrganizations(facts: OrganizationFact[]): KnownOrganization[] {
  return facts
    .filter((f): f is OrganizationFact & { name: string } => f.name !== null)
    .map((f) => ({ name: f.name, acronym: f.acronym, aliases: f.aliases, kind: f.kind ?? 'other' }));
}
