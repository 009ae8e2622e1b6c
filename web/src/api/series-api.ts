/**
 * The series operations (web/src/graphql/series.graphql) mapped onto series-types.ts: the
 * one file that knows the names of the series and timeline fields (schema/timelines.graphql).
 */
import {
  ViewerActorTimelineDocument,
  ViewerSeriesListDocument,
  ViewerSeriesTimelineDocument,
  ViewerStatedParticipationDocument,
} from '../generated/graphql.js';
import { request } from './client.js';
import type { ActorTimeline, SeriesSummary, SeriesTimeline, StatedCount } from './series-types.js';
import type { Citation } from './types.js';

type RawCitation = Omit<Citation, 'documentTitle' | 'quote'> & { documentTitle?: string | null; quote?: string | null };

function citation(c: RawCitation): Citation {
  return { ...c, documentTitle: c.documentTitle ?? null, quote: c.quote ?? null };
}

export async function seriesList(signal?: AbortSignal): Promise<SeriesSummary[]> {
  const data = await request(ViewerSeriesListDocument, {}, signal);
  return data.series.map((s) => ({ id: s.id, name: s.name, kind: s.kind ?? null, subject: s.subject ?? null }));
}

/** Null when no series has this id. */
export async function seriesTimeline(id: string, signal?: AbortSignal): Promise<SeriesTimeline | null> {
  const data = await request(ViewerSeriesTimelineDocument, { id }, signal);
  const t = data.seriesTimeline;
  if (!t) return null;
  return {
    series: { id: t.series.id, name: t.series.name, kind: t.series.kind ?? null, subject: t.series.subject ?? null },
    steps: t.meetings.map((m) => ({
      position: m.position,
      meeting: m.meeting,
      participants: m.participants.map((p) => ({ ...p, citations: p.citations.map(citation) })),
      newIds: m.new,
      returnedIds: m.returned,
      absentIds: m.droppedOut,
    })),
  };
}

/** Null when the node is no organization, State or person, or took part in nothing. */
export async function actorTimeline(id: string, signal?: AbortSignal): Promise<ActorTimeline | null> {
  const data = await request(ViewerActorTimelineDocument, { id }, signal);
  const t = data.timeline;
  if (!t) return null;
  return {
    actor: t.actor,
    firstSeen: t.firstSeen ?? null,
    lastSeen: t.lastSeen ?? null,
    entries: t.entries.map((e) => ({ ...e, citations: e.citations.map(citation) })),
  };
}

/** The participation each meeting's documents state, by meeting id (meetings stating none are absent). */
export async function statedParticipation(meetingIds: string[], signal?: AbortSignal): Promise<Map<string, StatedCount[]>> {
  if (meetingIds.length === 0) return new Map();
  const data = await request(ViewerStatedParticipationDocument, { ids: meetingIds }, signal);
  return new Map(data.meetings.filter((m) => m.participation.length > 0).map((m) => [m.id, m.participation]));
}
