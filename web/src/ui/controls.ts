/**
 * The toolbar: layout, fit and zoom, size and colour measures, undo and "show hidden", and
 * the exports. Native <select> and <button> elements, so all of it works from the keyboard.
 */
import type { Viewer } from '../app/viewer.js';
import { stateToQuery } from '../app/url-state.js';
import { viewGraphml } from '../export/export-graphml.js';
import { viewJson } from '../export/export-json.js';
import { viewPng } from '../export/export-png.js';
import { viewSvg } from '../export/export-svg.js';
import { download, exportName } from '../export/download.js';
import { LAYOUTS, LAYOUT_TITLES, type LayoutName } from '../graph/layouts.js';
import { MEASURES, MEASURE_TITLES, type ColourBy, type Measure } from '../graph/measures.js';
import { byId, h } from './dom.js';

function options<T extends string>(values: readonly T[], titles: Record<string, string>): HTMLOptionElement[] {
  return values.map((v) => h('option', { value: v }, titles[v] ?? v));
}

export class Controls {
  private readonly layout = byId<HTMLSelectElement>('layout-select');
  private readonly sizeBy = byId<HTMLSelectElement>('size-select');
  private readonly colourBy = byId<HTMLSelectElement>('colour-select');
  private readonly undo = byId<HTMLButtonElement>('undo-button');
  private readonly unhide = byId<HTMLButtonElement>('unhide-button');

  constructor(private readonly viewer: Viewer) {
    this.layout.append(...options(LAYOUTS, LAYOUT_TITLES));
    this.sizeBy.append(...options(MEASURES, { ...MEASURE_TITLES, none: 'Same size per type' }));
    this.colourBy.append(
      ...options(['type', 'degree', 'statements'] as const, {
        type: 'Node type',
        degree: MEASURE_TITLES.degree,
        statements: MEASURE_TITLES.statements,
      }),
    );
    this.layout.addEventListener('change', () => void viewer.setLayout(this.layout.value as LayoutName));
    const measures = () => viewer.setMeasures(this.sizeBy.value as Measure, this.colourBy.value as ColourBy);
    this.sizeBy.addEventListener('change', measures);
    this.colourBy.addEventListener('change', measures);
    byId('relayout-button').addEventListener('click', () => void viewer.layout(true));
    byId('fit-button').addEventListener('click', () => viewer.fit());
    byId('zoom-in-button').addEventListener('click', () => viewer.zoomBy(1.25));
    byId('zoom-out-button').addEventListener('click', () => viewer.zoomBy(0.8));
    this.undo.addEventListener('click', () => viewer.undo());
    this.unhide.addEventListener('click', () => void viewer.showHidden());
    byId('export-png').addEventListener('click', () => download(viewPng(viewer.cy), exportName('png')));
    byId('export-svg').addEventListener('click', () =>
      download(new Blob([viewSvg(viewer.cy)], { type: 'image/svg+xml' }), exportName('svg')),
    );
    byId('export-graphml').addEventListener(
      'click',
      () =>
        void viewGraphml(viewer.cy).then((xml) => download(new Blob([xml], { type: 'application/graphml+xml' }), exportName('graphml'))),
    );
    byId('export-json').addEventListener('click', () => {
      const link = new URL(stateToQuery(viewer.state), window.location.href).toString();
      download(new Blob([viewJson(viewer.cy, link)], { type: 'application/json' }), exportName('json'));
    });
    viewer.on('change', () => this.sync());
    this.sync();
  }

  private sync(): void {
    const s = this.viewer.state;
    this.layout.value = s.layout;
    this.sizeBy.value = s.sizeBy;
    this.colourBy.value = s.colourBy;
    const next = this.viewer.undoLabel;
    this.undo.disabled = next === null;
    this.undo.textContent = next ? `Undo ${next}` : 'Undo';
    this.unhide.hidden = s.hidden.length === 0;
    this.unhide.textContent = `Show ${s.hidden.length} hidden`;
  }
}
