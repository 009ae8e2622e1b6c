/**
 * The viewer's logic that needs no browser: the URL state, highlighting ranges, path
 * ordering, labels, the fetched-graph pool, undo and the tree folding (on a headless
 * Cytoscape). Lives with the browser tests because it is the viewer's; needs no database.
 */
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphPool } from '../../../web/src/app/graph-pool.js';
import { GraphSync } from '../../../web/src/app/graph-sync.js';
import { markPath } from '../../../web/src/app/canvas-classes.js';
import { History } from '../../../web/src/app/history.js';
import { queryToState, stateToQuery } from '../../../web/src/app/url-state.js';
import { initialState } from '../../../web/src/app/view-state.js';
import type { GraphData, GraphEdge, GraphNode } from '../../../web/src/api/types.js';
import { nodeLabelText, shortLabel } from '../../../web/src/graph/to-elements.js';
import { wrapWideLevels } from '../../../web/src/graph/wrap-levels.js';
import { merge, rangesOf } from '../../../web/src/ui/highlight.js';
import { pathSteps } from '../../../web/src/ui/path-steps.js';

const node = (id: string, label = 'Organization', properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  label,
  name: id,
  properties,
});
const edge = (id: string, source: string, target: string, type = 'MENTIONS'): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: {},
  evidence: [],
});

let cy: Core | null = null;
afterEach(() => {
  // A headless Cytoscape keeps Node alive until destroyed.
  cy?.destroy();
  cy = null;
});

describe('URL state', () => {
  it('round-trips a view, ids with slashes, colons and commas included', () => {
    const s = initialState();
    s.open = ['doc:x/para:13', 'org:a,b'];
    s.expanded = ['doc:x/meeting'];
    s.hidden = ['org:c'];
    s.hiddenTypes = ['Paragraph', 'Section'];
    s.selected = 'org:a,b';
    s.layout = 'concentric';
    s.sizeBy = 'statements';
    s.colourBy = 'degree';
    s.path = { from: 'org:a,b', to: 'doc:x/obs:40' };
    s.view = 'table';
    expect(queryToState(stateToQuery(s))).toEqual(s);
  });

  it('leaves defaults out and falls back to them on nonsense', () => {
    expect(stateToQuery(initialState())).toBe('');
    const s = queryToState('?layout=spiral&size=colour&colour=none&view=3d&from=a');
    expect(s).toEqual(initialState());
  });
});

describe('highlight ranges', () => {
  it('finds every occurrence, case-insensitively, and merges overlaps', () => {
    const text = 'The Mixed Migration Centre (MMC) said MMC surveys; mixed migration is common.';
    expect(rangesOf(text, ['Mixed Migration Centre', 'MMC', 'migration centre'])).toEqual([
      { start: 4, end: 26 },
      { start: 28, end: 31 },
      { start: 38, end: 41 },
    ]);
  });

  it('ignores needles too short to mean anything and clamps ranges to the text', () => {
    expect(rangesOf('a b c', ['a', 'b ', ''])).toEqual([]);
    expect(
      merge(
        [
          { start: -3, end: 2 },
          { start: 1, end: 99 },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 10 }]);
  });
});

describe('path steps', () => {
  it('reads from the start whatever way each relationship points', () => {
    const data: GraphData = {
      nodes: [node('ngo'), node('meeting', 'Meeting'), node('obs', 'Observation')],
      edges: [edge('e2', 'meeting', 'obs', 'PRODUCED'), edge('e1', 'ngo', 'meeting', 'PARTICIPATED_IN')],
      truncated: false,
    };
    const steps = pathSteps(data, 'obs');
    expect(steps.map((s) => [s.from.id, s.edge.type, s.to.id, s.forward])).toEqual([
      ['obs', 'PRODUCED', 'meeting', false],
      ['meeting', 'PARTICIPATED_IN', 'ngo', false],
    ]);
  });
});

describe('labels', () => {
  it('cuts long names at a word', () => {
    expect(shortLabel('States parties should integrate policies and practices aiming to criminalize', 30)).toBe('States parties should…');
    expect(shortLabel('Short')).toBe('Short');
  });

  it('says what tells a node apart', () => {
    expect(nodeLabelText(node('p', 'Paragraph', { number: '13' }))).toBe('¶ 13');
    expect(nodeLabelText(node('s', 'Statistic', { value: 48415, unit: 'interviews' }))).toBe('48,415 interviews');
    expect(nodeLabelText(node('s', 'Statistic', { value: 68, unit: '%' }))).toBe('68%');
    expect(
      nodeLabelText(node('o', 'Observation', { number: '40', text: 'States parties should not hold smuggled migrants liable' })),
    ).toMatch(/^Obs\. 40: States parties should not hold/);
  });
});

