/**
 * Loads the reviewable vocabularies in `seeds/vocabularies/` and refuses a malformed file
 * loudly: a curator editing JSON by hand gets one line naming the file and the JSON path of
 * the first problem, not a stack trace or, worse, a silently empty gazetteer.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Vocabularies, PlaceEntry } from './vocabulary.js';

/** A place may list adjectival forms ("Greek" → Greece); `places.ts` uses them only before an institution noun. */
export interface PlaceEntryWithForms extends PlaceEntry {
  adjectives?: string[];
}

export class VocabularyError extends Error {
  override name = 'VocabularyError';
}

/** The repo's `seeds/vocabularies`, found from this file so it works whatever the caller's cwd. */
export function defaultVocabularyDir(): string {
  return fileURLToPath(new URL('../../../seeds/vocabularies/', import.meta.url));
}

const label = z.string().trim().min(1, 'must be a non-empty label');
const labels = z.array(label).default([]);
/** Reviewers may annotate any entry; the loader ignores these fields. */
const notes = { $comment: z.string().optional(), note: z.string().optional() };
const header = { $comment: z.string().min(1, 'each file explains itself in $comment'), description: z.string().optional() };

function termSchema(prefix: string) {
  return z.strictObject({
    ...notes,
    id: z.string().regex(new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`), `must look like "${prefix}:kebab-case-slug"`),
    prefLabel: label,
    altLabels: labels,
    category: z.string().trim().min(1).nullable().default(null),
  });
}

const organizationKind = z.enum([
  'ngo',
  'academia',
  'private-sector',
  'un-entity',
  'igo',
  'government',
  'state',
  'nhri',
  'joint-submission',
  'other',
]);

const schemas = {
  concepts: z.strictObject({ ...header, terms: z.array(termSchema('concept')) }),
  drivers: z.strictObject({ ...header, terms: z.array(termSchema('driver')) }),
  organizations: z.strictObject({
    ...header,
    organizations: z.array(
      z.strictObject({ ...notes, name: label, acronym: label.nullable().default(null), aliases: labels, kind: organizationKind }),
    ),
  }),
  places: z.strictObject({
    ...header,
    places: z.array(z.strictObject({ ...notes, name: label, kind: z.enum(['country', 'region']), altLabels: labels, adjectives: labels })),
  }),
  projects: z.strictObject({
    ...header,
    projects: z.array(z.strictObject({ ...notes, name: label, acronym: label.nullable().default(null) })),
  }),
};

type Path = (string | number)[];

/** `$.terms[3].altLabels[1]`: the notation a reviewer can follow in an editor. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * Labels must be unique across the entries of a file (case-insensitively, hyphen = space, as the
 * gazetteer compares them): a surface maps to exactly one entry, so a label shared by two entries
 * would make one of them unreachable. Repeats inside one entry are harmless and allowed.
 */
function firstDuplicate(entries: { keys: { value: string; path: Path }[] }[]): { path: Path; message: string } | null {
  const seen = new Map<string, { entry: number; path: Path }>();
  for (const [index, entry] of entries.entries()) {
    for (const { value, path } of entry.keys) {
      const key = value
        .toLowerCase()
        .replace(/[\s\-‐‑–—]+/g, ' ')
        .trim();
      const earlier = seen.get(key);
      if (earlier && earlier.entry !== index) return { path, message: `"${value}" duplicates ${jsonPath(earlier.path)}` };
      if (!earlier) seen.set(key, { entry: index, path });
    }
  }
  return null;
}

function termKeys(list: string, terms: { id: string; prefLabel: string; altLabels: string[] }[]) {
  const ids = terms.map((t, i) => ({ keys: [{ value: t.id, path: [list, i, 'id'] as Path }] }));
  const labelsOf = terms.map((t, i) => ({
    keys: [
      { value: t.prefLabel, path: [list, i, 'prefLabel'] as Path },
      ...t.altLabels.map((a, j) => ({ value: a, path: [list, i, 'altLabels', j] as Path })),
    ],
  }));
  return firstDuplicate(ids) ?? firstDuplicate(labelsOf);
}

async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new VocabularyError(`${path}: $: cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (err) {
    throw new VocabularyError(`${path}: $: invalid JSON (${(err as Error).message.split('\n')[0]})`);
  }
}

function parseWith<S extends z.ZodType>(dir: string, file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
  throw new VocabularyError(`${join(dir, file)}: ${jsonPath(first?.path ?? [])}: ${first?.message ?? 'invalid'}${more}`);
}

function fail(dir: string, file: string, problem: { path: Path; message: string } | null): void {
  if (problem) throw new VocabularyError(`${join(dir, file)}: ${jsonPath(problem.path)}: ${problem.message}`);
}

export async function loadVocabularies(dir: string = defaultVocabularyDir()): Promise<Vocabularies> {
  const [c, d, o, p, j] = await Promise.all(
    ['concepts.json', 'drivers.json', 'organizations.json', 'places.json', 'projects.json'].map((f) => readJson(dir, f)),
  );
  const concepts = parseWith(dir, 'concepts.json', schemas.concepts, c);
  fail(dir, 'concepts.json', termKeys('terms', concepts.terms));
  const drivers = parseWith(dir, 'drivers.json', schemas.drivers, d);
  fail(dir, 'drivers.json', termKeys('terms', drivers.terms));

  const organizations = parseWith(dir, 'organizations.json', schemas.organizations, o);
  fail(
    dir,
    'organizations.json',
    firstDuplicate(
      organizations.organizations.map((org, i) => ({
        keys: [
          { value: org.name, path: ['organizations', i, 'name'] as Path },
          ...(org.acronym ? [{ value: org.acronym, path: ['organizations', i, 'acronym'] as Path }] : []),
          ...org.aliases.map((a, k) => ({ value: a, path: ['organizations', i, 'aliases', k] as Path })),
        ],
      })),
    ),
  );

  const places = parseWith(dir, 'places.json', schemas.places, p);
  fail(
    dir,
    'places.json',
    firstDuplicate(
      places.places.map((pl, i) => ({
        keys: [
          { value: pl.name, path: ['places', i, 'name'] as Path },
          ...pl.altLabels.map((a, k) => ({ value: a, path: ['places', i, 'altLabels', k] as Path })),
          ...pl.adjectives.map((a, k) => ({ value: a, path: ['places', i, 'adjectives', k] as Path })),
        ],
      })),
    ),
  );

  const projects = parseWith(dir, 'projects.json', schemas.projects, j);
  fail(
    dir,
    'projects.json',
    firstDuplicate(
      projects.projects.map((pr, i) => ({
        keys: [
          { value: pr.name, path: ['projects', i, 'name'] as Path },
          ...(pr.acronym ? [{ value: pr.acronym, path: ['projects', i, 'acronym'] as Path }] : []),
        ],
      })),
    ),
  );

  const strip = <T extends { $comment?: string | undefined; note?: string | undefined }>({ $comment: _c, note: _n, ...rest }: T) => rest;
  return {
    concepts: concepts.terms.map(strip),
    drivers: drivers.terms.map(strip),
    organizations: organizations.organizations.map(strip),
    places: places.places.map((pl): PlaceEntryWithForms => strip(pl)),
    projects: projects.projects.map(strip),
  };
}
