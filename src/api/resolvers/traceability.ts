/**
 * traceability: the Query field only fixes the filter; each of its two fields runs its own
 * query when (and only when) it is selected — one query per field, never per observation.
 */
import type { ObservationTrace, QueryResolvers, StatementSummary, TraceabilityResolvers } from '../generated/resolvers-types.js';
import { OBSERVATIONS_WITH_INPUTS, STAKEHOLDER_SPEAKER_KINDS, UNTAKEN_INPUTS } from '../cypher/traceability.js';
import { numberInRange } from './args.js';

export interface TraceabilityFilter {
  documentId: string | null;
  minScore: number;
}

export const traceability: NonNullable<QueryResolvers['traceability']> = (_p, args) => ({
  documentId: args.documentId ?? null,
  minScore: numberInRange('traceability', 'minScore', args.minScore, 0, 1),
});

export const Traceability: TraceabilityResolvers = {
  observations: async (parent, _args, ctx) => {
    return ctx.services.db.query<ObservationTrace>(OBSERVATIONS_WITH_INPUTS, { documentId: parent.documentId, minScore: parent.minScore });
  },
  untakenInputs: async (parent, _args, ctx) => {
    const rows = await ctx.services.db.query<{ statement: StatementSummary }>(UNTAKEN_INPUTS, {
      documentId: parent.documentId,
      minScore: parent.minScore,
      stakeholderKinds: [...STAKEHOLDER_SPEAKER_KINDS],
    });
    return rows.map((r) => r.statement);
  },
};
