/** whoIsHeard: one Cypher query (src/api/cypher/voices.ts), counted by src/api/voices/count.ts. */
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { MEETING_VOICES } from '../cypher/voices.js';
import { countVoices, type VoicedStatement } from '../voices/count.js';
import { regionTable } from '../voices/regions.js';
import { badInput } from '../errors.js';
import { nonEmptyId } from './args.js';

interface Row {
  meeting: { id: string; name: string; date: string | null; cycle: number | null };
  participation: string[];
  statements: VoicedStatement[];
}

export const whoIsHeard: NonNullable<QueryResolvers['whoIsHeard']> = async (_p, args, ctx) => {
  if ((args.seriesId ?? null) === null && (args.meetingId ?? null) === null) {
    throw badInput('whoIsHeard: give `seriesId` or `meetingId`', { argument: 'seriesId' });
  }
  const seriesId = args.seriesId ? nonEmptyId('whoIsHeard', 'seriesId', args.seriesId) : null;
  const meetingId = args.meetingId ? nonEmptyId('whoIsHeard', 'meetingId', args.meetingId) : null;
  const rows = await ctx.services.db.query<Row>(MEETING_VOICES, { seriesId, meetingId });
  const regions = regionTable();
  return {
    meetings: rows.map((r, position) => ({
      meeting: { ...r.meeting, position },
      // stored as "kind=count" (as Meeting.participation's @cypher reads it); the kind is the pipeline's spelling
      statedParticipation: r.participation.map((entry) => {
        const [kind, count] = entry.split('=');
        return { kind: kind as never, count: Number(count) };
      }),
      voices: countVoices(r.statements, regions),
    })),
    overall: countVoices(
      rows.flatMap((r) => r.statements),
      regions,
    ),
  };
};
