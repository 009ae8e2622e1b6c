/**
 * Undo for graph edits. Each step remembers the view state before it and the elements it
 * added and removed; undo removes the one, restores the other (with their positions) and
 * puts the state back. Generic, so every action (open, expand, collapse, hide, filter,
 * path) is undoable without writing its inverse by hand.
 */
import type { Collection, Core } from 'cytoscape';
import { cloneState, type ViewState } from './view-state.js';

export interface Step {
  label: string;
  before: ViewState;
  added: Collection;
  removed: Collection;
}

const MAX_STEPS = 50;

export class History {
  private steps: Step[] = [];

  constructor(private readonly cy: Core) {}

  /** Runs `fn` and records what it changed. */
  async record(label: string, state: ViewState, fn: () => Promise<void> | void): Promise<void> {
    const before = cloneState(state);
    const existing = this.cy.elements();
    try {
      await fn();
    } catch (err) {
      // A failed action (the API went away mid-way) leaves the view as it was.
      Object.assign(state, cloneState(before));
      this.cy.elements().not(existing).remove();
      const lost = existing.filter((e) => e.removed());
      lost.nodes().restore();
      lost.edges().restore();
      throw err;
    }
    const added = this.cy.elements().not(existing);
    const removed = existing.filter((e) => e.removed());
    this.steps.push({ label, before, added, removed });
    if (this.steps.length > MAX_STEPS) this.steps.shift();
  }

  /** Reverts the last step's elements; returns the state to go back to. */
  undo(): Step | null {
    const step = this.steps.pop();
    if (!step) return null;
    this.cy.batch(() => {
      step.added.filter((e) => !e.removed()).remove();
      // Nodes first: an edge can only come back once both its ends are there.
      step.removed.nodes().restore();
      step.removed
        .edges()
        .filter((e) => !this.cy.getElementById(e.id()).nonempty() && e.source().inside() && e.target().inside())
        .restore();
    });
    return step;
  }

  get nextLabel(): string | null {
    return this.steps.at(-1)?.label ?? null;
  }

  clear(): void {
    this.steps = [];
  }
}
