/**
 * The legend is also the type filter: one checkbox per node type on screen, with its colour,
 * shape and count. When colour shows a measure, a ramp explains it.
 */
import type { Viewer } from '../app/viewer.js';
import { MEASURE_TITLES, rampColour, type MeasureRange } from '../graph/measures.js';
import { nodeType, typeOrder } from '../graph/node-types.js';
import { PATH_COLOUR } from '../graph/stylesheet.js';
import { shapeSwatch } from '../graph/shapes.js';
import { byId, clear, h } from './dom.js';

export class Legend {
  private readonly list = byId('legend-types');
  private readonly ramp = byId('legend-ramp');
  private scheduled = false;

  constructor(private readonly viewer: Viewer) {
    viewer.on('change', () => this.schedule());
    viewer.on('measures', (range) => this.renderRamp(range));
  }

  /** Many changes can land in one frame (a replayed link); count once. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private render(): void {
    const counts = new Map<string, number>();
    this.viewer.cy.nodes().forEach((n) => {
      const t = n.data('type') as string;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    });
    const hidden = new Set(this.viewer.state.hiddenTypes);
    for (const t of hidden) if (!counts.has(t)) counts.set(t, 0);
    const types = [...counts.keys()].sort((a, b) => typeOrder(a) - typeOrder(b) || a.localeCompare(b));
    clear(this.list);
    if (types.length === 0) {
      this.list.append(h('li', { class: 'muted' }, 'No nodes yet.'));
      return;
    }
    for (const type of types) {
      const t = nodeType(type);
      const id = `legend-${type}`;
      const box = h('input', {
        type: 'checkbox',
        id,
        checked: !hidden.has(type),
        'data-type': type,
        onchange: (e: Event) => void this.viewer.setTypeHidden(type, !(e.target as HTMLInputElement).checked),
      });
      this.list.append(
        h(
          'li',
          { class: hidden.has(type) ? 'off' : '' },
          box,
          h(
            'label',
            { for: id },
            shapeSwatch(t.shape, t.colour, 16),
            h('span', { class: 'type-name' }, t.title),
            h('span', { class: 'count' }, String(counts.get(type) ?? 0)),
          ),
        ),
      );
    }
    if (this.viewer.state.path) {
      this.list.append(
        h('li', { class: 'path-key' }, h('span', { class: 'path-swatch', style: `background:${PATH_COLOUR}` }), 'the path found'),
      );
    }
  }

  private renderRamp(range: MeasureRange | null): void {
    clear(this.ramp);
    this.ramp.hidden = !range;
    if (!range) return;
    const stops = Array.from({ length: 7 }, (_, i) => rampColour(i / 6)).join(', ');
    this.ramp.append(
      h('span', { class: 'ramp-title' }, `Fill: ${MEASURE_TITLES[range.measure]}`),
      h('span', { class: 'ramp-bar', style: `background: linear-gradient(to right, ${stops})` }),
      h('span', { class: 'ramp-ends' }, h('span', {}, '0'), h('span', {}, String(range.max))),
      h('span', { class: 'muted small' }, 'The border keeps the type’s colour.'),
    );
  }
}
