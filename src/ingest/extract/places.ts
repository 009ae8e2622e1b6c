/**
 * Countries and regions named in numbered paragraphs, from `vocab.places`; the fact's term is
 * the place's canonical name. One MentionFact per (place, paragraph), evidence every occurrence.
 *
 * Rules, and why:
 * - A place name must start with a capital ("Chad", not "chad"; "Jordan" the State).
 * - An adjectival form counts only right before an institution noun: "Greek Ministry" is
 *   Greece acting, while "Italian minority" or "French" (the language) do not name the State.
 * - A place inside an organization's name is not the place: "Council of Europe", "Africa Group
 *   for …" (a place directly followed by an organization head noun) are skipped. A region at
 *   the end of a name ("Trust – East Africa") is kept: it says where the organization works.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, MentionFact } from './facts.js';
import type { PlaceEntry, Vocabularies } from './vocabulary.js';
import type { PlaceEntryWithForms } from './load-vocabularies.js';
import { paragraphTexts, evidenceAt } from './citable-texts.js';
import { TermMatcher, type MatcherEntry } from './term-matcher.js';

interface PlaceValue {
  place: PlaceEntry;
  adjective: boolean;
}

const INSTITUTION_AFTER_ADJECTIVE =
  /^\s+(?:ministry|ministries|government|authorities|parliament|navy|coast\s*guard|coastguard|police|courts?|constitution|prosecutors?|prosecution|embassy|consulate|armed\s+forces|military|army|delegation|presidency|ombudsman|border|borders|state|officials|legislation|laws?|judiciary|territory|territorial\s+waters|nationals|citizens|nationality)\b/i;

const ORGANIZATION_HEAD_AFTER =
  /^\s+(?:Group|Union|Process|Trust|Institute|Centre|Center|Council|Commission|Committee|Foundation|Network|Office|Programme|Program|Initiative|Forum|Bank|Fund|Society|Association|Partnership|Alliance|Coalition|Agency|Organi[sz]ation|Conference|Development Community)\b/;

const COUNCIL_OF_BEFORE = /\bCouncil\s+of\s+(?:the\s+)?$/;

function isAcronym(label: string): boolean {
  return /^[A-Z][A-Z.]+$/.test(label);
}

function adjectivesOf(place: PlaceEntry): string[] {
  return (place as PlaceEntryWithForms).adjectives ?? [];
}

export function placeEntries(places: PlaceEntry[]): MatcherEntry<PlaceValue>[] {
  return places.flatMap((place) => [
    ...[place.name, ...place.altLabels].map((label) => ({
      label,
      value: { place, adjective: false },
      caseSensitive: isAcronym(label),
      requireCapital: true,
    })),
    ...adjectivesOf(place).map((label) => ({ label, value: { place, adjective: true }, requireCapital: true })),
  ]);
}

/** Whether a match stands for the place itself in this context. */
function accepted(text: string, start: number, end: number, adjective: boolean): boolean {
  const after = text.slice(end, end + 40);
  if (adjective) return INSTITUTION_AFTER_ADJECTIVE.test(after);
  if (ORGANIZATION_HEAD_AFTER.test(after)) return false;
  return !COUNCIL_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

function confidenceOf(value: PlaceValue): number {
  if (value.adjective) return 0.75;
  return value.place.kind === 'country' ? 0.95 : 0.85;
}

/** One matcher per vocabulary: the general list has some 2,000 labels. */
const matchers = new WeakMap<PlaceEntry[], TermMatcher<PlaceValue>>();
function matcherFor(places: PlaceEntry[]): TermMatcher<PlaceValue> {
  let m = matchers.get(places);
  if (!m) matchers.set(places, (m = new TermMatcher(placeEntries(places))));
  return m;
}

export function extractPlaces(doc: ParsedDocument, vocab: Vocabularies): MentionFact[] {
  if (vocab.places.length === 0) return [];
  const matcher = matcherFor(vocab.places);
  const facts: MentionFact[] = [];
  for (const para of paragraphTexts(doc)) {
    const byPlace = new Map<string, { surface: string; confidence: number; evidence: Evidence[] }>();
    for (const m of matcher.scan(para.text)) {
      if (!accepted(para.text, m.start, m.end, m.value.adjective)) continue;
      const name = m.value.place.name;
      let entry = byPlace.get(name);
      if (!entry) {
        entry = { surface: m.surface, confidence: 0, evidence: [] };
        byPlace.set(name, entry);
      }
      entry.evidence.push(evidenceAt(para.key, para.text, m.start, m.end));
      entry.confidence = Math.max(entry.confidence, confidenceOf(m.value));
    }
    for (const [term, { surface, confidence, evidence }] of byPlace) {
      facts.push({ term, surface, method: 'gazetteer', confidence, evidence });
    }
  }
  return facts;
}
