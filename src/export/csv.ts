/**
 * The two-table form Kumu and spreadsheet users import: elements (one row a node) and
 * connections (one row a relationship), with the model's common columns first and every
 * other property as JSON in a last column so nothing is lost.
 */
import { stringify } from 'csv-stringify/sync';
import type { GraphSnapshot } from './snapshot.js';
import { primaryLabel } from './snapshot.js';

export interface CsvTables {
  elements: string;
  connections: string;
}

export function toCsv(s: GraphSnapshot): CsvTables {
  const elements = stringify(
    s.nodes.map((n) => {
      const { name, ...rest } = n.properties;
      return [n.id, String(name ?? n.id), primaryLabel(n), describe(n.properties), JSON.stringify(rest)];
    }),
    { header: true, columns: ['ID', 'Label', 'Type', 'Description', 'Properties'] },
  );
  const connections = stringify(
    s.relationships.map((r) => [r.start, r.end, r.type, String(r.properties.documentId ?? ''), JSON.stringify(r.properties)]),
    { header: true, columns: ['From', 'To', 'Type', 'Document', 'Properties'] },
  );
  return { elements, connections };
}

function describe(p: Record<string, unknown>): string {
  const text = p.text ?? p.description ?? p.title ?? '';
  return String(text);
}
