/**
 * The viewer's controller. The drawn graph is a function of the view state and of what has
 * been fetched: the opened nodes, the neighbours of the expanded ones and the path, minus
 * what the user hid. Actions change the state, fetch what is missing and call sync(), which
 * adds and removes the difference. Every action is undoable (history.ts) and reflected in
 * the URL by the caller listening to 'change'.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { ApiError } from '../api/client.js';
import type { GraphData } from '../api/types.js';
import { createCy } from '../graph/create-cy.js';
import { keepEdgeLabelsReadable } from '../graph/edge-label-size.js';
import type { LayoutName } from '../graph/layouts.js';
import { nodeType } from '../graph/node-types.js';
import { applyMeasures, type ColourBy, type Measure, type MeasureRange } from '../graph/measures.js';
import { centreOn, fitAll, fitTo, reveal, zoomBy } from './camera.js';
import { applyFocus, applyTypeFilter, markPath } from './canvas-classes.js';
import { Emitter } from './emitter.js';
import { LayoutRunner } from './layout-runner.js';
import { GraphSync, NEIGHBOUR_LIMIT } from './graph-sync.js';
import { History } from './history.js';
import { startView } from './start-view.js';
import { isBlank, type ViewName, type ViewState } from './view-state.js';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface ViewerEvents extends Record<string, unknown> {
  change: void;
  select: Selection;
  busy: string | null;
  error: { error: ApiError; retry: () => void } | null;
  notice: string;
  path: { data: GraphData | null; from: string; to: string } | null;
  measures: MeasureRange | null;
}

export class Viewer extends Emitter<ViewerEvents> {
  readonly cy: Core;
  private readonly graph: GraphSync;
  private readonly history: History;
  private pathData: GraphData | null = null;
  private readonly layouts: LayoutRunner;
  private busyCount = 0;

  constructor(
    container: HTMLElement,
    public state: ViewState,
    /** The meetings a blank view starts from, most recent first. */
    private readonly startMeetings: () => Promise<string[]>,
  ) {
    super();
    this.cy = createCy(container);
    keepEdgeLabelsReadable(this.cy);
    this.graph = new GraphSync(this.cy);
    this.history = new History(this.cy);
    this.layouts = new LayoutRunner(this.cy, (message) => this.setBusy(message));
    this.cy.on('tap', 'node', (e) => this.select({ kind: 'node', id: (e.target as NodeSingular).id() }));
    this.cy.on('tap', 'edge', (e) => this.select({ kind: 'edge', id: (e.target as EdgeSingular).id() }));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.select(null);
    });
    this.cy.on('dbltap', 'node', (e) => void this.toggleExpand((e.target as NodeSingular).id()));
  }

  // ---- loading -------------------------------------------------------------------------

  /** Draws the state from the URL, or an overview of every meeting (start-view.ts). */
  async start(): Promise<void> {
    await this.guard('Loading the graph…', async () => {
      if (isBlank(this.state)) {
        const start = startView(await this.startMeetings());
        this.state.expanded = start.expanded;
        this.state.open = start.open;
      }
      await this.graph.fetchMissing(this.state);
      this.graph.sync(this.state, null);
      markPath(this.cy, this.graph.path);
      applyTypeFilter(this.cy, this.state.hiddenTypes);
      this.refreshMeasures();
      await this.layout(true);
      const sel = this.state.selected;
      this.state.selected = null;
      if (sel && this.cy.getElementById(sel).nonempty()) this.select({ kind: 'node', id: sel });
      else applyFocus(this.cy, null, this.graph.path !== null);
      this.changed();
      if (this.state.path) this.emit('path', { data: this.graph.path, ...this.state.path });
    });
  }

  /**
   * Draws a whole graph handed over as data (the benchmark's entry point; also how a saved
   * JSON export could be reopened). Resolves once it is laid out.
   */
  async show(data: GraphData, opts: { label?: string; keepPositions?: boolean } = {}): Promise<void> {
    await this.act(opts.label ?? 'show data', async () => {
      // Stepping through a series keeps whoever stays where they were, so the change is what moves.
      const fromScratch = !opts.keepPositions || this.cy.nodes().empty();
      this.graph.pool.add(data);
      this.state.open = data.nodes.map((n) => n.id);
      this.state.expanded = [];
      this.state.hidden = [];
      this.graph.sync(this.state, null);
      await this.afterGraphChange(fromScratch);
    });
  }

  // ---- actions ---------------------------------------------------------------------------

  /** An undoable action; 'change' goes out once the step is recorded, so "Undo" is offered. */
  private async act(label: string, fn: () => Promise<void> | void): Promise<void> {
    try {
      await this.history.record(label, this.state, fn);
    } finally {
      this.changed();
    }
  }

  /** Shows a node (from search or a link): selects it if drawn, else adds it (with its links to what is drawn), and brings it into view. */
  async open(id: string): Promise<void> {
    if (this.cy.getElementById(id).nonempty()) {
      this.select({ kind: 'node', id });
      reveal(this.cy, id);
      return;
    }
    await this.guard('Opening…', () =>
      this.act('open', async () => {
        const empty = this.cy.nodes().empty();
        this.state.open = [...this.state.open.filter((o) => o !== id), id];
        this.state.hidden = this.state.hidden.filter((h) => h !== id);
        await this.graph.fetchMissing(this.state);
        // Opening never expands, so "e" (and the panel's button) always means "add its neighbours"
        // the first time; a node nothing on screen joins says so instead.
        const alone = !this.graph.joinsView(id) && !this.state.expanded.includes(id);
        this.graph.sync(this.state, null);
        await this.afterGraphChange(empty);
        this.select({ kind: 'node', id });
        reveal(this.cy, id);
        if (alone && this.graph.pool.neighbourhood(id).nodes.length > 1) {
          this.emit('notice', 'Nothing shown is linked to it: press e (or Expand neighbours) to add its neighbours.');
        }
      }),
    );
  }

  async expand(id: string): Promise<void> {
    if (this.state.expanded.includes(id)) return;
    await this.guard('Adding neighbours…', () =>
      this.act('expand', async () => {
        this.state.expanded = [...this.state.expanded, id];
        await this.graph.fetchMissing(this.state);
        const { added } = this.graph.sync(this.state, id);
        await this.afterGraphChange(false);
        const data = this.graph.pool.neighbourhood(id);
        this.emit(
          'notice',
          added === 0
            ? 'No further neighbours.'
            : `Added ${added} neighbour${added === 1 ? '' : 's'}${data.truncated ? ' (first ' + NEIGHBOUR_LIMIT + ' only)' : ''}.`,
        );
      }),
    );
  }

  /** Removes the neighbours that only this node's expansion brought in. */
  async collapse(id: string): Promise<void> {
    if (!this.state.expanded.includes(id)) return;
    await this.act('collapse', async () => {
      this.state.expanded = this.state.expanded.filter((e) => e !== id);
      if (!this.state.open.includes(id)) this.state.open = [...this.state.open, id];
      const { removed } = this.graph.sync(this.state, null);
      this.cy.getElementById(id).removeClass('expanded');
      await this.afterGraphChange(false);
      this.emit('notice', `Removed ${removed} node${removed === 1 ? '' : 's'}.`);
    });
  }

  async toggleExpand(id: string): Promise<void> {
    if (this.state.expanded.includes(id)) await this.collapse(id);
    else await this.expand(id);
  }

  async hide(id: string): Promise<void> {
    await this.act('hide', async () => {
      this.state.hidden = [...this.state.hidden, id];
      if (this.state.selected === id) this.select(null);
      this.graph.sync(this.state, null);
      await this.afterGraphChange(false, false);
    });
  }

  async showHidden(): Promise<void> {
    if (this.state.hidden.length === 0) return;
    await this.act('show hidden', async () => {
      this.state.hidden = [];
      this.graph.sync(this.state, null);
      await this.afterGraphChange(false);
    });
  }

  async setTypeHidden(type: string, hidden: boolean): Promise<void> {
    await this.act(`${hidden ? 'hide' : 'show'} ${nodeType(type).title.toLowerCase()}s`, () => {
      const rest = this.state.hiddenTypes.filter((t) => t !== type);
      this.state.hiddenTypes = hidden ? [...rest, type] : rest;
      applyTypeFilter(this.cy, this.state.hiddenTypes);
      this.changed();
    });
  }

  /** Back to the state before the last action; elements come back where they were. */
  undo(): void {
    const step = this.history.undo();
    if (!step) return;
    const path = this.state.path;
    this.state = step.before;
    if (JSON.stringify(path) !== JSON.stringify(this.state.path)) this.graph.path = null;
    this.cy.nodes().forEach((n) => {
      n.toggleClass('expanded', this.state.expanded.includes(n.id()));
    });
    markPath(this.cy, this.graph.path);
    applyTypeFilter(this.cy, this.state.hiddenTypes);
    this.refreshMeasures();
    const sel = this.state.selected;
    this.state.selected = null;
    this.select(sel && this.cy.getElementById(sel).nonempty() ? { kind: 'node', id: sel } : null);
    if (!this.state.path) this.emit('path', null);
    this.emit('notice', `Undid ${step.label}.`);
    this.changed();
  }

  get undoLabel(): string | null {
    return this.history.nextLabel;
  }

  async findPath(from: string, to: string): Promise<void> {
    await this.guard('Finding a path…', () =>
      this.act('path', async () => {
        this.state.path = { from, to };
        this.graph.path = null;
        await this.graph.fetchMissing(this.state);
        this.graph.sync(this.state, from);
        markPath(this.cy, this.graph.path);
        this.select(null);
        await this.afterGraphChange(false);
        fitTo(this.cy, this.cy.elements('.on-path'));
        this.emit('path', { data: this.graph.path, from, to });
      }),
    );
  }

  async clearPath(): Promise<void> {
    if (!this.state.path) return;
    await this.act('clear path', async () => {
      this.state.path = null;
      this.graph.path = null;
      this.graph.sync(this.state, null);
      markPath(this.cy, this.graph.path);
      await this.afterGraphChange(false, false);
      this.emit('path', null);
    });
  }

  // ---- view settings ---------------------------------------------------------------------

  async setLayout(name: LayoutName): Promise<void> {
    this.state.layout = name;
    this.changed();
    await this.layout(true);
  }

  setMeasures(sizeBy: Measure, colourBy: ColourBy): void {
    this.state.sizeBy = sizeBy;
    this.state.colourBy = colourBy;
    this.refreshMeasures();
    this.changed();
  }

  setView(view: ViewName): void {
    this.state.view = view;
    this.changed();
    if (view === 'graph') {
      // The container was hidden: let Cytoscape measure it again.
      requestAnimationFrame(() => this.cy.resize());
    }
  }

  centreOn(id: string): void {
    centreOn(this.cy, id);
  }

  fit(): void {
    fitAll(this.cy);
  }

  zoomBy(factor: number): void {
    zoomBy(this.cy, factor);
  }

  /** Lays out what is visible; around the selection for concentric and breadthfirst. */
  async layout(randomize: boolean): Promise<void> {
    const sel = this.state.selected ? this.cy.getElementById(this.state.selected) : null;
    await this.layouts.run(this.state.layout, sel && sel.nonempty() ? (sel as NodeSingular) : null, randomize);
  }

  select(sel: Selection): void {
    const el = sel ? this.cy.getElementById(sel.id) : null;
    const valid = sel && el && el.nonempty() ? sel : null;
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (valid) el!.select();
    });
    this.state.selected = valid?.kind === 'node' ? valid.id : null;
    applyFocus(this.cy, this.state.selected, this.graph.path !== null);
    this.emit('select', valid);
    this.changed();
  }

  // ---- internals -------------------------------------------------------------------------

  private async afterGraphChange(fromScratch: boolean, relayout = true): Promise<void> {
    applyTypeFilter(this.cy, this.state.hiddenTypes);
    this.refreshMeasures();
    applyFocus(this.cy, this.state.selected, this.graph.path !== null);
    this.changed();
    // fcose continues from the current positions unless the canvas was empty, so the picture settles instead of reshuffling.
    if (relayout) await this.layout(fromScratch || this.state.layout !== 'fcose');
  }

  private refreshMeasures(): void {
    this.emit('measures', applyMeasures(this.cy, this.state.sizeBy, this.state.colourBy));
  }

  private changed(): void {
    this.emit('change', undefined);
  }

  /**
   * Runs an API-backed action with a busy message; a failure is reported with a retry that
   * runs the same action again.
   */
  private async guard(message: string, fn: () => Promise<void>): Promise<void> {
    this.setBusy(message);
    try {
      await fn();
      this.emit('error', null);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('server', (err as Error).message);
      if (error.kind !== 'aborted') this.emit('error', { error, retry: () => void this.guard(message, fn) });
    } finally {
      this.setBusy(null);
    }
  }

  /** Nested busy spells (a layout inside a load) end when the outermost does. */
  private setBusy(message: string | null): void {
    if (message !== null) {
      this.busyCount++;
      this.emit('busy', message);
    } else if (--this.busyCount === 0) this.emit('busy', null);
  }
}
