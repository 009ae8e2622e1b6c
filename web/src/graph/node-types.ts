/**
 * How each node label looks: colour, shape and base size, grouped so related kinds read as
 * families (blue: the meeting's frame; orange/amber: who; violet/red/pink: what was said and
 * what came of it; greys: the document's structure). Shape doubles the colour for people
 * who cannot tell the hues apart.
 */
import type { ShapeName } from './shapes.js';

export interface NodeTypeStyle {
  label: string;
  /** Legend text. */
  title: string;
  colour: string;
  shape: ShapeName;
  /** Diameter in model units before sizing by a measure. */
  size: number;
}

const TYPES: NodeTypeStyle[] = [
  { label: 'Meeting', title: 'Meeting', colour: '#1d4ed8', shape: 'star', size: 46 },
  { label: 'Series', title: 'Series', colour: '#172554', shape: 'rhomboid', size: 40 },
  { label: 'WorkingGroup', title: 'Working group', colour: '#1e3a8a', shape: 'octagon', size: 34 },
  { label: 'Session', title: 'Session', colour: '#2563eb', shape: 'octagon', size: 30 },
  { label: 'AgendaItem', title: 'Agenda item', colour: '#60a5fa', shape: 'tag', size: 30 },
  { label: 'Panel', title: 'Panel', colour: '#4f46e5', shape: 'hexagon', size: 32 },
  { label: 'Topic', title: 'Topic', colour: '#0891b2', shape: 'round-rectangle', size: 28 },
  { label: 'Organization', title: 'Organization', colour: '#ea580c', shape: 'ellipse', size: 36 },
  { label: 'Person', title: 'Person', colour: '#f59e0b', shape: 'ellipse', size: 28 },
  { label: 'StakeholderGroup', title: 'Stakeholder group', colour: '#92400e', shape: 'pentagon', size: 30 },
  { label: 'Place', title: 'Place', colour: '#16a34a', shape: 'diamond', size: 28 },
  { label: 'Statement', title: 'Statement', colour: '#7c3aed', shape: 'round-rectangle', size: 24 },
  { label: 'Observation', title: "Co-Chairs' observation", colour: '#dc2626', shape: 'triangle', size: 32 },
  { label: 'Statistic', title: 'Statistic', colour: '#db2777', shape: 'rhomboid', size: 24 },
  { label: 'DriverOfMigration', title: 'Driver of migration', colour: '#65a30d', shape: 'vee', size: 30 },
  { label: 'Concept', title: 'Concept', colour: '#0d9488', shape: 'diamond', size: 28 },
  { label: 'Instrument', title: 'Instrument', colour: '#475569', shape: 'rectangle', size: 26 },
  { label: 'Project', title: 'Project', colour: '#15803d', shape: 'hexagon', size: 28 },
  { label: 'Document', title: 'Document', colour: '#334155', shape: 'rectangle', size: 38 },
  { label: 'Section', title: 'Section', colour: '#64748b', shape: 'rectangle', size: 24 },
  { label: 'Paragraph', title: 'Paragraph', colour: '#94a3b8', shape: 'round-rectangle', size: 20 },
  { label: 'Footnote', title: 'Footnote', colour: '#cbd5e1', shape: 'rectangle', size: 16 },
];

const BY_LABEL = new Map(TYPES.map((t) => [t.label, t]));

/** Labels the API may add later still get a neutral look instead of breaking the legend. */
export function nodeType(label: string): NodeTypeStyle {
  return BY_LABEL.get(label) ?? { label, title: label, colour: '#6b7280', shape: 'ellipse', size: 26 };
}

/** Legend order: the families above, then unknown labels alphabetically. */
export function typeOrder(label: string): number {
  const i = TYPES.findIndex((t) => t.label === label);
  return i === -1 ? TYPES.length : i;
}

export const KNOWN_LABELS: readonly string[] = TYPES.map((t) => t.label);
