/**
 * The current view as SVG, drawn from Cytoscape's computed positions and styles with the
 * same shape outlines as the canvas (shapes.ts). Written here rather than with cytoscape-svg,
 * which is GPL-3.0 and would change the licence of the bundle this MIT project ships.
 * Text goes in as text nodes and the XML serialiser escapes it.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { shapeElement, type ShapeName } from '../graph/shapes.js';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const PAD = 20;

let measurer: CanvasRenderingContext2D | null = null;

/** Greedy word wrap to the stylesheet's text-max-width, measured like the canvas measures it. */
function wrap(text: string, fontPx: number, maxWidth: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return [text];
  measurer.font = `${fontPx}px ${FONT}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measurer.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function num(v: unknown, fallback: number): number {
  const n = parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
}

function edgePath(doc: XMLDocument, e: EdgeSingular): { path: SVGElement; end: { x: number; y: number }; from: { x: number; y: number } } {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = e.controlPoints?.() as { x: number; y: number }[] | undefined;
  const p = doc.createElementNS(NS, 'path') as unknown as SVGElement;
  let d = `M${s.x.toFixed(1)},${s.y.toFixed(1)}`;
  let from = s;
  if (ctrl && ctrl.length > 0) {
    for (const c of ctrl) d += ` Q${c.x.toFixed(1)},${c.y.toFixed(1)}`;
    d += ` ${t.x.toFixed(1)},${t.y.toFixed(1)}`;
    from = ctrl[ctrl.length - 1]!;
  } else d += ` L${t.x.toFixed(1)},${t.y.toFixed(1)}`;
  p.setAttribute('d', d);
  return { path: p, end: t, from };
}

export function viewSvg(cy: Core): string {
  const eles = cy.elements(':visible');
  const bb = eles.boundingBox({ includeLabels: true });
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const svg = doc.documentElement;
  const width = Math.max(1, bb.w + 2 * PAD);
  const height = Math.max(1, bb.h + 2 * PAD);
  svg.setAttribute('viewBox', `${(bb.x1 - PAD).toFixed(1)} ${(bb.y1 - PAD).toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`);
  svg.setAttribute('width', width.toFixed(0));
  svg.setAttribute('height', height.toFixed(0));
  svg.setAttribute('font-family', FONT);
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('x', String(bb.x1 - PAD));
  bg.setAttribute('y', String(bb.y1 - PAD));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  svg.append(bg);

  const edgeLayer = doc.createElementNS(NS, 'g');
  eles.edges().forEach((e) => {
    const colour = String(e.style('line-color'));
    const { path, end, from } = edgePath(doc, e);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', colour);
    path.setAttribute('stroke-width', String(num(e.style('width'), 1)));
    path.setAttribute('opacity', String(num(e.style('opacity'), 1)));
    edgeLayer.append(path);
    if (e.style('target-arrow-shape') !== 'none') {
      const angle = Math.atan2(end.y - from.y, end.x - from.x);
      const size = 6 * num(e.style('arrow-scale'), 1) + num(e.style('width'), 1);
      const pts = [
        [end.x, end.y],
        [end.x - size * Math.cos(angle - 0.45), end.y - size * Math.sin(angle - 0.45)],
        [end.x - size * Math.cos(angle + 0.45), end.y - size * Math.sin(angle + 0.45)],
      ];
      const arrow = doc.createElementNS(NS, 'polygon');
      arrow.setAttribute('points', pts.map((p) => `${p[0]!.toFixed(1)},${p[1]!.toFixed(1)}`).join(' '));
      arrow.setAttribute('fill', colour);
      arrow.setAttribute('opacity', String(num(e.style('opacity'), 1)));
      edgeLayer.append(arrow);
    }
    if (e.hasClass('on-path') || e.selected()) edgeLayer.append(label(doc, String(e.data('display')), e.midpoint(), 10, '#7c2d12', false));
  });
  svg.append(edgeLayer);

  const nodeLayer = doc.createElementNS(NS, 'g');
  eles.nodes().forEach((n: NodeSingular) => {
    const pos = n.position();
    const w = n.width();
    const h = n.height();
    const g = doc.createElementNS(NS, 'g');
    g.setAttribute('opacity', String(num(n.style('opacity'), 1)));
    const shape = shapeElement(doc, n.data('shape') as ShapeName, pos.x, pos.y, w, h);
    shape.setAttribute('fill', String(n.style('background-color')));
    shape.setAttribute('stroke', String(n.style('border-color')));
    shape.setAttribute('stroke-width', String(num(n.style('border-width'), 1)));
    shape.setAttribute('stroke-opacity', String(num(n.style('border-opacity'), 1)));
    const title = doc.createElementNS(NS, 'title');
    title.textContent = `${String(n.data('name'))} (${String(n.data('type'))})`;
    g.append(title, shape);
    const fontPx = num(n.style('font-size'), 11);
    const lines = wrap(String(n.data('display') ?? ''), fontPx, 130);
    const text = doc.createElementNS(NS, 'text');
    text.setAttribute('x', pos.x.toFixed(1));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('font-size', String(fontPx));
    text.setAttribute('fill', '#111827');
    text.setAttribute('stroke', '#ffffff');
    text.setAttribute('stroke-width', '3');
    text.setAttribute('paint-order', 'stroke');
    lines.forEach((line, i) => {
      const span = doc.createElementNS(NS, 'tspan');
      span.setAttribute('x', pos.x.toFixed(1));
      span.setAttribute('y', (pos.y + h / 2 + 3 + fontPx * (i + 1) * 1.05).toFixed(1));
      span.textContent = line;
      text.append(span);
    });
    g.append(text);
    nodeLayer.append(g);
  });
  svg.append(nodeLayer);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

function label(doc: XMLDocument, text: string, at: { x: number; y: number }, size: number, colour: string, bold: boolean): SVGElement {
  const t = doc.createElementNS(NS, 'text') as unknown as SVGElement;
  t.setAttribute('x', at.x.toFixed(1));
  t.setAttribute('y', at.y.toFixed(1));
  t.setAttribute('text-anchor', 'middle');
  t.setAttribute('font-size', String(size));
  t.setAttribute('fill', colour);
  t.setAttribute('stroke', '#ffffff');
  t.setAttribute('stroke-width', '3');
  t.setAttribute('paint-order', 'stroke');
  if (bold) t.setAttribute('font-weight', 'bold');
  t.textContent = text;
  return t;
}
