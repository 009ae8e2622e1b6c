/**
 * The `kg` command as a user runs it: a child process (`node bin/kg.js …`) with the
 * database in NEO4J_URI/USER/PASSWORD and none of the caller's other Neo4j or kg settings.
 * Its stdout arrives line by line, so a scenario can act at a given point of a run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, type Settings } from '../../src/config/settings.js';

const KG = path.join(PROJECT_ROOT, 'bin', 'kg.js');

export interface KgExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface KgProcess {
  child: ChildProcess;
  /** Complete stdout lines so far. */
  lines: string[];
  stderr(): string;
  /** Resolves when the process has exited (never rejects). */
  exited: Promise<KgExit>;
  /** Resolves once `predicate` holds for the lines so far (checked on every new line), or with false on exit. */
  until(predicate: (lines: string[]) => boolean): Promise<boolean>;
}

/** NEO4J_URI/USER/PASSWORD(/DATABASE) that reach the database `settings` name (which must carry a URI). */
export function databaseEnv(settings: Settings): Record<string, string> {
  const n = settings.neo4j;
  if (!n.uri || n.password === null) throw new Error('a kg child process needs settings with NEO4J_URI and NEO4J_PASSWORD');
  return { NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, ...(n.database ? { NEO4J_DATABASE: n.database } : {}) };
}

export function kgEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(NEO4J_|KG_|PORT$|HOST$)/.test(k)) env[k] = v;
  return { ...env, NO_COLOR: '1', ...extra };
}

export function startKg(args: string[], env: Record<string, string>): KgProcess {
  const child = spawn(process.execPath, [KG, ...args], { cwd: PROJECT_ROOT, env: kgEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let stdout = '';
  let stderr = '';
  let closed = false;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    if (parts.length > 0) {
      lines.push(...parts);
      wake();
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<KgExit>((resolve) => {
    child.on('error', (err) => {
      stderr += `${err.message}\n`;
    });
    child.on('close', (code, signal) => {
      if (partial) lines.push(partial);
      closed = true;
      resolve({ code, signal, stdout, stderr });
      wake();
    });
  });
  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    until(predicate) {
      return new Promise((resolve) => {
        const check = () => {
          if (predicate(lines)) {
            waiters.delete(check);
            resolve(true);
          } else if (closed) {
            waiters.delete(check);
            resolve(false);
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Runs `kg …` to the end; kills it (and says so) if it does not exit within `timeoutMs`. */
export async function runKg(args: string[], env: Record<string, string>, timeoutMs: number): Promise<KgExit> {
  const p = startKg(args, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  try {
    const r = await p.exited;
    if (r.signal === 'SIGKILL') throw new Error(`kg ${args.join(' ')} did not exit within ${timeoutMs / 1000} s: ${r.stderr.trim()}`);
    return r;
  } finally {
    clearTimeout(timer);
  }
}
