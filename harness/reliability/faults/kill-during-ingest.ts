/**
 * kill -9 of Neo4j while `kg ingest DIR` runs, at several points; after each kill the CLI
 * must fail at once with one line, the restarted server must hold only whole documents, and
 * the rerun must skip what is in. At the end the export must be byte-identical to a clean
 * run's (empty database, the same corpus ingested once, no faults).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenarioResult } from '../scenario.js';
import { writeCorpus, type Corpus } from './corpus.js';
import { emptyGraph, readGraphState, wholeness, type GraphState, type Wholeness } from './graph-state.js';
import { runKg, startKg, type KgExit } from '../kg-process.js';
import type { FaultsServer, RecoveryReport } from './server.js';
import { waitForWriteTransaction, type OpenTransaction } from './transactions.js';

/** A CLI that has not exited this long after its database died is a hang, not an error message. */
export const CLI_EXIT_BOUND_S = 30;
const RUN_TIMEOUT_MS = 30 * 60_000;

interface KillPlan {
  /** Kill once the run has reported this many documents (any status). */
  afterDocuments: number;
  /** Wait for a write transaction holding at least this many locks (a document part-written); null: kill at once. */
  minLocks: number | null;
  minElapsedMs?: number;
  what: string;
}

interface KillOutcome {
  plan: string;
  reportedAtKill: number;
  reportedInRun: number;
  transaction: OpenTransaction | null;
  cli: { code: number | null; signal: string | null; stderr: string; exitSeconds: number; oneLine: boolean };
  restartSeconds: number;
  recovery: RecoveryReport;
  reportedSoFar: number;
  presentAfterRestart: number;
  inFlight: { file: string; id: string | undefined; state: 'absent' | 'whole' | 'partial' } | null;
  /** Documents present that no run had reported, other than the one in flight. */
  unexplained: string[];
  /** Reported documents missing after the restart. */
  lost: string[];
  whole: Wholeness;
  /** Statuses this run reported ("unchanged" for what an earlier run put in). */
  statuses: Record<string, number>;
  rerunWrong: string[];
}

const OK_LINE = /^(created|updated|unchanged)\s+(.+) → (.+?): \d+ nodes, \d+ relationships/;

function reported(lines: string[]): { status: string; file: string; id: string }[] {
  return lines.flatMap((l) => {
    const m = OK_LINE.exec(l);
    return m ? [{ status: m[1]!, file: m[2]!, id: m[3]! }] : [];
  });
}

function plans(quick: boolean, corpus: Corpus): KillPlan[] {
  const n = corpus.files.length;
  if (quick) return [{ afterDocuments: Math.round(n * 0.4), minLocks: 1, what: 'mid-transaction' }];
  return [
    { afterDocuments: Math.round(n * 0.15), minLocks: null, what: 'as a document was reported (between documents)' },
    { afterDocuments: Math.round(n * 0.5), minLocks: 1, what: 'mid-transaction (locks held, not committed)' },
    {
      afterDocuments: corpus.largeIndex!,
      minLocks: 1,
      minElapsedMs: 500,
      what: 'deep in the transaction of a large document (many batches)',
    },
  ];
}

