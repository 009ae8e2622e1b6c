/**
 * Outlines of the node shapes the viewer uses, in a unit box (-1…1), computed the way
 * Cytoscape computes them. The legend draws its swatches and the SVG export draws its nodes
 * from these, so both match the canvas.
 */
export type ShapeName =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'hexagon'
  | 'octagon'
  | 'star'
  | 'vee'
  | 'tag'
  | 'rhomboid';

type Point = [number, number];

/** Cytoscape's generateUnitNgonPointsFitToSquare: a regular polygon stretched to fill the box. */
function ngon(sides: number): Point[] {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const pts: Point[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * increment;
    pts.push([Math.cos(a), -Math.sin(a)]);
  }
  return fitToSquare(pts);
}

function fitToSquare(pts: Point[]): Point[] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return pts.map(([x, y]) => [(2 * (x - minX)) / (maxX - minX) - 1, (2 * (y - minY)) / (maxY - minY) - 1]);
}

function star(): Point[] {
  const pts: Point[] = [];
  const inner = 0.382; // Cytoscape's star5 inner radius (cos 72° / cos 36°)
  for (let i = 0; i < 10; i++) {
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : inner;
    pts.push([r * Math.cos(a), -r * Math.sin(a)]);
  }
  return fitToSquare(pts);
}

const POLYGONS: Partial<Record<ShapeName, Point[]>> = {
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: ngon(3),
  pentagon: ngon(5),
  hexagon: ngon(6),
  octagon: ngon(8),
  star: star(),
  vee: [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  tag: [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
  rhomboid: [
    [-1, -1],
    [0.333, -1],
    [1, 1],
    [-0.333, 1],
  ],
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element for a shape centred on (cx, cy) with the given width and height. `doc` lets
 * the exporter build into an XML document as well as the page.
 */
export function shapeElement(doc: Document, shape: ShapeName, cx: number, cy: number, w: number, h: number): SVGElement {
  if (shape === 'ellipse') {
    const e = doc.createElementNS(SVG_NS, 'ellipse') as SVGElement;
    e.setAttribute('cx', fmt(cx));
    e.setAttribute('cy', fmt(cy));
    e.setAttribute('rx', fmt(w / 2));
    e.setAttribute('ry', fmt(h / 2));
    return e;
  }
  if (shape === 'round-rectangle') {
    const r = doc.createElementNS(SVG_NS, 'rect') as SVGElement;
    r.setAttribute('x', fmt(cx - w / 2));
    r.setAttribute('y', fmt(cy - h / 2));
    r.setAttribute('width', fmt(w));
    r.setAttribute('height', fmt(h));
    // Cytoscape rounds by a quarter of the smaller side, capped at 8 px.
    const radius = Math.min(Math.min(w, h) / 4, 8);
    r.setAttribute('rx', fmt(radius));
    r.setAttribute('ry', fmt(radius));
    return r;
  }
  const p = doc.createElementNS(SVG_NS, 'polygon') as SVGElement;
  const pts = POLYGONS[shape] ?? POLYGONS.rectangle!;
  p.setAttribute('points', pts.map(([x, y]) => `${fmt(cx + (x * w) / 2)},${fmt(cy + (y * h) / 2)}`).join(' '));
  return p;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A small standalone swatch for the legend. */
export function shapeSwatch(shape: ShapeName, colour: string, size = 16): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const el = shapeElement(document, shape, size / 2, size / 2, size - 2, size - 2);
  el.setAttribute('fill', colour);
  el.setAttribute('stroke', '#1f2937');
  el.setAttribute('stroke-width', '0.75');
  svg.append(el);
  return svg;
}
