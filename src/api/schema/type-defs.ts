/**
 * The schema's source of truth is schema/*.graphql; this reads it in a fixed order so the
 * printed schema (and codegen's output) never depends on directory listing order.
 *
 * The @cypher statements of schema/citations.graphql write `CITATION(p, quote)` where they
 * return a paragraph as a Citation; it is expanded here with the projection the custom
 * queries use (src/api/cypher/projection.ts), so there is one Citation shape, not one per field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/settings.js';
import { citation } from '../cypher/projection.js';

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

/** Replaces each citation placeholder with the Citation projection of its paragraph. */
export function expandCitations(sdl: string): string {
  return sdl.replace(CITATION_PLACEHOLDER, (_, form: string, p: string, quote: string) =>
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
