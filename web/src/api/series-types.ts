/**
 * What the timeline, the engagement history and the charts work with, independent of the
 * API's field names (series-api.ts maps the answers onto these shapes).
 */
import type { Citation } from './types.js';

export interface SeriesSummary {
  id: string;
  name: string;
  kind: string | null;
  subject: string | null;
}

export interface TimelineMeeting {
  id: string;
  name: string;
  kind: string | null;
  date: string | null;
  ordinal: number | null;
  cycle: number | null;
  /** Ids of the documents that record it. */
  documents: string[];
}

/** An organization, a State (Place) or a person. */
export interface TimelineActor {
  id: string;
  /** Node label: Organization, Place or Person. */
  label: string;
  name: string;
  kind: string | null;
}

export interface Appearance {
  actor: TimelineActor;
  roles: string[];
  statements: number;
  citations: Citation[];
}

/** One meeting of a series, compared with the one before it. */
export interface SeriesStep {
  /** 1 for the first meeting of the series. */
  position: number;
  meeting: TimelineMeeting;
  participants: Appearance[];
  newIds: string[];
  returnedIds: string[];
  /** Took part in the previous meeting, not in this one. */
  absentIds: string[];
}

export interface SeriesTimeline {
  series: SeriesSummary;
  steps: SeriesStep[];
}

export interface ActorTimeline {
  actor: TimelineActor;
  firstSeen: string | null;
  lastSeen: string | null;
  entries: { meeting: TimelineMeeting; roles: string[]; statements: number; citations: Citation[] }[];
}

/** "Forty non-governmental organizations …": a kind as the text groups them, and how many. */
export interface StatedCount {
  kind: string;
  count: number;
}
