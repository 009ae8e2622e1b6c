/**
 * The text twin of the graph: the visible nodes and relationships as two tables, for screen
 * readers and for anyone who prefers rows to pictures. Rebuilt only while its tab is shown.
 */
import type { Viewer } from '../app/viewer.js';
import { nodeType, typeOrder } from '../graph/node-types.js';
import { edgeLabelText } from '../graph/to-elements.js';
import { byId, clear, h } from './dom.js';

/** Tables of tens of thousands of rows freeze the page; the export has everything. */
const MAX_ROWS = 2000;

export class TextTwin {
  private readonly root = byId('table-view-body');
  private scheduled = false;

  constructor(private readonly viewer: Viewer) {
    viewer.on('change', () => this.schedule());
  }

  private schedule(): void {
    if (this.viewer.state.view !== 'table' || this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private render(): void {
    const cy = this.viewer.cy;
    clear(this.root);
    const nodes = cy
      .nodes(':visible')
      .nodes()
      .sort(
        (a, b) => typeOrder(a.data('type')) - typeOrder(b.data('type')) || String(a.data('name')).localeCompare(String(b.data('name'))),
      );
    const edges = cy.edges(':visible');
    if (nodes.empty()) {
      this.root.append(h('p', { class: 'empty-state' }, 'Nothing is shown yet: search for a name or words above.'));
      return;
    }
    const nodeRows = nodes
      .slice(0, MAX_ROWS)
      .nodes()
      .map((n) =>
        h(
          'tr',
          { class: n.selected() ? 'selected' : '' },
          h(
            'th',
            { scope: 'row' },
            h('button', { type: 'button', class: 'link', onclick: () => this.pick(n.id()) }, String(n.data('name'))),
          ),
          h('td', {}, nodeType(n.data('type')).title),
          h('td', { class: 'num' }, String(n.degree(false))),
        ),
      );
    const edgeRows = edges
      .slice(0, MAX_ROWS)
      .edges()
      .map((e) =>
        h(
          'tr',
          {},
          h('td', {}, String(e.source().data('name'))),
          h('td', {}, edgeLabelText(e.data('type'))),
          h('td', {}, String(e.target().data('name'))),
          h('td', {}, ((e.data('evidence') ?? []) as { citation: string }[]).map((c) => c.citation).join('; ')),
        ),
      );
    this.root.append(
      h(
        'table',
        { class: 'twin' },
        h('caption', {}, `Nodes shown (${nodes.length}${nodes.length > MAX_ROWS ? `, first ${MAX_ROWS} listed` : ''})`),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Connections')),
        ),
        h('tbody', {}, ...nodeRows),
      ),
      h(
        'table',
        { class: 'twin' },
        h('caption', {}, `Relationships shown (${edges.length}${edges.length > MAX_ROWS ? `, first ${MAX_ROWS} listed` : ''})`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'From'),
            h('th', { scope: 'col' }, 'Relationship'),
            h('th', { scope: 'col' }, 'To'),
            h('th', { scope: 'col' }, 'Read from'),
          ),
        ),
        h('tbody', {}, ...edgeRows),
      ),
    );
  }

  private pick(id: string): void {
    this.viewer.select({ kind: 'node', id });
    // The details panel sits next to the table; send focus there so the choice is heard.
    document.getElementById('details-title')?.focus();
  }
}
