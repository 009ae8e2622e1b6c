/**
 * Running `kg` the way a user does (a child process of `node bin/kg.js`), pointed at a
 * scenario's database through NEO4J_URI/USER/PASSWORD only: none of the caller's other
 * Neo4j or kg settings leak in.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { PROJECT_ROOT, type Settings } from '../../src/config/settings.js';

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

const KG = path.join(PROJECT_ROOT, 'bin', 'kg.js');

export function kgEnv(settings: Settings, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(NEO4J_|KG_)/.test(k)) env[k] = v;
  if (!settings.neo4j.uri || settings.neo4j.password === null) throw new Error('kg-cli needs settings with NEO4J_URI and NEO4J_PASSWORD');
  env.NEO4J_URI = settings.neo4j.uri;
  env.NEO4J_USER = settings.neo4j.user;
  env.NEO4J_PASSWORD = settings.neo4j.password;
  if (settings.neo4j.database) env.NEO4J_DATABASE = settings.neo4j.database;
  env.NO_COLOR = '1';
  return { ...env, ...extra };
}

export function runKg(args: string[], settings: Settings, timeoutMs = 30 * 60_000): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [KG, ...args], { cwd: PROJECT_ROOT, env: kgEnv(settings), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kg ${args.join(' ')} did not exit within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}