export async function killDuringIngest(opts: {
  quick: boolean;
  server: FaultsServer;
  workDir: string;
  coldStartSeconds: number;
  log: (m: string) => void;
}): Promise<ScenarioResult[]> {
  const { quick, server, workDir, log } = opts;
  const n = quick ? 30 : 300;
  const corpus = await writeCorpus(path.join(workDir, 'corpus'), n, quick ? null : Math.round(n * 0.85));
  const exportFile = (name: string) => path.join(workDir, `${name}.json`);
  const check = server.driver();
  let clean: GraphState;
  let fileToId: Map<string, string>;
  try {
    // The reference: an empty database, the corpus ingested once without faults.
    await emptyGraph(check);
    log(`faults: clean run of ${n} documents`);
    const t0 = performance.now();
    const cleanRun = await runKg(['ingest', corpus.dir], server.env, RUN_TIMEOUT_MS);
    if (cleanRun.code !== 0) throw new Error(`clean ingest failed (exit ${cleanRun.code}): ${cleanRun.stderr.trim()}`);
    log(`faults: clean run took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    fileToId = new Map(reported(cleanRun.stdout.split('\n')).map((r) => [r.file, r.id]));
    clean = await readGraphState(check);
    await exportJson(server, exportFile('clean'));
    await emptyGraph(check);
  } finally {
    await check.close();
  }

  const outcomes: KillOutcome[] = [];
  const everReported = new Set<string>();
  let presentBefore = new Set<string>();
  for (const plan of plans(quick, corpus)) {
    log(`faults: ingest, kill -9 after ${plan.afterDocuments} documents ${plan.what}`);
    const run = startKg(['ingest', corpus.dir], server.env);
    if (!(await run.until((lines) => lines.length >= plan.afterDocuments))) {
      throw new Error(`the ingest run ended before document ${plan.afterDocuments}: ${run.stderr().trim()}`);
    }
    let transaction: OpenTransaction | null = null;
    if (plan.minLocks !== null) {
      const watch = server.driver();
      try {
        transaction = await waitForWriteTransaction(watch, { minLocks: plan.minLocks, minElapsedMs: plan.minElapsedMs }, 120_000);
      } finally {
        // Closing would wait for the server; the kill ends the connection anyway.
        void watch.close().catch(() => undefined);
      }
    }
    const reportedAtKill = run.lines.length;
    const killedAt = performance.now();
    await server.kill();
    const exit = await boundedExit(run.exited, run.child.kill.bind(run.child), CLI_EXIT_BOUND_S * 2);
    const exitSeconds = (performance.now() - killedAt) / 1000;
    const inRun = reported(exit.stdout.split('\n'));
    for (const r of inRun) everReported.add(r.id);
    const rerunWrong = wrongStatuses(inRun, presentBefore);

    const restart = await server.start();
    log(`faults: restarted in ${restart.seconds.toFixed(1)} s (recovery: ${JSON.stringify(restart.recovery)})`);
    const check2 = server.driver();
    let state: GraphState;
    try {
      state = await readGraphState(check2);
    } finally {
      await check2.close();
    }
    const present = new Set(state.documents.keys());
    const inFlightFile = /at document \d+ of \d+ \((.+)\); /.exec(exit.stderr)?.[1] ?? corpus.files[inRun.length];
    const inFlightId = inFlightFile ? fileToId.get(inFlightFile) : undefined;
    const whole = wholeness(state, clean);
    const outcome: KillOutcome = {
      plan: plan.what,
      reportedAtKill,
      reportedInRun: inRun.length,
      transaction,
      cli: {
        code: exit.code,
        signal: exit.signal,
        stderr: exit.stderr.trim(),
        exitSeconds: round(exitSeconds),
        oneLine: isOneLineError(exit),
      },
      restartSeconds: round(restart.seconds),
      recovery: restart.recovery,
      reportedSoFar: everReported.size,
      presentAfterRestart: present.size,
      inFlight: inFlightFile
        ? {
            file: inFlightFile,
            id: inFlightId,
            state: !inFlightId || !present.has(inFlightId) ? 'absent' : isWhole(inFlightId, whole) ? 'whole' : 'partial',
          }
        : null,
      unexplained: [...present].filter((id) => !everReported.has(id) && id !== inFlightId),
      lost: [...everReported].filter((id) => !present.has(id)),
      whole,
      statuses: countStatuses(inRun),
      rerunWrong,
    };
    outcomes.push(outcome);
    presentBefore = present;
  }

  log('faults: final ingest run, no fault');
  const final = await runKg(['ingest', corpus.dir], server.env, RUN_TIMEOUT_MS);
  const finalLines = reported(final.stdout.split('\n'));
  const finalWrong = wrongStatuses(finalLines, presentBefore);
  await exportJson(server, exportFile('faulted'));
  const [a, b] = await Promise.all([readFile(exportFile('clean')), readFile(exportFile('faulted'))]);
  return rows({ outcomes, final, finalLines, finalWrong, cleanExport: a, faultedExport: b, coldStartSeconds: opts.coldStartSeconds, n });
}

/** Documents in the graph before a run must come out "unchanged", the others "created". */
function wrongStatuses(lines: { status: string; id: string }[], presentBefore: Set<string>): string[] {
  return lines
    .filter((r) => (presentBefore.has(r.id) ? r.status !== 'unchanged' : r.status !== 'created'))
    .map((r) => `${r.id}: ${r.status}`);
}

function countStatuses(lines: { status: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lines) out[l.status] = (out[l.status] ?? 0) + 1;
  return out;
}

function isWhole(id: string, w: Wholeness): boolean {
  return !w.withoutHash.includes(id) && !w.shortShares.some((s) => s.id === id);
}

/** Exit 1, exactly one line on stderr, "kg: …", no stack, not an internal error. */
function isOneLineError(exit: KgExit): boolean {
  const lines = exit.stderr.split('\n').filter((l) => l.trim() !== '');
  return exit.code === 1 && lines.length === 1 && /^kg: /.test(lines[0]!) && !/internal error|\n\s+at /.test(exit.stderr);
}

async function boundedExit(exited: Promise<KgExit>, kill: (s: NodeJS.Signals) => boolean, seconds: number): Promise<KgExit> {
  const timer = setTimeout(() => kill('SIGKILL'), seconds * 1000);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

async function exportJson(server: FaultsServer, file: string): Promise<void> {
  const r = await runKg(['export', '--format', 'json', '--out', file], server.env, RUN_TIMEOUT_MS);
  if (r.code !== 0) throw new Error(`kg export failed (exit ${r.code}): ${r.stderr.trim()}`);
}

const round = (x: number) => Math.round(x * 10) / 10;
const list = (xs: (number | string)[]) => xs.join('/');

function rows(r: {
  outcomes: KillOutcome[];
  final: KgExit;
  finalLines: { status: string }[];
  finalWrong: string[];
  cleanExport: Buffer;
  faultedExport: Buffer;
  coldStartSeconds: number;
  n: number;
}): ScenarioResult[] {
  const o = r.outcomes;
  const kills = `${o.length} kill${o.length === 1 ? '' : 's'}`;
  const cliPass = o.every((k) => k.cli.oneLine && k.cli.exitSeconds <= CLI_EXIT_BOUND_S);
  const sample = o[0]?.cli.stderr ?? '';

  const midTx = o.filter((k) => k.transaction !== null);
  const wholePass = o.every(
    (k) =>
      k.lost.length === 0 &&
      k.unexplained.length === 0 &&
      k.inFlight?.state !== 'partial' &&
      k.whole.withoutHash.length === 0 &&
      k.whole.shortShares.length === 0 &&
      k.whole.stray.length === 0,
  );
  const inFlight = o.map(
    (k) => `${k.reportedSoFar}→${k.presentAfterRestart}${k.inFlight?.state === 'whole' ? ' (in-flight doc committed whole)' : ''}`,
  );
  const txNote = midTx.map((k) => `${k.transaction!.elapsedMs} ms into a tx holding ${k.transaction!.activeLockCount} locks`);

  const recovered = o.filter((k) => k.recovery.recovered).length;
  const rolledBack = o.map((k) => k.recovery.rolledBack ?? '?');

  const wrong = [...o.flatMap((k) => k.rerunWrong), ...r.finalWrong];
  const finalStatuses = countStatuses(r.finalLines);
  const runs = [...o.map((k) => k.statuses), finalStatuses].slice(1);
  const describe = (c: Record<string, number>) => `${c.unchanged ?? 0} unchanged + ${c.created ?? 0} created`;

  const equal = r.cleanExport.equals(r.faultedExport);
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 12);

  return [
    {
      scenario: 'kill -9 mid-ingest: CLI fails fast, one line',
      figure: `${kills}: exit ${list(o.map((k) => k.cli.code ?? k.cli.signal ?? '?'))}, ${o.filter((k) => k.cli.oneLine).length}/${o.length} one line no stack, exited ${list(o.map((k) => k.cli.exitSeconds))} s after the kill (bound ${CLI_EXIT_BOUND_S} s): "${sample.slice(0, 160)}${sample.length > 160 ? '…' : ''}"`,
      pass: cliPass,
      data: { kills: o.map((k) => ({ plan: k.plan, ...k.cli })) },
    },
    {
      scenario: 'kill -9 mid-ingest: no half-written document',
      figure: `documents reported→present after restart ${inFlight.join(', ')}; ${txNote.length ? `killed ${txNote.join('; ')}; ` : ''}${sum(o, (k) => k.whole.withoutHash.length)} without ingestHash, ${sum(o, (k) => k.whole.shortShares.length)} short shares, ${sum(o, (k) => k.whole.stray.length)} stray, ${sum(o, (k) => k.lost.length)} lost`,
      pass: wholePass && midTx.length >= 1,
      data: {
        kills: o.map((k) => ({
          plan: k.plan,
          reportedAtKill: k.reportedAtKill,
          reportedInRun: k.reportedInRun,
          reportedSoFar: k.reportedSoFar,
          presentAfterRestart: k.presentAfterRestart,
          transaction: k.transaction,
          inFlight: k.inFlight,
          unexplained: k.unexplained,
          lost: k.lost,
          whole: k.whole,
        })),
      },
    },
    {
      scenario: 'kill -9 mid-ingest: restart recovers from the log',
      figure: `restart incl. recovery ${list(o.map((k) => k.restartSeconds))} s (cold start ${round(r.coldStartSeconds)} s); Neo4j logged recovery ${recovered}/${o.length}, transactions rolled back ${list(rolledBack)} (an uncommitted one never reaches the log), its own recovery time ${list(o.map((k) => k.recovery.timeSpent ?? '?'))}`,
      pass: recovered === o.length,
      data: {
        kills: o.map((k) => ({ plan: k.plan, restartSeconds: k.restartSeconds, recovery: k.recovery })),
        coldStartSeconds: r.coldStartSeconds,
      },
    },
    {
      scenario: 'rerun after kill -9: what is in is unchanged',
      figure: `${runs.length} reruns: ${runs.map(describe).join('; ')} (the last complete: ${r.finalLines.length}/${r.n}, exit ${r.final.code}); ${wrong.length} with the wrong status`,
      pass: wrong.length === 0 && r.final.code === 0 && r.finalLines.length === r.n,
      data: {
        runs: [...o.map((k) => k.statuses), finalStatuses],
        wrong: wrong.slice(0, 20),
        finalExit: r.final.code,
        finalStderr: r.final.stderr.trim().slice(0, 500),
      },
    },
    {
      scenario: `export after ${kills} = clean run's, byte for byte`,
      figure: `json export ${r.faultedExport.length.toLocaleString('en')} bytes vs ${r.cleanExport.length.toLocaleString('en')} (sha256 ${sha(r.faultedExport)} vs ${sha(r.cleanExport)}): ${equal ? 'identical' : 'DIFFERENT'}`,
      pass: equal,
      data: { bytes: r.faultedExport.length, cleanBytes: r.cleanExport.length, equal },
    },
  ];
}

function sum<T>(xs: T[], f: (x: T) => number): number {
  return xs.reduce((s, x) => s + f(x), 0);
}
