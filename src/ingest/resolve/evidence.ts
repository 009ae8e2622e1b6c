/** Turns a fact's evidence and method into the properties every text-derived relationship carries. */
import type { FactBase } from '../extract/facts.js';
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
