/** ECharts options drawn from a chart's table (participation-tables.ts): bars per meeting. */
import type { BarSeriesOption, ComposeOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from './echarts.js';
import type { ChartTable } from './participation-tables.js';

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Meetings along the axis, by date (the table's rows come in the series' order). */
function meetingAxis(t: ChartTable): { keys: string[]; labels: string[] } {
  const pos = t.columns.indexOf('position');
  const date = t.columns.indexOf('date');
  const keys: string[] = [];
  const labels: string[] = [];
  for (const r of t.rows) {
    const key = String(r[pos]);
    if (keys.includes(key)) continue;
    keys.push(key);
    labels.push(`${key}. ${String(r[date]) || 'undated'}`);
  }
  return { keys, labels };
}

const BASE = {
  animation: false,
  aria: { enabled: true },
  tooltip: { trigger: 'axis' as const },
  legend: { top: 0, type: 'scroll' as const },
  grid: { left: 40, right: 16, top: 48, bottom: 40 },
};

/** One stacked bar per meeting, a segment per value of `category` (e.g. kind of actor). */
export function stackedBars(t: ChartTable, category: string, value: string): BarOption {
  const { keys, labels } = meetingAxis(t);
  const pos = t.columns.indexOf('position');
  const cat = t.columns.indexOf(category);
  const val = t.columns.indexOf(value);
  const categories = [...new Set(t.rows.map((r) => String(r[cat])))].sort();
  const series: BarSeriesOption[] = categories.map((c) => ({
    type: 'bar',
    name: c,
    stack: 'all',
    data: keys.map((k) => {
      const row = t.rows.find((r) => String(r[pos]) === k && String(r[cat]) === c);
      return row ? Number(row[val]) : 0;
    }),
  }));
  return { ...BASE, xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 }, series } as BarOption;
}

/** Bars side by side per meeting, one per value column (empty cells are gaps, not zeros). */
export function groupedBars(t: ChartTable, values: string[]): BarOption {
  const { labels } = meetingAxis(t);
  const series: BarSeriesOption[] = values.map((v) => {
    const i = t.columns.indexOf(v);
    return { type: 'bar', name: v, data: t.rows.map((r) => (r[i] === '' ? null : Number(r[i]))) as (number | null)[] };
  });
  return { ...BASE, xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 }, series } as BarOption;
}
