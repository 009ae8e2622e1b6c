/**
 * Which meeting a document records, and which series that meeting belongs to: both named by
 * what the meeting is, never by the file that records it.
 *
 * A review of a State at a numbered session of a body (the Universal Periodic Review of
 * Slovenia at the thirty-fourth session of its Working Group) is one meeting whichever
 * document records it: the Working Group's report and the stakeholders' summary prepared for
 * it meet on `wg:…/session:34/review:slovenia`. A meeting that states no such frame stays the
 * document's own (`<documentId>/meeting`), as one document is all that is known of it.
 *
 * Series group meetings of one process on one subject: a State's reviews cycle after cycle
 * (kind `review`), the constructive dialogues on one subject (`dialogues`), a body's sessions
 * (`sessions`). A later meeting of the series finds it by the same rule; nothing stores a
 * position, the order is read from the meetings' dates at query time.
 */
import type { MeetingFact } from '../extract/facts.js';
import { ids } from '../../graph/ids.js';

export interface MeetingIdentity {
  id: string;
  /** Recorded by every document of the same meeting: the node belongs to no single document. */
  shared: boolean;
}

export interface SeriesRef {
  id: string;
  name: string;
  kind: 'review' | 'sessions' | 'dialogues';
  subject: string;
}

function isReview(m: MeetingFact): boolean {
  return m.kind !== null && /\breview\b/i.test(m.kind);
}

export function meetingIdentity(m: MeetingFact, docId: string): MeetingIdentity {
  const wg = m.workingGroup;
  if (isReview(m) && m.subject && wg && wg.sessionOrdinal !== null) {
    return { id: ids.review(ids.session(ids.workingGroup(wg.name), wg.sessionOrdinal), m.subject), shared: true };
  }
  return { id: ids.meeting(docId), shared: false };
}

/** "constructive dialogue" → "constructive dialogues". */
function plural(kind: string): string {
  return kind.endsWith('s') ? kind : `${kind}s`;
}

export function seriesOf(m: MeetingFact): SeriesRef | null {
  if (isReview(m) && m.subject) {
    const name = `${m.kind === 'universal periodic review' ? 'Universal periodic review' : 'Reviews'} of ${m.subject}`;
    return { id: ids.series(name), name, kind: 'review', subject: m.subject };
  }
  if (m.kind && /dialogue|consultation|hearing/i.test(m.kind) && m.subject) {
    const name = `${capitalise(plural(m.kind))} on ${m.subject}`;
    return { id: ids.series(name), name, kind: 'dialogues', subject: m.subject };
  }
  if (m.kind === 'session' && m.body?.name && m.body.session != null) {
    const name = `Sessions of the ${m.body.name.replace(/^the\s+/i, '')}`;
    return { id: ids.series(name), name, kind: 'sessions', subject: m.body.name };
  }
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
