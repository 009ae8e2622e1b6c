/**
 * The part of the view a link must reproduce: which nodes were opened and expanded, what
 * was hidden or filtered, what is selected, the layout and measures, the path and the tab.
 * The drawn graph is rebuilt from it by replaying opens and expansions (see viewer.ts).
 */
import { LAYOUTS, type LayoutName } from '../graph/layouts.js';
import { MEASURES, type ColourBy, type Measure } from '../graph/measures.js';

export const VIEWS = ['graph', 'table', 'engagement', 'series'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface ViewState {
  /** Nodes opened one by one (search, links), in order. */
  open: string[];
  /** Nodes whose neighbours were added. */
  expanded: string[];
  /** Nodes the user hid. */
  hidden: string[];
  /** Node types filtered out in the legend. */
  hiddenTypes: string[];
  selected: string | null;
  layout: LayoutName;
  sizeBy: Measure;
  colourBy: ColourBy;
  path: { from: string; to: string } | null;
  view: ViewName;
}

export function initialState(): ViewState {
  return {
    open: [],
    expanded: [],
    hidden: [],
    hiddenTypes: [],
    selected: null,
    layout: 'fcose',
    sizeBy: 'degree',
    colourBy: 'type',
    path: null,
    view: 'graph',
  };
}

export function cloneState(s: ViewState): ViewState {
  return {
    ...s,
    open: [...s.open],
    expanded: [...s.expanded],
    hidden: [...s.hidden],
    hiddenTypes: [...s.hiddenTypes],
    path: s.path ? { ...s.path } : null,
  };
}

/** True when nothing says what to draw: the viewer then starts from an overview. */
export function isBlank(s: ViewState): boolean {
  return s.open.length === 0 && s.expanded.length === 0 && s.path === null;
}

export function isLayout(v: string | null): v is LayoutName {
  return (LAYOUTS as readonly string[]).includes(v ?? '');
}

export function isMeasure(v: string | null): v is Measure {
  return (MEASURES as readonly string[]).includes(v ?? '');
}

export function isColourBy(v: string | null): v is ColourBy {
  return v === 'type' || (isMeasure(v) && v !== 'none');
}

export function isView(v: string | null): v is ViewName {
  return (VIEWS as readonly string[]).includes(v ?? '');
}
