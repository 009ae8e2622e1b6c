/**
 * recurringRecommendations and stakeholderUptake: one Cypher query reads the series' meetings
 * with their texts (src/api/cypher/series-texts.ts); src/api/uptake/match.ts compares them.
 * Query time, not a link stage: the answer follows the documents as they are, a re-ingested
 * member of the series needs nothing recomputed, and the threshold is the caller's to move.
 */
import type {
  Citation,
  EchoedInput,
  QueryResolvers,
  RecommendationRef,
  RecurrenceLink,
  SeriesMeeting,
  StatementSummary,
} from '../generated/resolvers-types.js';
import { SERIES_TEXTS } from '../cypher/series-texts.js';
import { STAKEHOLDER_SPEAKER_KINDS } from '../cypher/traceability.js';
import { matchTexts, type ComparedText, type TextMatch } from '../uptake/match.js';
import { intInRange, nonEmptyId, numberInRange } from './args.js';
import type { Database } from '../../db/connection.js';

/** Inputs are what stakeholders other than States said: the States are the ones recommending. */
const NON_STATE_STAKEHOLDERS = STAKEHOLDER_SPEAKER_KINDS.filter((k) => k !== 'state');

interface Row {
  position: number;
  meeting: Omit<SeriesMeeting, 'position'> & { subject: string | null };
  recommendations: (RecommendationRef & { citation: Citation | null })[];
  inputs: StatementSummary[];
}

async function seriesTexts(db: Database, seriesId: string): Promise<(Row & { at: SeriesMeeting })[]> {
  const rows = await db.query<Row>(SERIES_TEXTS, { seriesId, stakeholderKinds: NON_STATE_STAKEHOLDERS });
  return rows.map((r) => {
    const { subject: _subject, ...meeting } = r.meeting;
    return { ...r, at: { ...meeting, position: Number(r.position) } };
  });
}

const compared = (r: RecommendationRef): ComparedText => ({ id: r.id, text: r.text ?? '', ignore: r.recommendedBy });
const subjects = (rows: Row[]): string[] => [...new Set(rows.map((r) => r.meeting.subject).filter((s): s is string => !!s))];

export const recurringRecommendations: NonNullable<QueryResolvers['recurringRecommendations']> = async (_p, args, ctx) => {
  const seriesId = nonEmptyId('recurringRecommendations', 'seriesId', args.seriesId);
  const minScore = numberInRange('recurringRecommendations', 'minScore', args.minScore ?? 0.35, 0, 1);
  // each meeting that made recommendations against the next one that did (a stakeholders' summary
  // recorded as a meeting of its own makes none, and must not break the chain)
  const rows = (await seriesTexts(ctx.services.db, seriesId)).filter((r) => r.recommendations.length > 0);
  const steps = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const [a, b] = [rows[i]!, rows[i + 1]!];
    const byId = new Map([...a.recommendations, ...b.recommendations].map((r) => [r.id, r]));
    const link = (m: TextMatch): RecurrenceLink => ({
      earlier: byId.get(m.from.id)!,
      later: byId.get(m.to.id)!,
      score: m.score,
      shared: m.shared,
    });
    const matched = matchTexts(a.recommendations.map(compared), b.recommendations.map(compared), minScore, subjects([a, b]));
    const matches = matched.flatMap((m) => m.matches.map(link));
    const total = a.recommendations.length;
    steps.push({
      from: a.at,
      to: b.at,
      recommendations: total,
      recurring: matches.length,
      share: total === 0 ? 0 : matches.length / total,
      matches,
      notRecurring: matched
        .filter((m) => m.matches.length === 0)
        .map((m) => (m.nearest ? link(m.nearest) : { earlier: byId.get(m.from.id)!, later: null, score: 0, shared: [] })),
    });
  }
  return steps;
};

export const stakeholderUptake: NonNullable<QueryResolvers['stakeholderUptake']> = async (_p, args, ctx) => {
  const seriesId = nonEmptyId('stakeholderUptake', 'seriesId', args.seriesId);
  const minScore = numberInRange('stakeholderUptake', 'minScore', args.minScore ?? 0.25, 0, 1);
  const first = intInRange('stakeholderUptake', 'first', args.first ?? 3, 1, 20);
  const rows = await seriesTexts(ctx.services.db, seriesId);
  const echoed: EchoedInput[] = [];
  const notTakenUp: EchoedInput[] = [];
  rows.forEach((row, i) => {
    if (row.inputs.length === 0) return;
    // the same meeting's recommendations and every later meeting's
    const later = rows.slice(i).flatMap((r) => r.recommendations.map((rec) => ({ rec, at: r.at })));
    const byId = new Map(later.map((l) => [l.rec.id, l]));
    const inputs = new Map(row.inputs.map((s) => [s.id, s]));
    const matched = matchTexts(
      row.inputs.map((s) => ({ id: s.id, text: s.text ?? '' })),
      later.map((l) => compared(l.rec)),
      minScore,
      subjects(rows),
      first,
    );
    const echo = (m: TextMatch) => ({
      meeting: byId.get(m.to.id)!.at,
      recommendation: byId.get(m.to.id)!.rec,
      score: m.score,
      shared: m.shared,
    });
    for (const m of matched) {
      const entry = { meeting: row.at, input: inputs.get(m.from.id)! };
      if (m.matches.length > 0) echoed.push({ ...entry, echoes: m.matches.map(echo) });
      else notTakenUp.push({ ...entry, echoes: m.nearest ? [echo(m.nearest)] : [] });
    }
  });
  return { echoed, notTakenUp };
};
