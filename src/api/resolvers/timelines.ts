/**
 * timeline and seriesTimeline (schema/timelines.graphql). The Cypher reads who took part where
 * (src/api/cypher/timelines.ts); the order of a series' meetings and the comparison of each
 * meeting with the ones before it (new, returned, dropped out) are computed here, at query
 * time, so nothing stored goes stale when an earlier meeting is ingested later.
 */
import type {
  Appearance,
  ActorTimeline,
  QueryResolvers,
  SeriesParticipant,
  SeriesRef,
  SeriesStep,
  TimelineActor,
  TimelineMeeting,
  Citation,
} from '../generated/resolvers-types.js';
import { ACTOR_TIMELINE, SERIES_MEETINGS, SERIES_PARTICIPANTS } from '../cypher/timelines.js';

interface ActorRow {
  actor: TimelineActor;
  meeting: TimelineMeeting;
  roles: string[];
  statements: number;
  citations: Citation[];
}

export const timeline: NonNullable<QueryResolvers['timeline']> = async (_p, args, ctx) => {
  const rows = await ctx.services.db.query<ActorRow>(ACTOR_TIMELINE, { id: args.id });
  return actorTimeline(rows);
};

export function actorTimeline(rows: ActorRow[]): ActorTimeline | null {
  if (rows.length === 0) return null;
  const entries = [...rows]
    .sort((a, b) => compareMeetings(a.meeting, b.meeting))
    .map((r) => ({ meeting: r.meeting, roles: r.roles, statements: r.statements, citations: r.citations }));
  const dates = entries.map((e) => e.meeting.date).filter((d): d is string => !!d);
  return { actor: rows[0]!.actor, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null, entries };
}

export const seriesTimeline: NonNullable<QueryResolvers['seriesTimeline']> = async (_p, args, ctx) => {
  const [head] = await ctx.services.db.query<{ series: SeriesRef; meetings: TimelineMeeting[] }>(SERIES_MEETINGS, { id: args.id });
  if (!head) return null;
  const rows = await ctx.services.db.query<{ meetingId: string; participants: Appearance[] }>(SERIES_PARTICIPANTS, { id: args.id });
  const byMeeting = new Map(rows.map((r) => [r.meetingId, r.participants]));
  return compareSteps(head.series, head.meetings, byMeeting);
};

/** Meetings in order, each compared with the previous one and with all before it. */
export function compareSteps(series: SeriesRef, meetings: TimelineMeeting[], byMeeting: Map<string, Appearance[]>) {
  const ordered = [...meetings].sort(compareMeetings);
  const seenBefore = new Set<string>();
  let previous = new Set<string>();
  const participants = new Map<string, SeriesParticipant>();
  const steps: SeriesStep[] = ordered.map((meeting, i) => {
    const here = [...(byMeeting.get(meeting.id) ?? [])].sort((a, b) => a.actor.name.localeCompare(b.actor.name));
    const ids = new Set(here.map((p) => p.actor.id));
    const step: SeriesStep = {
      position: i + 1,
      meeting,
      participants: here,
      new: [...ids].filter((id) => !seenBefore.has(id)).sort(),
      returned: [...ids].filter((id) => seenBefore.has(id) && !previous.has(id)).sort(),
      droppedOut: i === 0 ? [] : [...previous].filter((id) => !ids.has(id)).sort(),
    };
    for (const p of here) {
      const entry = participants.get(p.actor.id) ?? { actor: p.actor, positions: [], dates: [] };
      entry.positions.push(i + 1);
      entry.dates.push(meeting.date ?? null);
      participants.set(p.actor.id, entry);
    }
    for (const id of ids) seenBefore.add(id);
    previous = ids;
    return step;
  });
  const everyone = [...participants.values()].sort((a, b) => a.actor.name.localeCompare(b.actor.name));
  return { series, meetings: steps, participants: everyone };
}

/** By date (undated last), then meeting number, then id: a stable order read from the documents. */
function compareMeetings(a: TimelineMeeting, b: TimelineMeeting): number {
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  const oa = a.ordinal ?? Number.MAX_SAFE_INTEGER;
  const ob = b.ordinal ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
