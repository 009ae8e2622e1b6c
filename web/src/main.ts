/**
 * Puts the page together: reads the view from the URL, creates the viewer, mounts the
 * panels, keeps the URL in step, and wires the keyboard shortcuts.
 */
import './styles.css';
import * as api from './api/graph-api.js';
import { queryToState, stateToQuery } from './app/url-state.js';
import { Viewer } from './app/viewer.js';
import { VIEWS, type ViewName } from './app/view-state.js';
import { Controls } from './ui/controls.js';
import { byId } from './ui/dom.js';
import { EngagementView } from './ui/engagement-view.js';
import { Legend } from './ui/legend.js';
import { PathFinder } from './ui/path-finder.js';
import { SearchBox } from './ui/search-box.js';
import { SidePanel } from './ui/side-panel.js';
import { Status } from './ui/status.js';
import { TextTwin } from './ui/text-twin.js';
import { installShortcuts } from './ui/shortcuts.js';
import { TimelineBar } from './timeline/timeline-bar.js';
import type { SeriesCharts } from './charts/series-charts.js';

const viewer = new Viewer(byId('cy'), queryToState(window.location.search), api.startMeetings);
window.cy = viewer.cy;
window.viewer = viewer;

const path = new PathFinder(viewer);
const panel = new SidePanel(viewer, { pathFrom: (id, name) => path.setFrom(id, name), pathTo: (id, name) => path.setTo(id, name) });
const search = new SearchBox({
  id: 'search',
  label: 'Search names and paragraphs',
  placeholder: 'e.g. Mixed Migration Centre, non-liability, smugglers…',
  onPick: (hit) => {
    viewer.setView('graph');
    void viewer.open(hit.node.id).then(() => panel.focus());
  },
});
byId('search-slot').append(search.element);
new Controls(viewer);
new Legend(viewer);
new TextTwin(viewer);
new EngagementView(viewer);
const timeline = new TimelineBar(viewer);
// ECharts is loaded with the first series chosen, so the first view does not wait for it.
let charts: Promise<SeriesCharts> | null = null;
timeline.on('series', (t) => {
  charts ??= import('./charts/series-charts.js').then((m) => (window.charts = new m.SeriesCharts()));
  void charts.then((c) => c.show(t));
});
void timeline.load();
window.timeline = timeline;
new Status(
  viewer,
  ['Mixed Migration Centre', 'non-liability principle', 'drivers of migration'].map((text) => ({
    text,
    run: () => {
      search.input.value = text;
      search.input.dispatchEvent(new Event('input'));
      search.focus();
    },
  })),
);

// View tabs: graph, table (text twin), engagement.
const tabs = VIEWS.map((v) => byId<HTMLButtonElement>(`tab-${v}`));
for (const tab of tabs) tab.addEventListener('click', () => viewer.setView(tab.dataset.view as ViewName));
function syncView(): void {
  const view = viewer.state.view;
  for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  for (const v of VIEWS) byId(`${v}-view`).hidden = v !== view;
}

// The URL follows the view, so a link reproduces it. replaceState: back should leave the page, not undo clicks.
let urlTimer: number | undefined;
viewer.on('change', () => {
  syncView();
  window.clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => {
    const query = stateToQuery(viewer.state);
    if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  }, 100);
});
syncView();
installShortcuts(viewer, search);
void viewer.start();
