/**
 * New, returned and absent drawn on the canvas as classes, styled here (added to the running
 * stylesheet, so Cytoscape's construction options stay untouched).
 */
import type { Core } from 'cytoscape';
import type { StepMark } from './step-graph.js';

export const MARK_COLOURS: Record<StepMark, string> = { new: '#16a34a', returned: '#2563eb', absent: '#9ca3af' };
export const MARK_TITLES: Record<StepMark, string> = {
  new: 'new in the series',
  returned: 'back after missing the previous meeting',
  absent: 'at the previous meeting, not at this one',
};

const CLASSES = ['tl-new', 'tl-returned', 'tl-absent'] as const;
const styled = new WeakSet<Core>();

function addStyles(cy: Core): void {
  if (styled.has(cy)) return;
  styled.add(cy);
  cy.style()
    .selector('node.tl-new')
    .style({ 'border-width': 4, 'border-color': MARK_COLOURS.new, 'border-opacity': 1 })
    .selector('node.tl-returned')
    .style({ 'border-width': 4, 'border-color': MARK_COLOURS.returned, 'border-opacity': 1, 'border-style': 'double' })
    .selector('node.tl-absent')
    .style({ opacity: 0.45, 'border-width': 3, 'border-style': 'dashed', 'border-color': MARK_COLOURS.absent, 'border-opacity': 1 })
    .update();
}

export function applyMarks(cy: Core, marks: Map<string, StepMark>): void {
  addStyles(cy);
  cy.batch(() => {
    cy.nodes().removeClass(CLASSES.join(' '));
    for (const [id, mark] of marks) cy.getElementById(id).addClass(`tl-${mark}`);
  });
}

export function clearMarks(cy: Core): void {
  cy.nodes().removeClass(CLASSES.join(' '));
}
