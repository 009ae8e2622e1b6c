/**
 * Loads the reviewable vocabularies in `seeds/vocabularies/`: the general ones every deployment
 * has (`general/`: States and regions generated from the UN M49 and country datasets, UN
 * entities and intergovernmental organizations) and the domain packs the deployment chooses
 * (`packs/<name>/`, e.g. `packs/migration/`: concepts, drivers of migration, routes, projects),
 * merged in that order. It refuses a malformed file
 * loudly: a curator editing JSON by hand gets one line naming the file and the JSON path of
 * the first problem, not a stack trace or, worse, a silently empty gazetteer.
 */
import { access, readFile } from 'node:fs/promises';
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
    places: z.array(
      z.strictObject({
        ...notes,
        name: label,
        kind: z.enum(['country', 'region']),
        /** UN M49 code, for entries generated from the dataset. */
        m49: z
          .string()
          .regex(/^\d{3}$/)
          .optional(),
        /** For a country, its M49 region (generated with the code). */
        region: z.string().optional(),
        altLabels: labels,
        adjectives: labels,
      }),
    ),
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

/** One entry's labels, each with the file and JSON path a reviewer can follow. */
interface Keyed {
  keys: { value: string; file: string; path: Path }[];
}

/**
 * Labels must be unique across entries (case-insensitively, hyphen = space, as the gazetteer
 * compares them), also across the general vocabulary and the packs: a surface maps to exactly
 * one entry, so a label shared by two entries would make one of them unreachable. Repeats
 * inside one entry are harmless and allowed.
 */
function firstDuplicate(entries: Keyed[]): { file: string; path: Path; message: string } | null {
  const seen = new Map<string, { entry: number; file: string; path: Path }>();
  for (const [index, entry] of entries.entries()) {
    for (const { value, file, path } of entry.keys) {
      const key = value
        .toLowerCase()
        .replace(/[\s\-‐‑–—]+/g, ' ')
        .trim();
      const earlier = seen.get(key);
      if (earlier && earlier.entry !== index) {
        const where = earlier.file === file ? jsonPath(earlier.path) : `${earlier.file} ${jsonPath(earlier.path)}`;
        return { file, path, message: `"${value}" duplicates ${where}` };
      }
      if (!earlier) seen.set(key, { entry: index, file, path });
    }
  }
  return null;
}

async function readJson(path: string): Promise<unknown> {
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

function parseWith<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
  throw new VocabularyError(`${file}: ${jsonPath(first?.path ?? [])}: ${first?.message ?? 'invalid'}${more}`);
}

function fail(problem: { file: string; path: Path; message: string } | null): void {
  if (problem) throw new VocabularyError(`${problem.file}: ${jsonPath(problem.path)}: ${problem.message}`);
}

type Kind = keyof typeof schemas;
const KINDS: Kind[] = ['concepts', 'drivers', 'organizations', 'places', 'projects'];
/** The general vocabulary every deployment has; without these two files nothing can be read. */
const REQUIRED_GENERAL: Kind[] = ['organizations', 'places'];

/**
 * The domain packs a deployment reads besides the general vocabulary: `KG_VOCABULARY_PACKS`
 * (comma-separated folder names under packs/; empty for none), by default `migration`, the
 * domain of the seed.
 */
