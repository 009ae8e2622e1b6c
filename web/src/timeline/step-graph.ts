/**
 * What the graph shows at one step of a series: the meeting, who took part (each joined to the
 * meeting by its roles, with the paragraphs that state them), what the meeting's documents say
 * around it (observations, panels, statements), and those who took part in the previous
 * meeting and not in this one. Pure: the timeline bar fetches, this decides.
 */
import type { SeriesStep } from '../api/series-types.js';
import type { GraphData, GraphEdge, GraphNode } from '../api/types.js';

export type StepMark = 'new' | 'returned' | 'absent';

export interface StepGraph {
  data: GraphData;
  /** Node id → how it compares with the previous step (continuing participants have none). */
  marks: Map<string, StepMark>;
}

/** The edge that says an actor took part; its id is stable so it is drawn once per step. */
export function participationEdgeId(meetingId: string, actorId: string): string {
  return `timeline:${meetingId}|${actorId}`;
}

function actorNode(a: SeriesStep['participants'][number]['actor']): GraphNode {
  return { id: a.id, label: a.label, name: a.name, properties: a.kind ? { kind: a.kind } : {} };
}

/**
 * `around` is what the API returned near the meeting; nodes read from documents other than
 * this meeting's (a statement of the same organization at another meeting) are left out, and
 * so are the other meetings of the series.
 */
export function stepGraph(step: SeriesStep, previous: SeriesStep | null, around: GraphData, meetingNode: GraphNode): StepGraph {
  const meetingId = step.meeting.id;
  const docs = new Set(around.nodes.filter((n) => n.label === 'Document').map((n) => n.id));
  const belongs = (n: GraphNode) => {
    if (n.id === meetingId) return true;
    if (n.label === 'Meeting' || n.label === 'Series') return false;
    const doc = n.properties.documentId;
    return typeof doc !== 'string' || docs.size === 0 || docs.has(doc);
  };
  const nodes = new Map<string, GraphNode>([[meetingId, meetingNode]]);
  for (const n of around.nodes) if (belongs(n)) nodes.set(n.id, n);
  const edges = new Map<string, GraphEdge>();
  for (const e of around.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);

  const marks = new Map<string, StepMark>();
  const isNew = new Set(step.newIds);
  const returned = new Set(step.returnedIds);
  for (const p of step.participants) {
    if (!nodes.has(p.actor.id)) nodes.set(p.actor.id, actorNode(p.actor));
    const id = participationEdgeId(meetingId, p.actor.id);
    edges.set(id, {
      id,
      type: 'PARTICIPATED_IN',
      source: p.actor.id,
      target: meetingId,
      properties: { roles: p.roles, statements: p.statements },
      evidence: p.citations,
    });
    if (isNew.has(p.actor.id)) marks.set(p.actor.id, 'new');
    else if (returned.has(p.actor.id)) marks.set(p.actor.id, 'returned');
  }
  // Absent: at the previous meeting, not at this one. Drawn apart (no edge: they took no part here).
  const before = new Map((previous?.participants ?? []).map((p) => [p.actor.id, p.actor]));
  for (const id of step.absentIds) {
    const actor = before.get(id);
    if (!actor) continue;
    nodes.set(id, actorNode(actor));
    marks.set(id, 'absent');
  }
  return { data: { nodes: [...nodes.values()], edges: [...edges.values()], truncated: around.truncated }, marks };
}
