/** Turns a fact's evidence and method into the properties every text-derived relationship carries. */
import type { Evidence, FactBase, StatementFact } from '../extract/facts.js';
import type { Properties } from '../../graph/model.js';

export function provenance(docId: string, fact: FactBase): Properties {
  return {
    documentId: docId,
    paragraphs: [...new Set(fact.evidence.map((e) => e.paragraph))],
    method: fact.method,
    confidence: round(fact.confidence),
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Whether an occurrence lies inside one of a statement's spans in the same paragraph. When
 * either side has no offsets the text cannot say; `unknown` is the answer then (lenient for
 * mentions, strict for attributing a figure to one speaker).
 */
export function insideStatement(occurrence: Evidence, s: StatementFact, unknown: boolean): boolean {
  return s.evidence.some((span) => {
    if (span.paragraph !== occurrence.paragraph) return false;
    if (occurrence.start === undefined || span.start === undefined || span.end === undefined) return unknown;
    return occurrence.start >= span.start && occurrence.start < span.end;
  });
}
