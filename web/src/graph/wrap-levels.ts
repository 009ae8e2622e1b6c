/**
 * Breadth-first trees of this graph are wide and flat (a meeting has dozens of children),
 * so fitting one to the screen shrinks it to dots. This folds every wide level into rows of
 * a few nodes, keeping the levels in order, so the tree fits at a readable size.
 */
import type { NodeCollection, Position } from 'cytoscape';

const GAP_X = 150; // a wrapped label is 130 px wide
const ROW_GAP = 95;
const LEVEL_GAP = 165;

/** As many nodes per row as fit the canvas at a readable zoom. */
export function nodesPerRow(canvasWidth: number): number {
  return Math.max(4, Math.min(10, Math.floor(canvasWidth / 160)));
}

export function wrapWideLevels(nodes: NodeCollection, perRow: number): Map<string, Position> {
  const levels = new Map<number, { id: string; x: number }[]>();
  nodes.forEach((n) => {
    const y = Math.round(n.position('y'));
    const level = levels.get(y) ?? [];
    level.push({ id: n.id(), x: n.position('x') });
    levels.set(y, level);
  });
  const out = new Map<string, Position>();
  const ys = [...levels.keys()].sort((a, b) => a - b);
  let cursor = ys[0] ?? 0;
  for (const y of ys) {
    const level = levels.get(y)!.sort((a, b) => a.x - b.x);
    const centre = level.reduce((s, n) => s + n.x, 0) / level.length;
    const rows = Math.ceil(level.length / perRow);
    for (let r = 0; r < rows; r++) {
      const row = level.slice(r * perRow, (r + 1) * perRow);
      // Odd rows shift by half a slot so edges from above do not run through the nodes below.
      const shift = r % 2 ? GAP_X / 2 : 0;
      row.forEach((n, i) => out.set(n.id, { x: centre + shift + (i - (row.length - 1) / 2) * GAP_X, y: cursor + r * ROW_GAP }));
    }
    cursor += (rows - 1) * ROW_GAP + LEVEL_GAP;
  }
  return out;
}
