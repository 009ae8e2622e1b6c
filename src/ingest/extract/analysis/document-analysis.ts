/**
 * One analysis per document, computed once and shared by the extractors (issue 9, item 7): the
 * kind of document, each paragraph's sentences (by the library, memoised), the people the text
 * names in full, the short forms it defines for organizations, and the body and session whose
 * record it is. Memoised per ParsedDocument object, so every extractor that asks gets the same
 * object and nothing is read twice.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import { classifyDocument } from '../document-kind.js';
import { bodySession, type BodySession } from '../meeting/body-session.js';
import { readAliases, type AliasMap } from '../statements/aliases.js';
import { fullNamesIn } from '../statements/full-names.js';
import { splitSentences, type Sentence } from '../text-sentences.js';

export interface DocumentAnalysis {
  kind: string;
  sentences(p: ParsedParagraph): Sentence[];
  /** Names written in full after an honorific ("Ms. Leila Haddad"). */
  fullNames: string[];
  /** "(the Ombudsman)", "(hereinafter "the Platform")". */
  aliases: AliasMap;
  body: BodySession | null;
}

const cache = new WeakMap<ParsedDocument, DocumentAnalysis>();

export function analyseDocument(doc: ParsedDocument): DocumentAnalysis {
  let a = cache.get(doc);
  if (!a) {
    a = {
      kind: classifyDocument(doc),
      sentences: (p) => splitSentences(p.text),
      fullNames: fullNamesIn(doc),
      aliases: readAliases(doc),
      body: bodySession(doc),
    };
    cache.set(doc, a);
  }
  return a;
}
