/**
 * The read worker as one JavaScript file, for worker threads started while the project runs
 * as TypeScript under tsx. A worker under tsx resolves and transpiles each of the reader's
 * hundred-odd modules through tsx's loader thread, one message at a time: measured on this
 * machine, 5–10 s before it reads its first document (the bundle imports in 1.5–2.5 s), and
 * the pipeline waits for it. esbuild (the transpiler tsx itself uses) makes the same code one
 * ES module; packages stay external and resolve from the project's node_modules.
 *
 * The bundle lives in `dist/workers/` (two levels below the project root, like `src/config/`,
 * so `PROJECT_ROOT` computed from `import.meta.url` stays right) and is rebuilt when any of
 * its source files changed (size or mtime, as listed by esbuild's metafile): a stale bundle
 * would read documents with old code.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../config/settings.js';

interface Manifest {
  bundle: string;
  inputs: Record<string, { size: number; mtimeMs: number }>;
}

const BUNDLE_DIR = path.join(PROJECT_ROOT, 'dist', 'workers');

/** A file URL of the bundled `entry` (a TypeScript module's URL), built now if missing or stale. */
export async function bundledWorker(entry: string): Promise<string> {
  const source = fileURLToPath(entry);
  const name = path.basename(source).replace(/\.ts$/, '');
  const manifestFile = path.join(BUNDLE_DIR, `${name}.manifest.json`);
  const fresh = await freshBundle(manifestFile);
  if (fresh) return pathToFileURL(fresh).href;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const bundle = path.join(BUNDLE_DIR, `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`);
  const inputs: Manifest['inputs'] = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(input);
    const s = await stat(file);
    inputs[file] = { size: s.size, mtimeMs: s.mtimeMs };
  }
  await mkdir(BUNDLE_DIR, { recursive: true });
  // Written under a temporary name and renamed: another process starting workers at the same time reads a whole file.
  await writeAtomically(bundle, code);
  await writeAtomically(manifestFile, JSON.stringify({ bundle, inputs } satisfies Manifest));
  return pathToFileURL(bundle).href;
}

/** The bundle the manifest names, if it exists and none of its inputs changed since it was built. */
async function freshBundle(manifestFile: string): Promise<string | null> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
    await stat(manifest.bundle);
  } catch {
    return null;
  }
  const checks = await Promise.all(
    Object.entries(manifest.inputs).map(async ([file, was]) => {
      const s = await stat(file).catch(() => null);
      return s !== null && s.size === was.size && s.mtimeMs === was.mtimeMs;
    }),
  );
  return checks.every(Boolean) ? manifest.bundle : null;
}

async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}
