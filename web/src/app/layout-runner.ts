/**
 * Runs the chosen layout over what is visible. Two cases need more than a Cytoscape call:
 * a large graph under fcose (draft here, the full run in a worker so the page stays
 * responsive) and breadthfirst (its wide, flat levels are folded into rows to stay legible).
 */
import type { Collection, Core, LayoutOptions, Layouts, NodeSingular } from 'cytoscape';
import { LARGE, fcoseOptions, layoutOptions, type LayoutName } from '../graph/layouts.js';
import { layoutInWorker } from '../graph/worker-layout.js';
import { nodesPerRow, wrapWideLevels } from '../graph/wrap-levels.js';

export class LayoutRunner {
  private current: Layouts | null = null;
  /** Ends the wait on the current layout: a layout stopped by the next one may never say 'layoutstop'. */
  private release: (() => void) | null = null;

  constructor(
    private readonly cy: Core,
    /** Tells the page a long layout is running (null when done). */
    private readonly busy: (message: string | null) => void,
  ) {}

  /** `randomize` false continues from the current positions (an incremental layout). */
  async run(name: LayoutName, focus: NodeSingular | null, randomize: boolean): Promise<void> {
    this.current?.stop();
    this.release?.();
    const eles = this.cy.elements(':visible');
    if (eles.empty()) return;
    const nodeCount = eles.nodes().length;
    if (name === 'fcose' && nodeCount > LARGE) return this.large(eles, nodeCount, randomize);
    const options = layoutOptions(this.cy, name, eles, focus, randomize);
    if (name === 'breadthfirst') return this.foldedTree(eles, options, nodeCount);
    return this.once(eles, options);
  }

  private async large(eles: Collection, nodeCount: number, randomize: boolean): Promise<void> {
    // An incremental fcose on a large graph takes minutes (at least 5 iterations per node,
    // cooling slowly): newcomers keep the ring placement.ts gave them; "Re-run" lays out all.
    if (!randomize) return;
    // The fast spectral draft here for a first picture, then the whole fcose run in a worker;
    // its positions replace the draft's.
    await this.once(eles, fcoseOptions(nodeCount, true, 'draft'));
    this.busy('Arranging the graph…');
    try {
      await layoutInWorker(this.cy, eles, fcoseOptions(nodeCount, true, 'default') as unknown as Record<string, unknown>);
    } finally {
      this.busy(null);
    }
  }

  /** Computes the tree without showing it, folds its wide levels, then moves there in one go. */
  private async foldedTree(eles: Collection, options: LayoutOptions, nodeCount: number): Promise<void> {
    const nodes = eles.nodes();
    const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    await this.once(eles, { ...options, animate: false, fit: false } as LayoutOptions);
    const target = wrapWideLevels(nodes, nodesPerRow(this.cy.width()));
    nodes.positions((n) => before.get(n.id()) ?? n.position());
    await this.once(eles, {
      name: 'preset',
      positions: (n: NodeSingular) => target.get(n.id()) ?? n.position(),
      animate: nodeCount < LARGE,
      animationDuration: 400,
      fit: true,
      padding: 30,
    } as LayoutOptions);
  }

  private async once(eles: Collection, options: LayoutOptions): Promise<void> {
    const run = eles.layout(options);
    this.current = run;
    const done = new Promise<void>((resolve) => {
      this.release = resolve;
      run.one('layoutstop', () => resolve());
    });
    run.run();
    await done;
  }
}
