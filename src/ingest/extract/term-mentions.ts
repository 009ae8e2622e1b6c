/**
 * Vocabulary terms (concepts, drivers of migration) mentioned in numbered paragraphs: one
 * MentionFact per (term, paragraph), its evidence every occurrence there. All labels of all
 * terms go into one matcher built once per call, so the cost is one pass over the text.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, MentionFact } from './facts.js';
import type { VocabularyTerm } from './vocabulary.js';
import { paragraphTexts, evidenceAt } from './citable-texts.js';
import { TermMatcher, type MatcherEntry } from './term-matcher.js';

/**
 * A multi-word label ("non-liability clause") rarely means anything else; a single word
 * ("violence", "data") often does, so it is reported with less confidence.
 */
export function labelConfidence(label: string): number {
  return /[\s\-‐‑]/.test(label.trim()) ? 0.9 : 0.7;
}

export function termEntries(terms: VocabularyTerm[]): MatcherEntry<VocabularyTerm>[] {
  return terms.flatMap((term) =>
    [term.prefLabel, ...term.altLabels].map((label) => ({
      label,
      value: term,
      // An all-capitals label is an acronym: "SAR" must not match "sar".
      caseSensitive: /^[A-Z0-9][A-Z0-9.\-/]+$/.test(label),
    })),
  );
}

const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'against', 'to', 'a', 'an']);

/**
 * A lowercase label found in Title Case mid-sentence is part of a proper name, not the theme:
 * "Counter Human Trafficking Trust", "Mixed Migration Centre", "Working Group on the Smuggling
 * of Migrants". A capital on the first word at a sentence start is just the sentence, and
 * ALL CAPITALS is emphasis, not a name.
 */
export function insideProperName(text: string, start: number, end: number, label: string): boolean {
  if (label !== label.toLowerCase()) return false;
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)];
  const sentenceStart = /(?:^|[.!?:;]\s+|["“(]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  return words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w[0]) && !NAME_CONNECTORS.has(w[0].toLowerCase()) && !(i === 0 && sentenceStart));
}

/** One matcher per vocabulary list: building it tokenises every label, the same for every document. */
const matchers = new WeakMap<VocabularyTerm[], TermMatcher<VocabularyTerm>>();

export function extractTermMentions(doc: ParsedDocument, terms: VocabularyTerm[]): MentionFact[] {
  if (terms.length === 0) return [];
  let matcher = matchers.get(terms);
  if (!matcher) matchers.set(terms, (matcher = new TermMatcher(termEntries(terms))));
  const facts: MentionFact[] = [];
  for (const para of paragraphTexts(doc)) {
    const byTerm = new Map<string, { term: VocabularyTerm; evidence: Evidence[]; confidence: number; surface: string }>();
    for (const m of matcher.scan(para.text)) {
      if (insideProperName(para.text, m.start, m.end, m.label)) continue;
      let entry = byTerm.get(m.value.id);
      if (!entry) {
        entry = { term: m.value, evidence: [], confidence: 0, surface: m.surface };
        byTerm.set(m.value.id, entry);
      }
      entry.evidence.push(evidenceAt(para.key, para.text, m.start, m.end));
      entry.confidence = Math.max(entry.confidence, labelConfidence(m.label));
    }
    for (const { term, evidence, confidence, surface } of byTerm.values()) {
      facts.push({ term: term.id, surface, method: 'gazetteer', confidence, evidence });
    }
  }
  return facts;
}
