/** A node's or relationship's stored properties as a definition list, values as text. */
import type { Properties } from '../api/types.js';
import { h } from './dom.js';

/** Shown elsewhere (title, evidence) or internal. */
const SKIP = new Set(['id', 'name', 'text', 'checksum', 'ingestHash', 'inputsHash']);

function humanKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());
}

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function propertyList(props: Properties, extraSkip: string[] = []): HTMLElement | null {
  const entries = Object.entries(props)
    .filter(([k, v]) => !SKIP.has(k) && !extraSkip.includes(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  const dl = h('dl', { class: 'props' });
  for (const [k, v] of entries) dl.append(h('dt', {}, humanKey(k)), h('dd', {}, formatValue(v)));
  return dl;
}

/** Words worth marking in a node's evidence when the citation carries no quote. */
export function highlightTerms(name: string, props: Properties): string[] {
  const out = [name];
  for (const key of ['acronym', 'prefLabel', 'personName', 'surface', 'symbol']) {
    const v = props[key];
    if (typeof v === 'string') out.push(v);
  }
  for (const key of ['aliases', 'altLabels']) {
    const v = props[key];
    if (Array.isArray(v)) for (const a of v) if (typeof a === 'string') out.push(a);
  }
  return out;
}
