/**
 * Size and colour nodes by a measure of the visible graph: its degree, or the number of
 * statements it is linked to (what an organization said, what a topic drew). Sizes grow
 * with the square root so one hub does not dwarf the rest; colours run along a light-to-dark
 * ramp while the border keeps the type's colour.
 */
import type { Core, NodeSingular } from 'cytoscape';

export const MEASURES = ['none', 'degree', 'statements'] as const;
export type Measure = (typeof MEASURES)[number];
export type ColourBy = 'type' | Exclude<Measure, 'none'>;

export const MEASURE_TITLES: Record<Measure, string> = { none: 'Type only', degree: 'Connections (degree)', statements: 'Statements' };

export function measureOf(n: NodeSingular, measure: Exclude<Measure, 'none'>): number {
  if (measure === 'degree') return n.degree(false);
  return n.neighborhood('node[type = "Statement"]').length;
}

/** Light yellow → green → dark blue (viridis-like), readable against the white canvas. */
const RAMP = ['#fde68a', '#a3e635', '#34d399', '#22d3ee', '#3b82f6', '#4338ca', '#312e81'];

export function rampColour(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
  const i = Math.floor(x);
  const a = RAMP[i]!;
  const b = RAMP[Math.min(i + 1, RAMP.length - 1)]!;
  return mix(a, b, x - i);
}

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((k) => parseInt(a.slice(k, k + 2), 16));
  const pb = [1, 3, 5].map((k) => parseInt(b.slice(k, k + 2), 16));
  return `#${pa
    .map((v, k) =>
      Math.round(v + (pb[k]! - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export interface MeasureRange {
  measure: Exclude<Measure, 'none'>;
  max: number;
}

/** Applies both settings in one batch; returns the colour range for the legend. */
export function applyMeasures(cy: Core, sizeBy: Measure, colourBy: ColourBy): MeasureRange | null {
  const nodes = cy.nodes();
  const values = new Map<string, Record<string, number>>();
  const max: Record<string, number> = { degree: 0, statements: 0 };
  for (const m of new Set([sizeBy, colourBy])) {
    if (m === 'none' || m === 'type') continue;
    nodes.forEach((n) => {
      const v = measureOf(n, m);
      const entry = values.get(n.id()) ?? {};
      entry[m] = v;
      values.set(n.id(), entry);
      if (v > max[m]!) max[m] = v;
    });
  }
  cy.batch(() => {
    nodes.forEach((n) => {
      const base = n.data('baseSize') as number;
      const v = values.get(n.id());
      let size = base;
      if (sizeBy !== 'none' && v) {
        const top = max[sizeBy] || 1;
        size = base * (0.7 + 1.1 * Math.sqrt((v[sizeBy] ?? 0) / top));
      }
      n.data('size', Math.round(size));
      if (colourBy === 'type' || !v) {
        n.data('fill', n.data('typeColour'));
        n.removeClass('by-measure');
      } else {
        const top = max[colourBy] || 1;
        n.data('fill', rampColour(Math.sqrt((v[colourBy] ?? 0) / top)));
        n.addClass('by-measure');
      }
    });
  });
  return colourBy === 'type' ? null : { measure: colourBy, max: max[colourBy] ?? 0 };
}
