/**
 * Puts the speakers read here (rosters under captions, named people) together with the
 * statements the general reader found. A roster paragraph is read whole by the roster; where a
 * named person speaks, their sentences are theirs, and what the general reader had given those
 * sentences (often the previous speaker, by continuation) is taken back. Offsets are kept:
 * what remains of a statement is cut along sentence spans, never re-typed.
 */
import type { Evidence, StatementFact } from '../facts.js';

function minus(spans: Evidence[], taken: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of spans) {
    if (e.start === undefined || e.end === undefined || e.quote === undefined) {
      out.push(e);
      continue;
    }
    let pieces: [number, number][] = [[e.start, e.end]];
    for (const t of taken) {
      if (t.paragraph !== e.paragraph || t.start === undefined || t.end === undefined) continue;
      pieces = pieces.flatMap(([a, b]) => {
        if (t.end! <= a || t.start! >= b) return [[a, b] as [number, number]];
        const keep: [number, number][] = [];
        if (t.start! > a) keep.push([a, t.start!]);
        if (t.end! < b) keep.push([t.end!, b]);
        return keep;
      });
    }
    for (const [a, b] of pieces) {
      const quote = e.quote.slice(a - e.start, b - e.start);
      const lead = quote.length - quote.trimStart().length;
      const trimmed = quote.trim();
      if (/[\p{L}\p{N}]/u.test(trimmed))
        out.push({ paragraph: e.paragraph, start: a + lead, end: a + lead + trimmed.length, quote: trimmed });
    }
  }
  return out;
}

export function mergeStatements(
  base: StatementFact[],
  rosters: { statements: StatementFact[]; paragraphs: Set<string> },
  named: StatementFact[],
  paragraphOrder: ReadonlyMap<string, number>,
): StatementFact[] {
  const takenBy = new Map<string, Evidence[]>();
  for (const s of named) takenBy.set(s.paragraph, [...(takenBy.get(s.paragraph) ?? []), ...s.evidence]);
  const kept: StatementFact[] = [];
  for (const s of base) {
    if (rosters.paragraphs.has(s.paragraph)) continue;
    const taken = takenBy.get(s.paragraph);
    if (!taken) {
      kept.push(s);
      continue;
    }
    // the same person read twice: one statement, with the sentences of both readings
    const same = s.speaker.personKey
      ? named.find((n) => n.paragraph === s.paragraph && n.speaker.personKey === s.speaker.personKey)
      : undefined;
    if (same) {
      const extra = minus(s.evidence, same.evidence);
      same.evidence = [...same.evidence, ...extra].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
      same.text = same.evidence.map((e) => e.quote ?? '').join(' ');
      continue;
    }
    const evidence = minus(s.evidence, taken);
    if (evidence.length === 0) continue;
    kept.push({ ...s, evidence, text: evidence.map((e) => e.quote ?? '').join(' ') });
  }
  const all = [...kept, ...rosters.statements, ...named.filter((n) => !rosters.paragraphs.has(n.paragraph))];
  const rank = (s: StatementFact) => paragraphOrder.get(s.paragraph) ?? Number.MAX_SAFE_INTEGER;
  // paragraph order first, then where in the paragraph each statement starts
  return all.sort((a, b) => rank(a) - rank(b) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
