/** A chart's table as CSV (RFC 4180 quoting by csv-stringify's browser build). */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ChartTable } from './participation-tables.js';

export function tableCsv(t: ChartTable): string {
  return stringify([t.columns, ...t.rows], { record_delimiter: 'unix' });
}
