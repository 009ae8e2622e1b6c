/**
 * Where new nodes appear before the layout runs: around the node they were expanded from
 * (or the on-screen nodes they connect to), so an incremental layout only has to settle
 * them instead of reshuffling the whole picture.
 */
import type { Core, NodeCollection, Position } from 'cytoscape';

export function placeNewNodes(cy: Core, added: NodeCollection, anchorId: string | null): void {
  if (added.empty()) return;
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  const centre = viewportCentre(cy);
  const count = added.length;
  added.forEach((n, i) => {
    const placed = n.neighborhood().nodes().not(added).nodes();
    let origin: Position;
    if (anchor && anchor.nonempty() && !added.contains(anchor)) origin = anchor.position();
    else if (placed.nonempty()) origin = mean(placed.map((p) => p.position()));
    else origin = centre;
    // A ring whose radius grows with the number of newcomers keeps them from starting on top of each other.
    const radius = 60 + 8 * Math.sqrt(count);
    const angle = (2 * Math.PI * i) / count;
    n.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
  });
}

function viewportCentre(cy: Core): Position {
  const ext = cy.extent();
  return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
}

function mean(ps: Position[]): Position {
  const sum = ps.reduce((a, p) => ({ x: a.x + p.x, y: a.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / ps.length, y: sum.y / ps.length };
}
