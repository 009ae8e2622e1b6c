/**
 * One chart as a figure: a title, the ECharts drawing (SVG renderer), a caption saying what is
 * counted, and its exports: PNG, SVG, and its data as CSV (the table it was drawn from).
 */
import { download } from '../export/download.js';
import { h } from '../ui/dom.js';
import type { BarOption } from './chart-options.js';
import { tableCsv } from './csv.js';
import { echarts } from './echarts.js';
import type { ChartTable } from './participation-tables.js';

export interface ChartSpec {
  /** Short id: the element's id and the exported files' names. */
  id: string;
  title: string;
  caption: string;
  table: ChartTable;
  option: BarOption;
}

/** Rasterises the chart's own SVG at twice its size on white (PNG has no page behind it). */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export class ChartCard {
  readonly element: HTMLElement;
  private readonly chart: ReturnType<typeof echarts.init>;

  constructor(private readonly spec: ChartSpec) {
    const canvas = h('div', { class: 'chart-canvas', role: 'img', 'aria-label': spec.title });
    const button = (kind: string, run: () => void | Promise<void>) =>
      h('button', { type: 'button', id: `${spec.id}-export-${kind.toLowerCase()}`, class: 'small', onclick: () => void run() }, kind);
    this.element = h(
      'figure',
      { class: 'chart', id: spec.id },
      h('h3', {}, spec.title),
      canvas,
      h('figcaption', { class: 'hint' }, spec.caption),
      h(
        'div',
        { class: 'button-row', role: 'group', 'aria-label': `Export ${spec.title}` },
        button('PNG', () => this.exportPng()),
        button('SVG', () => this.exportSvg()),
        button('CSV', () => this.exportCsv()),
      ),
    );
    this.chart = echarts.init(canvas, null, { renderer: 'svg', width: 640, height: 300 });
    this.chart.setOption(spec.option);
  }

  svg(): string {
    return this.chart.renderToSVGString();
  }

  exportSvg(): void {
    download(new Blob([this.svg()], { type: 'image/svg+xml' }), `${this.spec.id}.svg`);
  }

  async exportPng(): Promise<void> {
    download(await svgToPng(this.svg(), this.chart.getWidth(), this.chart.getHeight()), `${this.spec.id}.png`);
  }

  exportCsv(): void {
    download(new Blob([tableCsv(this.spec.table)], { type: 'text/csv' }), `${this.spec.id}.csv`);
  }

  /** The numbers drawn, series by series (what the tests compare the CSV with). */
  drawnData(): { name: string; data: (number | null)[] }[] {
    const option = this.chart.getOption() as { series: { name: string; data: (number | null)[] }[] };
    return option.series.map((s) => ({ name: s.name, data: s.data }));
  }

  dispose(): void {
    this.chart.dispose();
  }
}
