/**
 * ViewState ↔ query string, so a view can be shared by link. Lists are repeated parameters
 * (ids may contain commas or slashes); defaults are left out to keep links short; anything
 * unreadable falls back to its default rather than failing the page.
 */
import { initialState, isColourBy, isLayout, isMeasure, isView, type ViewState } from './view-state.js';

const MAX_IDS = 200;

export function stateToQuery(s: ViewState): string {
  const d = initialState();
  const q = new URLSearchParams();
  // Beyond MAX_IDS a link would be too long to share; readers ignore the rest anyway.
  for (const id of s.open.slice(0, MAX_IDS)) q.append('open', id);
  for (const id of s.expanded.slice(0, MAX_IDS)) q.append('expand', id);
  for (const id of s.hidden.slice(0, MAX_IDS)) q.append('hide', id);
  for (const t of s.hiddenTypes) q.append('without', t);
  if (s.selected) q.set('select', s.selected);
  if (s.path) {
    q.set('from', s.path.from);
    q.set('to', s.path.to);
  }
  if (s.layout !== d.layout) q.set('layout', s.layout);
  if (s.sizeBy !== d.sizeBy) q.set('size', s.sizeBy);
  if (s.colourBy !== d.colourBy) q.set('colour', s.colourBy);
  if (s.view !== d.view) q.set('view', s.view);
  const text = q.toString();
  return text ? `?${text}` : '';
}

function ids(q: URLSearchParams, key: string): string[] {
  return [...new Set(q.getAll(key).filter((v) => v.length > 0 && v.length < 500))].slice(0, MAX_IDS);
}

export function queryToState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const s = initialState();
  s.open = ids(q, 'open');
  s.expanded = ids(q, 'expand');
  s.hidden = ids(q, 'hide');
  s.hiddenTypes = ids(q, 'without');
  s.selected = q.get('select') || null;
  const from = q.get('from');
  const to = q.get('to');
  if (from && to) s.path = { from, to };
  const layout = q.get('layout');
  if (isLayout(layout)) s.layout = layout;
  const size = q.get('size');
  if (isMeasure(size)) s.sizeBy = size;
  const colour = q.get('colour');
  if (isColourBy(colour)) s.colourBy = colour;
  const view = q.get('view');
  if (isView(view)) s.view = view;
  return s;
}
