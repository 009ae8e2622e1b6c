// Provisioning for the local Neo4j (see neo4j/README.md): find Java 17+, get the jar classpath
// from Maven (cached per data dir, keyed by a hash of neo4j/pom.xml), copy APOC into the plugin
// dir and compile the launcher once. Only the first Maven resolution uses the network; later
// starts read the cached classpath (or run Maven offline if neo4j/pom.xml changed).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { appendFileSync, closeSync, existsSync, openSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/** One-line, user-facing failure of the local server (what went wrong and what to do). */
export class LocalServerError extends Error {
  override name = 'LocalServerError';
}

export interface Provisioned {
  java: string;
  /** JVM classpath: compiled launcher, the plugin dir (wildcard) and Neo4j's jars. */
  classpath: string;
  /** Main class name, or the launcher source file when javac is unavailable. */
  main: string;
}

type Log = (msg: string) => void;

// A JRE is enough on Debian (its module image includes jdk.compiler, which the source-file
// fallback below needs); with a JDK's javac the launcher is compiled once instead of per start.
const JAVA_HINT = 'install it with `apt-get install openjdk-17-jre-headless` (or point JAVA_HOME at a JDK 17+)';

function javaBin(tool: 'java' | 'javac'): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', tool) : tool;
}

/** Throws unless `java` is 17 or newer (Neo4j 5.26 runs on 17 and 21). */
export function checkJava(): string {
  const java = javaBin('java');
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    const where = process.env['JAVA_HOME'] ? ` at ${java} (from JAVA_HOME)` : '';
    throw new LocalServerError(`Java 17+ not found${where}: ${JAVA_HINT}`);
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392") on stderr.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new LocalServerError(`Java 17+ required but ${java} is ${major || 'unknown'}: ${JAVA_HINT}`);
  return java;
}

