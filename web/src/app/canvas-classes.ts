/**
 * The classes that say how an element stands in the view: on the found path, filtered out
 * by type, faded because it is out of focus. Each is recomputed from the state in one batch.
 */
import type { Core } from 'cytoscape';
import type { GraphData } from '../api/types.js';

export function markPath(cy: Core, path: GraphData | null): void {
  cy.batch(() => {
    cy.elements('.on-path').removeClass('on-path');
    if (!path) return;
    for (const n of path.nodes) cy.getElementById(n.id).addClass('on-path');
    for (const e of path.edges) cy.getElementById(e.id).addClass('on-path');
  });
}

/** Run after markPath: the path the user asked for stays visible whatever the filter says. */
export function applyTypeFilter(cy: Core, hiddenTypes: string[]): void {
  const hidden = new Set(hiddenTypes);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('type-hidden', hidden.has(n.data('type') as string) && !n.hasClass('on-path'));
    });
  });
}

/**
 * Fades what is not in focus, so the selection's neighbourhood (or, without a selection,
 * the path) reads at a glance. Small graphs are left alone: everything is in focus there.
 */
export function applyFocus(cy: Core, selected: string | null, pathShown: boolean): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    cy.elements('.neighbour-edge').removeClass('neighbour-edge');
    const sel = selected ? cy.getElementById(selected) : null;
    let focus = null;
    if (sel && sel.nonempty() && cy.nodes().length > 12) {
      focus = sel.closedNeighborhood();
      focus.edges().addClass('neighbour-edge');
    } else if (!sel && pathShown) {
      focus = cy.elements('.on-path');
    }
    if (focus && focus.nonempty()) cy.elements().not(focus).addClass('faded');
  });
}
