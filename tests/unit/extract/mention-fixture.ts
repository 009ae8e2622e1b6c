/**
 * Hand-built ParsedDocuments and vocabularies for the mention extractors' tests (organizations,
 * instruments, projects, terms, places, statistics), so each rule is tested on text written for
 * it, not only on the seed; plus the parsed seed for the end-to-end checks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../src/ingest/parse/parsed-document.js';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import type { StatementFact } from '../../../src/ingest/extract/facts.js';
import type { Vocabularies, VocabularyTerm } from '../../../src/ingest/extract/vocabulary.js';

export interface ParaInput {
  number: string;
  text: string;
  footnoteRefs?: string[];
}

/** Paragraphs numbered 1, 2, 3… unless given as {number, text}; footnotes as [number, text]. */
export function makeDoc(paragraphs: (string | ParaInput)[], footnotes: [string, string][] = []): ParsedDocument {
  return {
    sourceFile: 'fixture.md',
    checksum: '0'.repeat(64),
    format: 'markdown',
    title: 'Fixture',
    symbol: null,
    date: null,
    titleBlock: [],
    sections: [],
    paragraphs: paragraphs.map((p, i) => {
      const para = typeof p === 'string' ? { number: String(i + 1), text: p } : p;
      return {
        number: para.number,
        order: i,
        text: para.text,
        sectionKey: null,
        parentNumber: null,
        items: [],
        footnoteRefs: typeof p === 'string' ? [] : (p.footnoteRefs ?? []),
        pages: [],
      };
    }),
    footnotes: footnotes.map(([number, text]) => ({ number, text })),
    unnumbered: [],
  };
}

export function vocab(partial: Partial<Vocabularies> = {}): Vocabularies {
  return { concepts: [], drivers: [], organizations: [], places: [], projects: [], ...partial };
}

export function term(id: string, prefLabel: string, altLabels: string[] = [], category: string | null = null): VocabularyTerm {
  return { id, prefLabel, altLabels, category };
}

/** A few places, enough for tests that must tell States from organizations. */
export const SOME_PLACES: Vocabularies['places'] = [
  { name: 'Kenya', kind: 'country', altLabels: ['Republic of Kenya'] },
  { name: 'Slovenia', kind: 'country', altLabels: ['Republic of Slovenia'] },
  { name: 'Netherlands', kind: 'country', altLabels: ['Kingdom of the Netherlands'] },
  { name: 'United Kingdom', kind: 'country', altLabels: ['United Kingdom of Great Britain and Northern Ireland'] },
  { name: 'Mexico', kind: 'country', altLabels: [] },
  { name: 'East Africa', kind: 'region', altLabels: [] },
];

export function statement(
  paragraph: string,
  organization: StatementFact['speaker']['organization'],
  start?: number,
  end?: number,
): StatementFact {
  return {
    key: `para${paragraph}-1`,
    paragraph,
    speaker: { kind: 'panellist', personKey: null, organization, quantifier: null, surface: 'The panellist' },
    text: '',
    agendaItem: null,
    panelOrdinal: null,
    method: 'rule',
    confidence: 0.9,
    evidence: [{ paragraph, start, end }],
  };
}

export const SEED_PATH = fileURLToPath(new URL('../../../seeds/ctoc-som-constructive-dialogue-2023.md', import.meta.url));

let seed: ParsedDocument | null = null;
export function parsedSeed(): ParsedDocument {
  seed ??= parseDocument(readFileSync(SEED_PATH), SEED_PATH);
  return seed;
}
