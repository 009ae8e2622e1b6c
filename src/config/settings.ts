/**
 * Environment → validated settings, in one place. Everything else receives a Settings
 * object; nothing else reads process.env. A bad value fails fast with the variable's name.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const schema = z.object({
  NEO4J_URI: optionalString,
  NEO4J_USER: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  KG_DATA_DIR: optionalString,
  KG_BOLT_PORT: port.default(7687),
  KG_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  KG_WRITE_TX_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(600_000),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  KG_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  KG_EDITOR_KEYS: optionalString,
  NODE_ENV: z.string().default('production'),
  // `debug` adds one line per HTTP request; the default keeps a terminal quiet.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  KG_INGEST_BATCH: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  KG_INGEST_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  KG_TRANSLATION_CACHE: z.enum(['on', 'off']).default('on'),
});

export interface Neo4jTarget {
  /** Set when the user points at their own server; then nothing local is started. */
  external: boolean;
  uri: string | null;
  user: string;
  password: string | null;
  database: string | undefined;
}

export interface Settings {
  projectRoot: string;
  dataDir: string;
  boltPort: number;
  /** KG_BOLT_PORT was given: a local server running on another port is then not used. */
  boltPortSet: boolean;
  neo4j: Neo4jTarget;
  txTimeoutMs: number;
  /** Writes (ingest batches, restores, curation) may legitimately run long on a busy machine; reads answer researchers and stay short. */
  writeTxTimeoutMs: number;
  host: string;
  port: number;
  introspection: boolean;
  /** API keys with the editor role, from KG_EDITOR_KEYS ("name:key,name2:key2" or bare keys). */
  editorKeys: { name: string; key: string }[];
  development: boolean;
  logLevel: string;
  /** auto: pretty on a terminal, JSON otherwise. */
  logFormat: 'auto' | 'pretty' | 'json';
  /** Reuse the Cypher compiled for a generated query's shape (src/api/translation-cache); off: compile every request. */
  translationCache: boolean;
  ingest: {
    /** Documents share one transaction until their graphs reach this many nodes + relationships (1: one per document). */
    batchElements: number;
    /** Worker threads that parse and extract ahead of loading; undefined: the machine's cores less one. */
    readThreads: number | undefined;
  };
}

export class SettingsError extends Error {}

/** What neo4j-driver connects to: direct (bolt) or routed (neo4j), plain, TLS (+s) or TLS with any certificate (+ssc). */
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SettingsError(`invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const external = e.NEO4J_URI !== undefined;
  if (external && e.NEO4J_PASSWORD === undefined) {
    throw new SettingsError('NEO4J_URI is set but NEO4J_PASSWORD is not: set both to use your own Neo4j');
  }
  // The driver would throw "Unknown scheme" later, as an internal error; say it here instead.
  // Only the scheme is echoed: a URI may carry credentials.
  const scheme = e.NEO4J_URI?.match(/^([a-z][a-z0-9+.-]*):\/\//i)?.[1];
  if (external && !NEO4J_SCHEMES.includes(scheme ?? '')) {
    throw new SettingsError(
      `invalid environment variable NEO4J_URI: ${scheme ? `scheme ${scheme}:// is not` : 'expected'} one of ${NEO4J_SCHEMES.map((x) => `${x}://`).join(', ')} (e.g. bolt://127.0.0.1:7687)`,
    );
  }
  return {
    projectRoot: PROJECT_ROOT,
    dataDir: path.resolve(e.KG_DATA_DIR ?? path.join(PROJECT_ROOT, '.kg')),
    boltPort: e.KG_BOLT_PORT,
    boltPortSet: env.KG_BOLT_PORT !== undefined && env.KG_BOLT_PORT.trim() !== '',
    neo4j: {
      external,
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER ?? 'neo4j',
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE,
    },
    txTimeoutMs: e.KG_TX_TIMEOUT_MS,
    writeTxTimeoutMs: e.KG_WRITE_TX_TIMEOUT_MS,
    host: e.HOST,
    port: e.PORT,
    introspection: e.KG_INTROSPECTION === 'true',
    editorKeys: parseKeys(e.KG_EDITOR_KEYS),
    development: e.NODE_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    translationCache: e.KG_TRANSLATION_CACHE === 'on',
    ingest: { batchElements: e.KG_INGEST_BATCH, readThreads: e.KG_INGEST_THREADS },
  };
}

function parseKeys(raw: string | undefined): { name: string; key: string }[] {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((entry, i) => {
      const colon = entry.indexOf(':');
      return colon > 0 ? { name: entry.slice(0, colon), key: entry.slice(colon + 1) } : { name: `editor-${i + 1}`, key: entry };
    });
}
