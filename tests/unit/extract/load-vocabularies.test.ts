import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VocabularyError, defaultVocabularyDir, loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** A copy of the repo's vocabularies with one file replaced. */
async function withFile(file: string, content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vocab-'));
  dirs.push(dir);
  await cp(defaultVocabularyDir(), dir, { recursive: true });
  await writeFile(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

async function errorOf(dir: string, packs = ['migration']): Promise<VocabularyError> {
  try {
    await loadVocabularies(dir, packs);
  } catch (err) {
    if (err instanceof VocabularyError) return err;
    throw err;
  }
  throw new Error('expected a VocabularyError');
}

const terms = (list: unknown[]) => ({ $comment: 'test', terms: list });

describe('loadVocabularies', () => {
  it('loads the repo vocabularies: all Member States and observers, concepts with inflections, SE4U', async () => {
    const v = await loadVocabularies(defaultVocabularyDir(), ['migration']);
    expect(v.places.filter((p) => p.kind === 'country')).toHaveLength(195);
    const uk = v.places.find((p) => p.name === 'United Kingdom of Great Britain and Northern Ireland');
    expect(uk?.altLabels).toContain('United Kingdom');
    expect(v.places.some((p) => p.name === 'State of Palestine')).toBe(true);
    expect(v.places.some((p) => p.name === 'Latin America and the Caribbean' && p.kind === 'region')).toBe(true);
    const nonLiability = v.concepts.find((c) => c.id === 'concept:non-liability-principle');
    expect(nonLiability?.altLabels).toContain('non-liability clause');
    const crim = v.concepts.find((c) => c.id === 'concept:criminalization-of-migrants');
    expect(crim?.altLabels).toEqual(expect.arrayContaining(['criminalize migrants', 'criminalized migrants']));
    expect(v.drivers.every((d) => d.id.startsWith('driver:') && d.category !== null)).toBe(true);
    expect(v.organizations.find((o) => o.acronym === 'UNODC')?.kind).toBe('un-entity');
    expect(v.projects.find((p) => p.acronym === 'SE4U')?.name).toMatch(/^Stakeholder Engagement for the Implementation/);
  });

  it('resolves the default directory from the module, not the working directory', () => {
    expect(defaultVocabularyDir().replace(/\\/g, '/')).toMatch(/\/seeds\/vocabularies\/?$/);
  });

  it('every file explains itself in $comment', async () => {
    const files = [
      'general/organizations',
      'general/places',
      ...['concepts', 'drivers', 'places', 'projects'].map((f) => `packs/migration/${f}`),
    ];
    for (const f of files) {
      const json = JSON.parse(await readFile(join(defaultVocabularyDir(), `${f}.json`), 'utf8')) as { $comment?: string };
      expect(json.$comment?.length ?? 0).toBeGreaterThan(40);
    }
  });

  it("has the UN's official short names from M49 and its regions, apart from the domain packs", async () => {
    const general = await loadVocabularies(defaultVocabularyDir(), []);
    const labels = new Set(general.places.flatMap((p) => [p.name, ...p.altLabels]));
    for (const n of [
      'Bolivarian Republic of Venezuela',
      'Iran (Islamic Republic of)',
      'Republic of Korea',
      'United Kingdom of Great Britain and Northern Ireland',
      'Viet Nam',
      'Turkey',
      'Eastern Africa',
      'Sub-Saharan Africa',
    ]) {
      expect(labels.has(n), n).toBe(true);
    }
    expect(general.concepts).toEqual([]);
    expect(general.drivers).toEqual([]);
    expect(general.organizations.find((o) => o.acronym === 'UNODC')?.kind).toBe('un-entity');
    // A domain pack adds its own places (routes, seas) without repeating a general one.
    const withPack = await loadVocabularies(defaultVocabularyDir(), ['migration']);
    expect(withPack.places.some((p) => p.name === 'Central Mediterranean')).toBe(true);
    expect(general.places.some((p) => p.name === 'Central Mediterranean')).toBe(false);
  });

  it('no label is a clause copied from a document: no finite verb, pronoun or "but"', async () => {
    const v = await loadVocabularies(defaultVocabularyDir(), ['migration']);
    const clause = /\b(?:are|is|was|were|be|been|viewed|their|they|the latter|but|no choice)\b/i;
    const labels = [...v.concepts, ...v.drivers].flatMap((t) => [t.prefLabel, ...t.altLabels]);
    expect(labels.filter((l) => clause.test(l))).toEqual([]);
    expect(labels.filter((l) => l.split(/\s+/).length > 6)).toEqual([]);
  });

  it('refuses a pack that does not exist, naming it', async () => {
    await expect(loadVocabularies(defaultVocabularyDir(), ['nowhere'])).rejects.toThrow(/packs\/nowhere: \$: no such vocabulary pack/);
  });

  it('names the file and JSON path of a duplicate id', async () => {
    const dir = await withFile(
      'packs/migration/concepts.json',
      terms([
        { id: 'concept:a', prefLabel: 'alpha', altLabels: [] },
        { id: 'concept:a', prefLabel: 'beta', altLabels: [] },
      ]),
    );
    const err = await errorOf(dir);
    expect(err.message).toContain('concepts.json');
    expect(err.message).toContain('$.terms[1].id');
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('rejects an empty label with its path', async () => {
    const dir = await withFile('packs/migration/drivers.json', terms([{ id: 'driver:x', prefLabel: 'x', altLabels: ['ok', '  '] }]));
    expect((await errorOf(dir)).message).toMatch(/drivers\.json: \$\.terms\[0\]\.altLabels\[1\]: .*non-empty/);
  });

  it('rejects a label shared by two terms (one would be unreachable)', async () => {
    const dir = await withFile(
      'packs/migration/concepts.json',
      terms([
        { id: 'concept:a', prefLabel: 'awareness raising', altLabels: [] },
        { id: 'concept:b', prefLabel: 'campaigns', altLabels: ['Awareness-Raising'] },
      ]),
    );
    expect((await errorOf(dir)).message).toContain('$.terms[1].altLabels[0]');
  });

  it('rejects an unknown organization kind and an id without its prefix', async () => {
    const orgs = await withFile('general/organizations.json', {
      $comment: 'test',
      organizations: [{ name: 'Acme', acronym: null, aliases: [], kind: 'company' }],
    });
    expect((await errorOf(orgs)).message).toMatch(/organizations\.json: \$\.organizations\[0\]\.kind/);
    const ids = await withFile('packs/migration/drivers.json', terms([{ id: 'concept:poverty', prefLabel: 'poverty', altLabels: [] }]));
    expect((await errorOf(ids)).message).toMatch(/drivers\.json: \$\.terms\[0\]\.id: must look like "driver:/);
  });

  it('rejects invalid JSON, a missing $comment, an unknown field and an unknown place kind', async () => {
    expect((await errorOf(await withFile('general/places.json', '{ "places": ['))).message).toMatch(/places\.json: \$: invalid JSON/);
    expect((await errorOf(await withFile('packs/migration/projects.json', { projects: [] }))).message).toMatch(
      /projects\.json: \$\.\$comment/,
    );
    expect(
      (
        await errorOf(
          await withFile('packs/migration/projects.json', { $comment: 'x', projects: [{ name: 'P', acronym: null, acronymn: 'P' }] }),
        )
      ).message,
    ).toMatch(/projects\.json: \$\.projects\[0\]/);
    expect(
      (await errorOf(await withFile('general/places.json', { $comment: 'x', places: [{ name: 'Atlantis', kind: 'city', altLabels: [] }] })))
        .message,
    ).toMatch(/places\.json: \$\.places\[0\]\.kind/);
  });

  it('reports a missing file as a VocabularyError naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vocab-empty-'));
    dirs.push(dir);
    expect((await errorOf(dir, [])).message).toMatch(/general\/\w+\.json: \$: cannot read file \(ENOENT\)/);
  });
});
