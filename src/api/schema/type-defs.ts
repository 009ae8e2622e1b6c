/**
 * The schema's source of truth is schema/*.graphql; this reads it in a fixed order so the
 * printed schema (and codegen's output) never depends on directory listing order.
 *
 * The @cypher statements of schema/citations.graphql write `CITATION(p, quote)` where they
 * return a paragraph as a Citation, and `CITED_TEXT(documentId, key)` where they find the text
 * an evidence key names; both are expanded here with the expressions the custom queries use
 * (src/api/cypher/projection.ts), so there is one Citation shape and one key lookup, not one per field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/settings.js';
import { citation, citedText } from '../cypher/projection.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function schemaFiles(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * `RETURN CITATION(<variable>, <expression>)`: the expression is a property access or `null`.
 * `CITATION_OR_NULL` is for a single citation after an OPTIONAL MATCH: null when the paragraph
 * is missing (a @cypher field whose statement returns no row drops its parent from the answer).
 */
const CITATION_PLACEHOLDER = /\bRETURN (CITATION|CITATION_OR_NULL)\(\s*(\w+)\s*,\s*([\w.]+)\s*\)/g;

/** `CITED_TEXT(<expression>, <expression>)`: each a variable or property access. */
const CITED_TEXT_PLACEHOLDER = /\bCITED_TEXT\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)/g;

/** Replaces each citation placeholder with the Citation projection of its paragraph, and each key lookup with its expression. */
export function expandCitations(sdl: string): string {
  return sdl.replace(CITED_TEXT_PLACEHOLDER, (_, documentId: string, key: string) => citedText(documentId, key)).replace(CITATION_PLACEHOLDER, (_, form: string, p: string, quote: string) =>
    form === 'CITATION' ? `RETURN ${citation(p, quote)}` : `RETURN CASE WHEN ${p} IS NULL THEN null ELSE ${citation(p, quote)} END`,
  );
}

/** The type definitions as one SDL string (files joined in name order, placeholders expanded). */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return expandCitations(
    schemaFiles(dir)
      .map((f) => `# ${path.basename(f)}\n${readFileSync(f, 'utf8')}`)
      .join('\n'),
  );
}
