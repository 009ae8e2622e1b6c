/**
 * Engagement heat maps (organization × topic, organization × meeting) as real tables: each
 * cell is a button with its count, shaded by it; choosing one lists the statements behind
 * it with their paragraphs, and each statement can be shown in the graph.
 */
import * as api from '../api/graph-api.js';
import type { EngagementKind, EngagementMatrix, StatementSummary } from '../api/types.js';
import type { Viewer } from '../app/viewer.js';
import { byId, clear, h } from './dom.js';
import { evidenceList } from './evidence-list.js';

const TITLES: Record<EngagementKind, string> = { topic: 'Organization × topic', meeting: 'Organization × meeting' };

/** White → orange, by share of the largest cell. */
function shade(count: number, max: number): string {
  const t = max > 0 ? Math.sqrt(count / max) : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(255, 234)}, ${mix(247, 88)}, ${mix(237, 12)})`;
}

export class EngagementView {
  private readonly root = byId('engagement-view');
  private readonly table = byId('engagement-table');
  private readonly drill = byId('engagement-drill');
  private kind: EngagementKind = 'topic';
  private cache = new Map<EngagementKind, EngagementMatrix>();

  constructor(private readonly viewer: Viewer) {
    for (const k of ['topic', 'meeting'] as const) {
      byId(`engagement-${k}`).addEventListener('click', () => void this.load(k));
    }
    viewer.on('change', () => {
      if (viewer.state.view === 'engagement' && !this.root.dataset.loaded) void this.load(this.kind);
    });
  }

  private async load(kind: EngagementKind): Promise<void> {
    this.kind = kind;
    this.root.dataset.loaded = 'yes';
    for (const k of ['topic', 'meeting'] as const) byId(`engagement-${k}`).setAttribute('aria-pressed', String(k === kind));
    clear(this.drill);
    clear(this.table);
    this.table.append(h('p', { class: 'muted', role: 'status' }, 'Loading…'));
    try {
      let m = this.cache.get(kind);
      if (!m) {
        m = await api.engagement(kind);
        this.cache.set(kind, m);
      }
      this.render(m);
    } catch (err) {
      delete this.root.dataset.loaded;
      clear(this.table);
      this.table.append(
        h(
          'div',
          { class: 'banner error', role: 'alert' },
          h('p', {}, `The engagement table could not be loaded: ${(err as Error).message}`),
          h('button', { type: 'button', onclick: () => void this.load(kind) }, 'Retry'),
        ),
      );
    }
  }

  private render(m: EngagementMatrix): void {
    clear(this.table);
    if (m.rows.length === 0 || m.columns.length === 0) {
      this.table.append(
        h(
          'div',
          { class: 'empty-state', role: 'status' },
          h('p', {}, 'No statements are attributed to organizations yet.'),
          h('p', { class: 'muted' }, 'Ingest a document with panels or named speakers, then come back.'),
        ),
      );
      return;
    }
    const cells = new Map(m.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
    const max = Math.max(...m.cells.map((c) => c.count), 0);
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Organization'),
      ...m.columns.map((c) => h('th', { scope: 'col', title: c.label }, h('span', { class: 'col-label' }, c.label))),
      h('th', { scope: 'col' }, 'Total'),
    );
    const body = h('tbody');
    for (const r of m.rows) {
      const tr = h('tr', {}, h('th', { scope: 'row' }, r.label, r.kind ? h('span', { class: 'kind' }, ` ${r.kind}`) : ''));
      for (const c of m.columns) {
        const cell = cells.get(`${r.id}\u0000${c.id}`);
        const count = cell?.count ?? 0;
        // White figures on the darkest cells keep them readable.
        const td = h('td', { style: `background:${shade(count, max)}`, class: max > 0 && count / max > 0.5 ? 'dark' : null });
        if (cell && cell.count > 0) {
          td.append(
            h(
              'button',
              {
                type: 'button',
                class: 'cell',
                'aria-label': `${r.label}, ${c.label}: ${cell.count} statement${cell.count === 1 ? '' : 's'}`,
                onclick: () => this.showStatements(`${r.label} — ${c.label}`, cell.statements, r.label),
              },
              String(cell.count),
            ),
          );
        }
        tr.append(td);
      }
      tr.append(h('td', { class: 'total' }, String(r.total)));
      body.append(tr);
    }
    this.table.append(
      h(
        'table',
        { class: 'heatmap' },
        h(
          'caption',
          {},
          `${TITLES[this.kind]}: statements per cell (${m.totalStatements} in all). Choose a number to read the statements.`,
        ),
        h('thead', {}, head),
        body,
      ),
    );
  }

  /** `organization`: the row's name, marked in a paragraph when no narrower quote is known. */
  private showStatements(title: string, statements: StatementSummary[], organization: string): void {
    clear(this.drill);
    const heading = h('h3', { tabindex: '-1' }, `${title}: ${statements.length} statement${statements.length === 1 ? '' : 's'}`);
    const list = h('ol', { class: 'statements' });
    for (const s of statements) {
      list.append(
        h(
          'li',
          {},
          h(
            'p',
            { class: 'statement-head' },
            h('strong', {}, s.speakers.join(', ') || 'Unnamed speaker'),
            ' ',
            h('button', { type: 'button', class: 'small link', onclick: () => this.openInGraph(s.id) }, 'Show in graph'),
          ),
          // The paragraph with the statement's quoted words marked (or, when the statement is the
          // whole paragraph, the organization's and speakers' names); the bare text only when there is no paragraph.
          s.citation
            ? evidenceList([s.citation], { terms: [organization, ...s.speakers] })
            : s.text
              ? h('p', { class: 'statement-text' }, s.text)
              : '',
        ),
      );
    }
    this.drill.append(heading, list);
    heading.focus();
  }

  private openInGraph(id: string): void {
    this.viewer.setView('graph');
    void this.viewer.open(id);
  }
}
