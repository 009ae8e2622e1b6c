/**
 * Measures how many recommendations of one review recur in the next: reads the Working Group
 * reports given (oldest first) with the real parse + extract (no database), matches each
 * recommendation of a report to the most similar one of the next report (src/api/uptake/match.ts,
 * the same code the API's `recurringRecommendations` runs), and prints the share that recur,
 * examples, and the pairs on either side of the threshold, so the threshold can be judged by
 * reading them.
 *
 *   npx tsx scripts/uptake/recurring-recommendations.ts [--band 0.25:0.45] report-2014.pdf report-2019.pdf
 *
 * With `--inputs summary.pdf`, the stakeholders' inputs of that summary (statements of
 * organizations, panellists, participants) are matched instead to the recommendations of all the
 * reports given: which were echoed, and which nobody took up.
 */
import { loadVocabularies } from '../../src/ingest/extract/load-vocabularies.js';
import { readDocumentFile } from '../../src/ingest/read-document.js';
import { bestMatches, ECHO_MIN_SCORE, RECURRENCE_MIN_SCORE, type ComparedText, type TextMatch } from '../../src/api/uptake/match.js';
import { STAKEHOLDER_SPEAKER_KINDS } from '../../src/ingest/resolve/draws-on.js';

const args = process.argv.slice(2);
const bandAt = args.indexOf('--band');
const [low, high] = bandAt >= 0 ? args.splice(bandAt, 2)[1]!.split(':').map(Number) : [0.25, 0.45];
const inputsAt = args.indexOf('--inputs');
const inputsFile = inputsAt >= 0 ? args.splice(inputsAt, 2)[1]! : null;
const thresholdAt = args.indexOf('--min');
const minScore = thresholdAt >= 0 ? Number(args.splice(thresholdAt, 2)[1]) : inputsFile ? ECHO_MIN_SCORE : RECURRENCE_MIN_SCORE;
if (args.length < 2) {
  console.error('usage: recurring-recommendations.ts [--band low:high] [--min score] <report> <next report> [...]');
  process.exit(1);
}

const vocab = await loadVocabularies();
const reports = [];
for (const file of args) {
  const { facts } = await readDocumentFile(file, vocab);
  // every recommendation/observation, as the API's recurringRecommendations compares them
  const recommendations: ComparedText[] = facts.observations.map((o) => ({ id: o.number, text: o.text, ignore: o.recommendedBy }));
  reports.push({ file, subject: facts.meeting?.subject ?? null, recommendations });
}

const clip = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n)}…` : s);
const printBand = (all: TextMatch[]) => {
  console.log(`\npairs with ${low} ≤ score < ${high} (read these to judge the threshold):`);
  for (const m of all.filter((x) => x.score >= low! && x.score < high!).sort((x, y) => x.score - y.score)) {
    console.log(`  ${m.score.toFixed(3)} ${m.score >= minScore ? 'MATCH' : '     '} ${m.from.id} ↔ ${m.to.id}  [${m.shared.join(', ')}]`);
    console.log(`    ${clip(m.from.text)}\n    ${clip(m.to.text)}`);
  }
};
if (inputsFile) {
  const { facts } = await readDocumentFile(inputsFile, vocab);
  const kinds = new Set<string>(STAKEHOLDER_SPEAKER_KINDS);
  const inputs = facts.statements
    .filter((st) => kinds.has(st.speaker.kind))
    .map((st) => ({ id: `${st.paragraph} ${st.speaker.surface}`, text: st.text }));
  const recommendations = reports.flatMap((r) => r.recommendations.map((x) => ({ ...x, id: `${r.file.split('/').pop()} ${x.id}` })));
  const subject = reports.map((r) => r.subject).filter((x): x is string => !!x);
  const { matched, unmatched } = bestMatches(inputs, recommendations, minScore, subject);
  console.log(
    `${inputsFile}: ${inputs.length} stakeholder inputs; echoed at ≥ ${minScore}: ${matched.length}; not taken up: ${unmatched.length}`,
  );
  printBand([...matched, ...unmatched.flatMap((u) => (u.nearest ? [u.nearest] : []))]);
  process.exit(0);
}
for (let i = 0; i + 1 < reports.length; i++) {
  const a = reports[i]!;
  const b = reports[i + 1]!;
  const subject = [a.subject, b.subject].filter((s): s is string => !!s);
  const { matched, unmatched } = bestMatches(a.recommendations, b.recommendations, minScore, subject);
  const share = a.recommendations.length === 0 ? 0 : matched.length / a.recommendations.length;
  console.log(`\n${a.file} (${a.recommendations.length} recommendations) → ${b.file} (${b.recommendations.length})`);
  console.log(`recur at ≥ ${minScore}: ${matched.length} of ${a.recommendations.length} = ${(share * 100).toFixed(1)}%`);
  const all = [...matched, ...unmatched.flatMap((u) => (u.nearest ? [u.nearest] : []))].sort((x, y) => y.score - x.score);
  console.log(`\nstrongest examples:`);
  for (const m of all.slice(0, 5))
    console.log(`  ${m.score.toFixed(3)}  ${m.from.id} ↔ ${m.to.id}\n    ${clip(m.from.text)}\n    ${clip(m.to.text)}`);
  printBand(all);
}
