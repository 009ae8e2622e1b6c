/**
 * The schema's source of truth is schema/*.graphql; this reads it in a fixed order so the
 * printed schema (and codegen's output) never depends on directory listing order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/settings.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function schemaFiles(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The type definitions as one SDL string (files joined in name order). */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return schemaFiles(dir)
    .map((f) => `# ${path.basename(f)}\n${readFileSync(f, 'utf8')}`)
    .join('\n');
}