function sha(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Run a command to completion, sending its output to a log file; resolves to the exit code. */
async function run(cmd: string, args: string[], logFile: string): Promise<number> {
  appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}   # ${new Date().toISOString()}\n`);
  const fd = openSync(logFile, 'a');
  try {
    return await new Promise<number>((resolve, reject) => {
      const p = spawn(cmd, args, { stdio: ['ignore', fd, fd] });
      p.on('error', reject);
      p.on('exit', (code) => resolve(code ?? 1));
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * Jar paths for neo4j/pom.xml. Cached in <cacheDir>/classpath-<pomhash>.txt; Maven runs offline
 * first (fast, no network) and online only when ~/.m2 lacks something (first provisioning).
 */
async function mavenClasspath(pom: string, cacheDir: string, logsDir: string, log: Log): Promise<string[]> {
  const cacheFile = join(cacheDir, `classpath-${sha(await readFile(pom))}.txt`);
  if (existsSync(cacheFile)) {
    const jars = (await readFile(cacheFile, 'utf8')).trim().split(delimiter);
    if (jars.every((j) => existsSync(j))) return jars; // ~/.m2 may have been cleaned since
  }
  if (spawnSync('mvn', ['-v']).error) throw new LocalServerError('Maven not found: install it with `apt-get install maven`');
  const mavenLog = join(logsDir, 'maven.log');
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  const args = ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`];
  let code = await run('mvn', ['-o', ...args], mavenLog);
  if (code !== 0) {
    log('resolving Neo4j and APOC from Maven Central into ~/.m2 (first time only, ~130 MB)...');
    code = await run('mvn', args, mavenLog);
  }
  if (code !== 0) throw new LocalServerError(`Maven could not resolve ${pom} (is Maven Central reachable?); see ${mavenLog}`);
  await rename(tmp, cacheFile); // atomic: a concurrent reader never sees half a file
  return (await readFile(cacheFile, 'utf8')).trim().split(delimiter);
}

/**
 * APOC jars (groupId org.neo4j.procedure) go to <dataDir>/plugins: Neo4j only registers
 * procedures found there. Stale APOC versions are removed so only one copy is loaded.
 */
async function installPlugins(jars: string[], pluginsDir: string): Promise<string[]> {
  const sep = /[\\/]/.source;
  const isApoc = new RegExp(`${sep}org${sep}neo4j${sep}procedure${sep}`);
  const apoc = jars.filter((j) => isApoc.test(j));
  if (apoc.length === 0) throw new LocalServerError('neo4j/pom.xml resolves no APOC jar (org.neo4j.procedure:apoc-core)');
  await mkdir(pluginsDir, { recursive: true });
  const wanted = new Set(apoc.map((j) => basename(j)));
  for (const f of await readdir(pluginsDir)) {
    if (/^apoc-.*\.jar$/.test(f) && !wanted.has(f)) await rm(join(pluginsDir, f));
  }
  for (const j of apoc) {
    const dest = join(pluginsDir, basename(j));
    const have = await stat(dest).catch(() => undefined);
    if (!have || have.size !== (await stat(j)).size) await copyFile(j, dest);
  }
  return jars.filter((j) => !isApoc.test(j));
}

/**
 * Compile the launcher once per source version (javac ~2 s). Running it as a single-file source
 * program instead recompiles on every start and measured 4-6 s slower on 2 busy cores.
 * Without javac (a JRE), fall back to source-file mode, which needs the jdk.compiler module.
 */
async function compileLauncher(source: string, cacheDir: string, libs: string, logsDir: string): Promise<{ dir?: string; main: string }> {
  const dir = join(cacheDir, `launcher-${sha(await readFile(source))}`);
  if (existsSync(join(dir, 'LocalNeo4j.class'))) return { dir, main: 'LocalNeo4j' };
  const javac = javaBin('javac');
  if (spawnSync(javac, ['-version']).error) return { main: source };
  const tmp = `${dir}.${process.pid}.tmp`;
  const javacLog = join(logsDir, 'javac.log');
  const code = await run(javac, ['--release', '17', '-nowarn', '-d', tmp, '-cp', libs, source], javacLog);
  if (code !== 0) throw new LocalServerError(`could not compile ${source}; see ${javacLog}`);
  await rename(tmp, dir).catch(async () => rm(tmp, { recursive: true, force: true })); // lost a race: fine
  return { dir, main: 'LocalNeo4j' };
}

export async function provision(projectRoot: string, dataDir: string, log: Log): Promise<Provisioned> {
  const java = checkJava();
  const pom = join(projectRoot, 'neo4j', 'pom.xml');
  const source = join(projectRoot, 'neo4j', 'launcher', 'LocalNeo4j.java');
  for (const f of [pom, source]) if (!existsSync(f)) throw new LocalServerError(`missing ${f}: is projectRoot right?`);
  const cacheDir = join(dataDir, 'cache');
  const logsDir = join(dataDir, 'logs');
  await mkdir(cacheDir, { recursive: true });
  await mkdir(logsDir, { recursive: true });

  const jars = await mavenClasspath(pom, cacheDir, logsDir, log);
  const pluginsDir = join(dataDir, 'plugins');
  const libs = await installPlugins(jars, pluginsDir);
  // The plugin jars are also on the JVM classpath (as in Neo4j's own start script): APOC's
  // extension factory (which provides ApocConfig to its procedures) is found by ServiceLoader
  // on the classpath only. Without it Neo4j refuses to start.
  const libsCp = [join(pluginsDir, '*'), ...libs].join(delimiter);
  const launcher = await compileLauncher(source, cacheDir, libsCp, logsDir);
  const classpath = launcher.dir ? [launcher.dir, libsCp].join(delimiter) : libsCp;
  await writeFile(join(cacheDir, 'README'), 'Derived from neo4j/pom.xml and neo4j/launcher; safe to delete.\n');
  return { java, classpath, main: launcher.main };
}