export function defaultPacks(): string[] {
  const env = process.env.KG_VOCABULARY_PACKS;
  return (env ?? 'migration')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The layers read, in order: general/, then each chosen pack. */
async function layers(dir: string, packs: string[]): Promise<{ dir: string; required: Kind[] }[]> {
  const out = [{ dir: join(dir, 'general'), required: REQUIRED_GENERAL }];
  for (const pack of packs) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(pack))
      throw new VocabularyError(`${join(dir, 'packs')}: $: pack name "${pack}" must be a folder name`);
    const packDir = join(dir, 'packs', pack);
    try {
      await access(packDir);
    } catch {
      throw new VocabularyError(`${packDir}: $: no such vocabulary pack`);
    }
    out.push({ dir: packDir, required: [] });
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function loadVocabularies(dir: string = defaultVocabularyDir(), packs: string[] = defaultPacks()): Promise<Vocabularies> {
  const files: Record<Kind, string[]> = { concepts: [], drivers: [], organizations: [], places: [], projects: [] };
  for (const layer of await layers(dir, packs)) {
    for (const kind of KINDS) {
      const file = join(layer.dir, `${kind}.json`);
      if (layer.required.includes(kind) || (await exists(file))) files[kind].push(file);
    }
  }
  const read = async <K extends Kind>(kind: K) =>
    Promise.all(
      files[kind].map(async (file) => ({
        file,
        data: parseWith(file, schemas[kind], await readJson(file)) as z.output<(typeof schemas)[K]>,
      })),
    );
  const [concepts, drivers, organizations, places, projects] = await Promise.all([
    read('concepts'),
    read('drivers'),
    read('organizations'),
    read('places'),
    read('projects'),
  ]);

  const termKeys = (list: typeof concepts) => {
    const ids: Keyed[] = [];
    const labelsOf: Keyed[] = [];
    for (const { file, data } of list) {
      data.terms.forEach((t, i) => {
        ids.push({ keys: [{ value: t.id, file, path: ['terms', i, 'id'] }] });
        labelsOf.push({
          keys: [
            { value: t.prefLabel, file, path: ['terms', i, 'prefLabel'] },
            ...t.altLabels.map((a, j) => ({ value: a, file, path: ['terms', i, 'altLabels', j] as Path })),
          ],
        });
      });
    }
    return firstDuplicate(ids) ?? firstDuplicate(labelsOf);
  };
  fail(termKeys(concepts));
  fail(termKeys(drivers));
  fail(
    firstDuplicate(
      organizations.flatMap(({ file, data }) =>
        data.organizations.map((org, i) => ({
          keys: [
            { value: org.name, file, path: ['organizations', i, 'name'] as Path },
            ...(org.acronym ? [{ value: org.acronym, file, path: ['organizations', i, 'acronym'] as Path }] : []),
            ...org.aliases.map((a, k) => ({ value: a, file, path: ['organizations', i, 'aliases', k] as Path })),
          ],
        })),
      ),
    ),
  );
  fail(
    firstDuplicate(
      places.flatMap(({ file, data }) =>
        data.places.map((pl, i) => ({
          keys: [
            { value: pl.name, file, path: ['places', i, 'name'] as Path },
            ...pl.altLabels.map((a, k) => ({ value: a, file, path: ['places', i, 'altLabels', k] as Path })),
            ...pl.adjectives.map((a, k) => ({ value: a, file, path: ['places', i, 'adjectives', k] as Path })),
          ],
        })),
      ),
    ),
  );
  fail(
    firstDuplicate(
      projects.flatMap(({ file, data }) =>
        data.projects.map((pr, i) => ({
          keys: [
            { value: pr.name, file, path: ['projects', i, 'name'] as Path },
            ...(pr.acronym ? [{ value: pr.acronym, file, path: ['projects', i, 'acronym'] as Path }] : []),
          ],
        })),
      ),
    ),
  );

  const strip = <T extends { $comment?: string | undefined; note?: string | undefined }>({ $comment: _c, note: _n, ...rest }: T) => rest;
  return {
    concepts: concepts.flatMap((f) => f.data.terms.map(strip)),
    drivers: drivers.flatMap((f) => f.data.terms.map(strip)),
    organizations: organizations.flatMap((f) => f.data.organizations.map(strip)),
    places: places.flatMap((f) => f.data.places.map(({ m49: _m, region: _r, ...pl }): PlaceEntryWithForms => strip(pl))),
    projects: projects.flatMap((f) => f.data.projects.map(strip)),
  };
}
