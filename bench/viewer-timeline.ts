/**
 * A series for the viewer's timeline benchmark (bench/viewer.ts, part `timeline`): two
 * meetings, the first of which draws about `elements` elements, and the GraphQL answers the
 * timeline asks for (the series list, the series' timeline, the meeting's neighbourhoods), so
 * the built viewer runs its own code path (timeline-bar.ts: fetch, stepGraph, show, marks)
 * against a stand-in server with no database behind it.
 *
 * The first meeting's graph is the benchmark's synthetic graph (synthetic-graph.ts, shaped like
 * ours): its organizations took part (each joined to the meeting by a participation edge, as
 * the API's seriesTimeline gives them), every other node and every edge is a fact of the
 * meeting's document, so stepGraph keeps them all. `drawn` is what stepGraph makes of it, the
 * very data the timeline draws: the baselines draw the same.
 */
import type { SeriesStep } from '../web/src/api/series-types.js';
import type { Citation, GraphData, GraphNode } from '../web/src/api/types.js';
import { stepGraph } from '../web/src/timeline/step-graph.js';
import { syntheticGraph } from './synthetic-graph.js';

export const TIMELINE_SERIES_ID = 'series:bench-dialogues';
const DOCUMENT_ID = 'doc:bench-dialogue-1';
const MEETING_ID = 'meeting:bench-dialogue-1';

export interface TimelineFixture {
  steps: SeriesStep[];
  meetingNode: GraphNode;
  /** What the 3-hop neighbourhood of the first meeting returns. */
  around: GraphData;
  /** What the timeline draws for the first meeting (stepGraph of the above). */
  drawn: GraphData;
}

function citation(paragraph: number): Citation {
  const text = `Paragraph ${paragraph} of the dialogue's report, naming who took part.`;
  return {
    documentId: DOCUMENT_ID,
    documentTitle: 'Report of the first constructive dialogue',
    paragraph: String(paragraph),
    paragraphId: `${DOCUMENT_ID}/para:${paragraph}`,
    text,
    citation: `Report of the first constructive dialogue, para. ${paragraph}`,
    place: 'PARAGRAPH',
    quote: null,
    start: null,
    end: null,
  };
}

function fixtureOf(base: GraphData): TimelineFixture {
  const meetingNode: GraphNode = { id: MEETING_ID, label: 'Meeting', name: 'First constructive dialogue', properties: { date: '2024-05-02' } };
  // Organizations are entities (no documentId: they take part); everything else is the document's.
  const nodes = base.nodes.map((n) =>
    n.label === 'Organization' ? n : { ...n, properties: { ...n.properties, documentId: DOCUMENT_ID } },
  );
  const edges = base.edges.map((e) => ({ ...e, properties: { ...e.properties, documentId: DOCUMENT_ID } }));
  const participants = nodes
    .filter((n) => n.label === 'Organization')
    .map((n, i) => ({
      actor: { id: n.id, label: n.label, name: n.name, kind: 'non-governmental organization' },
      roles: ['speaker'],
      statements: 1 + (i % 4),
      citations: [citation(2 + (i % 40))],
    }));
  const meeting = (n: number) => ({
    id: n === 1 ? MEETING_ID : `meeting:bench-dialogue-${n}`,
    name: `${n === 1 ? 'First' : 'Second'} constructive dialogue`,
    kind: 'constructive dialogue',
    date: `${2023 + n}-05-02`,
    ordinal: n,
    cycle: null,
    documents: [n === 1 ? DOCUMENT_ID : `doc:bench-dialogue-${n}`],
  });
  const ids = participants.map((p) => p.actor.id);
  const steps: SeriesStep[] = [
    { position: 1, meeting: meeting(1), participants, newIds: ids, returnedIds: [], absentIds: [] },
    // The second meeting is not drawn: it is there so the slider has somewhere to go.
    { position: 2, meeting: meeting(2), participants: participants.slice(0, 10), newIds: [], returnedIds: [], absentIds: ids.slice(10) },
  ];
  const around: GraphData = { nodes: [meetingNode, ...nodes], edges, truncated: false };
  const drawn = stepGraph(steps[0]!, null, around, meetingNode).data;
  return { steps, meetingNode, around, drawn };
}

/** The largest synthetic graph whose timeline step draws at most `elements` elements (the participation edges come on top). */
export function timelineFixture(elements: number): TimelineFixture {
  let size = elements;
  for (;;) {
    const fixture = fixtureOf(syntheticGraph(size));
    const drawn = fixture.drawn.nodes.length + fixture.drawn.edges.length;
    if (drawn <= elements) return fixture;
    size -= Math.max(1, Math.floor((drawn - elements) / 1.2));
  }
}

/** Elements drawn: nodes + edges. */
export function elementCount(data: GraphData): number {
  return data.nodes.length + data.edges.length;
}

/**
 * The `data` of the stand-in server's answer to a viewer's GraphQL request, by operation
 * (the generated documents name them: web/src/graphql/*.graphql); null for operations the
 * timeline does not ask (the caller answers those as before).
 */
export function answerTimelineRequest(fixture: TimelineFixture, query: string, variables: Record<string, unknown>): unknown {
  if (query.includes('ViewerSeriesList')) {
    return { series: [{ id: TIMELINE_SERIES_ID, name: 'Constructive dialogues on a synthetic subject', kind: 'dialogues', subject: 'a synthetic subject' }] };
  }
  if (query.includes('ViewerSeriesTimeline')) {
    if (variables.id !== TIMELINE_SERIES_ID) return { seriesTimeline: null };
    return {
      seriesTimeline: {
        series: { id: TIMELINE_SERIES_ID, name: 'Constructive dialogues on a synthetic subject', kind: 'dialogues', subject: 'a synthetic subject' },
        meetings: fixture.steps.map((s) => ({
          position: s.position,
          meeting: s.meeting,
          participants: s.participants,
          new: s.newIds,
          returned: s.returnedIds,
          droppedOut: s.absentIds,
        })),
      },
    };
  }
  if (query.includes('ViewerNeighbourhood')) {
    // Depth 1 (what touches the meeting) and depth 3 along the timeline's relationships (what
    // its documents say around it): the fixture's graph comes with the second, the meeting with both.
    const graph = variables.id === MEETING_ID && variables.depth === 3 ? fixture.around : { nodes: [fixture.meetingNode], edges: [], truncated: false };
    return { neighbourhood: graph };
  }
  if (query.includes('ViewerStatedParticipation')) return { meetings: [] };
  return null;
}
