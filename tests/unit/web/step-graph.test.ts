/**
 * One step of the timeline: what the graph shows at a meeting of a series, on a small graph
 * written here where a shared chair reaches the other meeting's facts.
 */
import { describe, expect, it } from 'vitest';
import type { SeriesStep, TimelineActor } from '../../../web/src/api/series-types.js';
import type { GraphEdge, GraphNode } from '../../../web/src/api/types.js';
import { stepGraph } from '../../../web/src/timeline/step-graph.js';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({ id, label, name: id, properties });
const edge = (id: string, source: string, target: string, documentId?: string): GraphEdge => ({
  id,
  type: 'X',
  source,
  target,
  properties: documentId ? { documentId } : {},
  evidence: [],
});
const actor = (id: string): TimelineActor => ({ id, label: 'Organization', name: id, kind: 'ngo' });
const at = (ids: string[]) => ids.map((id) => ({ actor: actor(id), roles: ['panellist'], statements: 1, citations: [] }));
const meeting = (n: number) => ({
  id: `doc:d${n}/meeting`,
  name: `M${n}`,
  kind: null,
  date: `204${n}-01-01`,
  ordinal: null,
  cycle: null,
  documents: [`doc:d${n}`],
});

const first: SeriesStep = {
  position: 1,
  meeting: meeting(1),
  participants: at(['org:a', 'org:b']),
  newIds: ['org:a', 'org:b'],
  returnedIds: [],
  absentIds: [],
};
const second: SeriesStep = {
  position: 2,
  meeting: meeting(2),
  participants: at(['org:b', 'org:c']),
  newIds: ['org:c'],
  returnedIds: [],
  absentIds: ['org:a'],
};

describe('a step of the timeline', () => {
  const around = {
    truncated: false,
    nodes: [
      node('doc:d2/meeting', 'Meeting'),
      node('doc:d2', 'Document'),
      node('doc:d2/statement:1', 'Statement'),
      node('person:chair', 'Person'),
      node('doc:d1/meeting', 'Meeting'),
      node('doc:d1', 'Document'),
      node('doc:d1/statement:1', 'Statement'),
      node('org:c', 'Organization'),
      node('org:elsewhere', 'Organization'),
    ],
    edges: [
      edge('e1', 'doc:d2/statement:1', 'org:c', 'doc:d2'),
      edge('e2', 'doc:d2/meeting', 'person:chair', 'doc:d2'),
      edge('e3', 'doc:d1/meeting', 'person:chair', 'doc:d1'),
      edge('e4', 'doc:d1/statement:1', 'org:elsewhere', 'doc:d1'),
    ],
  };

  it("keeps what this meeting's documents say and leaves the other meeting's facts out", () => {
    const { data } = stepGraph(second, first, around, around.nodes[0]!);
    const ids = data.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['doc:d2', 'doc:d2/meeting', 'doc:d2/statement:1', 'org:a', 'org:b', 'org:c'].sort());
    // The chair is tied to this meeting only through a meeting edge, which does not bring entities in: it is no participant here.
    expect(data.edges.map((e) => e.id)).toContain('e1');
    expect(data.edges.map((e) => e.id)).not.toContain('e3');
  });

  it('joins each participant to the meeting with its roles, and marks new and absent', () => {
    const { data, marks } = stepGraph(second, first, around, around.nodes[0]!);
    const took = data.edges
      .filter((e) => e.type === 'PARTICIPATED_IN')
      .map((e) => e.source)
      .sort();
    expect(took).toEqual(['org:b', 'org:c']);
    expect(Object.fromEntries(marks)).toEqual({ 'org:c': 'new', 'org:a': 'absent' });
  });
});
