/** Export formats by name, so the CLI and the API pick a writer the same way. */
import type { GraphSnapshot } from './snapshot.js';
import { toJson } from './json.js';
import { toGraphml } from './graphml.js';
import { toGexf } from './gexf.js';
import { toCsv, type CsvTables } from './csv.js';
import type { ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export function render(format: Exclude<ExportFormat, 'csv'>, s: GraphSnapshot): string {
  switch (format) {
    case 'json':
      return toJson(s);
    case 'graphml':
      return toGraphml(s);
    case 'gexf':
      return toGexf(s);
  }
}

export function renderCsv(s: GraphSnapshot): CsvTables {
  return toCsv(s);
}

export { readSnapshot, type GraphSnapshot } from './snapshot.js';
