/** driversOfMigration: ranked by speakers, then statements, then paragraphs (ties share a rank). */
import type { Citation, DriverRanking, GraphNode, QueryResolvers, StatementSummary } from '../generated/resolvers-types.js';
import { DRIVERS_OF_MIGRATION } from '../cypher/drivers.js';

interface Row {
  driver: GraphNode;
  speakers: number;
  statementCount: number;
  paragraphs: number;
  raisedIn: StatementSummary[];
  citations: Citation[];
}

export const driversOfMigration: NonNullable<QueryResolvers['driversOfMigration']> = async (_p, args, ctx) => {
  const rows = await ctx.services.db.query<Row>(DRIVERS_OF_MIGRATION, { documentId: args.documentId ?? null });
  return rank(rows);
};

/** Standard competition ranking (1, 2, 2, 4): rows arrive sorted. */
export function rank(rows: Row[]): DriverRanking[] {
  const key = (r: Row) => `${r.speakers}|${r.statementCount}|${r.paragraphs}`;
  let rankOf = 0;
  return rows.map((r, i) => {
    if (i === 0 || key(rows[i - 1]!) !== key(r)) rankOf = i + 1;
    return {
      rank: rankOf,
      driver: r.driver,
      speakers: r.speakers,
      statements: r.statementCount,
      paragraphs: r.paragraphs,
      raisedIn: r.raisedIn,
      citations: r.citations,
    };
  });
}