describe('graph pool', () => {
  it('knows each node’s edges whichever answer brought them', () => {
    const pool = new GraphPool();
    pool.add({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')], truncated: false }, 'a');
    pool.add({ nodes: [node('b'), node('c')], edges: [edge('bc', 'b', 'c')], truncated: true }, 'c');
    expect(
      pool
        .neighbourhood('b')
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(pool.edgesAround(['a']).map((e) => e.id)).toEqual(['ab']);
    expect(pool.hasNeighbourhood('a')).toBe(true);
    // A truncated answer is not the whole neighbourhood: it must be asked again.
    expect(pool.hasNeighbourhood('c')).toBe(false);
  });
});

describe('drawing what the state wants', () => {
  it("draws a path's edge between two nodes that were already on the canvas, and marks it", () => {
    cy = cytoscape({ headless: true });
    const sync = new GraphSync(cy);
    const state = initialState();
    state.open = ['a', 'c'];
    sync.pool.add({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')], truncated: false }, 'a');
    sync.pool.add({ nodes: [node('c')], edges: [], truncated: false }, 'c');
    sync.sync(state, null);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'c']);
    // The path a–c arrives later (the user asked for it): both ends are drawn already.
    const path: GraphData = { nodes: [node('a'), node('c')], edges: [edge('ac', 'a', 'c', 'DRAWS_ON')], truncated: false };
    state.path = { from: 'a', to: 'c' };
    sync.path = path;
    sync.pool.add(path);
    expect(sync.sync(state, 'a')).toEqual({ added: 0, removed: 0 });
    markPath(cy, sync.path);
    expect(
      cy
        .elements('.on-path')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'ac', 'c']);
    // b is known but not wanted (a is open, not expanded): neither it nor its edge is drawn.
    expect(cy.getElementById('ab').empty()).toBe(true);
  });
});

describe('undo', () => {
  it('removes what a step added and restores what it removed, with the state', async () => {
    cy = cytoscape({
      headless: true,
      elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }],
    });
    const history = new History(cy);
    const state = initialState();
    await history.record('hide', state, () => {
      state.hidden = ['b'];
      cy!.getElementById('b').remove();
      cy!.add({ data: { id: 'c' } });
    });
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'c']);
    const step = history.undo()!;
    expect(step.before.hidden).toEqual([]);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'ab', 'b']);
    expect(history.undo()).toBeNull();
  });

  it('leaves the view as it was when the action fails half-way', async () => {
    cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    const history = new History(cy);
    const state = initialState();
    await expect(
      history.record('expand', state, () => {
        state.expanded = ['a'];
        cy!.add({ data: { id: 'b' } });
        throw new Error('API down');
      }),
    ).rejects.toThrow('API down');
    expect(state.expanded).toEqual([]);
    expect(cy.nodes().map((n) => n.id())).toEqual(['a']);
    expect(history.nextLabel).toBeNull();
  });
});

describe('tree folding', () => {
  it('folds a wide level into rows and keeps the levels in order', () => {
    cy = cytoscape({ headless: true });
    cy.add({ data: { id: 'root' }, position: { x: 0, y: 0 } });
    for (let i = 0; i < 12; i++) cy.add({ data: { id: `c${i}` }, position: { x: i * 100, y: 100 } });
    cy.add({ data: { id: 'leaf' }, position: { x: 0, y: 200 } });
    const pos = wrapWideLevels(cy.nodes(), 5);
    const rowsOf = (ids: string[]) => new Set(ids.map((id) => pos.get(id)!.y)).size;
    expect(rowsOf(Array.from({ length: 12 }, (_, i) => `c${i}`))).toBe(3);
    const childYs = Array.from({ length: 12 }, (_, i) => pos.get(`c${i}`)!.y);
    expect(pos.get('root')!.y).toBeLessThan(Math.min(...childYs));
    expect(pos.get('leaf')!.y).toBeGreaterThan(Math.max(...childYs));
  });
});
