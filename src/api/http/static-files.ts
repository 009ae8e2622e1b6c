/**
 * Static files from a build folder (web/dist for the viewer, dist/graphiql for GraphiQL).
 * The resolved path must stay inside the folder (no `..`, no encoded tricks, no symlink
 * escape); hashed assets are cached for a year, HTML never, so a rebuild shows at once.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  root: string;
  /** URL prefix the site is mounted at ("/", "/graphiql/"). */
  mount: string;
  /** Serve index.html for unknown paths without an extension (single-page apps). */
  spaFallback: boolean;
}

/** Serves the file if the site has it; false when it does not (the caller answers 404). */
export async function serveStatic(site: StaticSite, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(site.mount.length));
  } catch {
    return false;
  }
  if (rel.includes('\0')) return false;
  let file = await resolveInside(site.root, rel === '' || rel.endsWith('/') ? path.join(rel, 'index.html') : rel);
  if (!file && site.spaFallback && path.extname(rel) === '') file = await resolveInside(site.root, 'index.html');
  if (!file) return false;
  const ext = path.extname(file.path).toLowerCase();
  const immutable = /[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?|ttf|svg|png)$/.test(file.path);
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': file.stats.size,
    'cache-control': ext === '.html' ? 'no-cache' : immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file.path).pipe(res);
  return true;
}

async function resolveInside(root: string, rel: string): Promise<{ path: string; stats: Stats } | null> {
  const base = path.resolve(root);
  const candidate = path.resolve(base, '.' + path.sep + path.normalize(rel));
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;
  try {
    const real = await realpath(candidate);
    const realBase = await realpath(base);
    if (real !== realBase && !real.startsWith(realBase + path.sep)) return null;
    const stats = await stat(real);
    return stats.isFile() ? { path: real, stats } : null;
  } catch {
    return null;
  }
}
