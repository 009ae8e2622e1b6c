/**
 * The three layouts, tuned for readable labels: fcose (force-directed, the default) spaces
 * nodes by their label boxes on small graphs; concentric and breadthfirst put the selected
 * node in the middle or at the top so its neighbourhood reads outward.
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  concentric: 'Concentric',
  breadthfirst: 'Tree (breadth-first)',
};

/**
 * Above this many nodes, label-aware spacing and animation cost more than they give, and
 * fcose's force phase is slow enough to freeze the page: it runs in a worker instead
 * (viewer.ts, worker-layout.ts).
 */
export const LARGE = 800;

/**
 * fcose options, plain data (numbers, not functions) so they can go to the layout worker
 * and to bench/viewer.ts's plain-Cytoscape baseline unchanged. `draft` is the spectral
 * phase alone (fast, rough); `default` adds the force-directed polish.
 */
export function fcoseOptions(nodeCount: number, randomize = true, quality: 'draft' | 'default' = 'default'): LayoutOptions {
  const large = nodeCount > LARGE;
  return {
    name: 'fcose',
    quality,
    randomize,
    animate: !large && !randomize,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: !large,
    packComponents: true,
    nodeRepulsion: 9000,
    idealEdgeLength: 90,
    edgeElasticity: 0.4,
    nodeSeparation: 80,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
  } as LayoutOptions;
}

function distancesFrom(cy: Core, eles: Collection, root: NodeSingular | null): Map<string, number> {
  const dist = new Map<string, number>();
  if (!root || root.removed()) return dist;
  eles.bfs({
    roots: root,
    directed: false,
    visit: (v, _e, _u, _i, depth) => {
      dist.set(v.id(), depth);
    },
  });
  void cy;
  return dist;
}

export function layoutOptions(cy: Core, name: LayoutName, eles: Collection, focus: NodeSingular | null, randomize = true): LayoutOptions {
  const nodeCount = eles.nodes().length;
  if (name === 'fcose') return fcoseOptions(nodeCount, randomize);
  const animate = nodeCount < LARGE;
  if (name === 'concentric') {
    const dist = distancesFrom(cy, eles, focus);
    const far = Math.max(0, ...dist.values()) + 1;
    return {
      name: 'concentric',
      animate,
      animationDuration: 400,
      fit: true,
      padding: 30,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: nodeCount < LARGE,
      minNodeSpacing: 18,
      spacingFactor: 1,
      // With a focus: rings by distance from it; without: the best-connected in the middle.
      concentric: (n: NodeSingular) => (focus ? far - (dist.get(n.id()) ?? far) : n.degree(false)),
      levelWidth: () => (focus ? 1 : 2),
    } as LayoutOptions;
  }
  const roots = focus ? [focus.id()] : undefined;
  return {
    name: 'breadthfirst',
    animate,
    animationDuration: 400,
    fit: true,
    padding: 30,
    directed: false,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: nodeCount < LARGE,
    spacingFactor: 1.1,
    ...(roots ? { roots } : {}),
  } as LayoutOptions;
}
