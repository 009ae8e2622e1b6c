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
 * `around` is what the API returned near the meeting (a few hops reach the other meetings
 * through a chair or an organization they share): only what this meeting's documents say is
 * kept, with the organizations, States and people they tie to it.
 */
export function stepGraph(step: SeriesStep, previous: SeriesStep | null, around: GraphData, meetingNode: GraphNode): StepGraph {
  const meetingId = step.meeting.id;
  const docs = new Set(step.meeting.documents);
  const participants = new Set(step.participants.map((p) => p.actor.id));
  // Facts read from a document carry its id (or sit under it: `doc:…/para:3`); entities (organizations, States, named people) do not.
  const docOf = (n: GraphNode): string | null =>
    typeof n.properties.documentId === 'string' ? n.properties.documentId : n.id.startsWith('doc:') ? n.id.split('/')[0]! : null;
  const fromHere = (n: GraphNode) => {
    if (n.id === meetingId) return true;
    if (n.label === 'Meeting' || n.label === 'Series') return false;
    if (n.label === 'Document') return docs.has(n.id);
    const doc = docOf(n);
    return doc !== null && docs.has(doc);
  };
  const nodes = new Map<string, GraphNode>([[meetingId, meetingNode]]);
  const entities = new Map<string, GraphNode>();
  for (const n of around.nodes) {
    if (fromHere(n)) nodes.set(n.id, n);
    else if (docOf(n) === null && !['Meeting', 'Series', 'Document'].includes(n.label)) entities.set(n.id, n);
  }
  const edgeFromHere = (e: GraphEdge) => typeof e.properties.documentId !== 'string' || docs.has(e.properties.documentId);
  // An entity is drawn when it took part, or when this meeting's documents tie it to something of theirs.
  for (const e of around.edges) {
    if (!edgeFromHere(e)) continue;
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const entity = entities.get(a);
      if (entity && nodes.has(b) && nodes.get(b)!.label !== 'Meeting') nodes.set(a, entity);
    }
  }
  for (const id of participants) if (entities.has(id)) nodes.set(id, entities.get(id)!);
  const edges = new Map<string, GraphEdge>();
  for (const e of around.edges) if (edgeFromHere(e) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);

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
