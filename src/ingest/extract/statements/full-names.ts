/**
 * Names a document writes in full after an honorific ("Ms. Leila Haddad", "Mr. Pieter van
 * Aalst"), read once per document so that "Ms. Haddad" later is known to be the same person.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { HONORIFIC_SOURCE, readPersonName } from '../text-names.js';

const HONORIFIC = new RegExp(`(?<![\\p{L}])${HONORIFIC_SOURCE}\\s`, 'gu');

export function fullNamesIn(doc: ParsedDocument): string[] {
  const names = new Set<string>();
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(HONORIFIC)) {
      const person = readPersonName(p.text, m.index);
      if (person?.honorific && person.name.includes(' ')) names.add(person.name);
    }
  }
  return [...names];
}
