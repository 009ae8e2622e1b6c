/**
 * The details panel: the selected node's type, name, actions and properties, then its
 * evidence (fetched from the API); or the selected relationship with the paragraphs it was
 * read from. Headings and buttons are reachable by keyboard; the panel is a landmark.
 */
import * as api from '../api/graph-api.js';
import type { Citation } from '../api/types.js';
import type { Viewer, Selection } from '../app/viewer.js';
import { nodeType } from '../graph/node-types.js';
import { shapeSwatch } from '../graph/shapes.js';
import { edgeLabelText } from '../graph/to-elements.js';
import { byId, clear, h } from './dom.js';
import { engagementHistory, HISTORY_TYPES } from './engagement-history.js';
import { evidenceList } from './evidence-list.js';
import { highlightTerms, propertyList } from './properties.js';

export interface SidePanelHooks {
  pathFrom: (id: string, name: string) => void;
  pathTo: (id: string, name: string) => void;
}

export class SidePanel {
  private readonly body = byId('details-body');
  private readonly title = byId('details-title');
  private controller: AbortController | null = null;
  private current: Selection = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly hooks: SidePanelHooks,
  ) {
    viewer.on('select', (sel) => this.show(sel));
    // Expanding or collapsing changes which button applies.
    viewer.on('change', () => this.refreshActions());
    this.show(null);
  }

  /** Moves keyboard focus to the panel, e.g. after opening a search result. */
  focus(): void {
    this.title.focus();
  }

  private show(sel: Selection): void {
    this.current = sel;
    this.controller?.abort();
    clear(this.body);
    if (!sel) {
      this.title.textContent = 'Details';
      this.body.append(
        h(
          'p',
          { class: 'muted' },
          'Click a node or a line to see what it is and the paragraphs it was read from. Double-click a node to show or hide its neighbours.',
        ),
      );
      return;
    }
    if (sel.kind === 'node') this.showNode(sel.id);
    else this.showEdge(sel.id);
  }

  private showNode(id: string): void {
    const n = this.viewer.cy.getElementById(id);
    if (n.empty()) return;
    const type = n.data('type') as string;
    const name = n.data('name') as string;
    const props = (n.data('props') ?? {}) as Record<string, unknown>;
    const t = nodeType(type);
    this.title.textContent = name;
    const evidence = h(
      'section',
      { class: 'evidence-section', 'aria-labelledby': 'evidence-title' },
      h('h3', { id: 'evidence-title' }, 'Evidence'),
      h('p', { class: 'muted', role: 'status' }, 'Loading the paragraphs…'),
    );
    this.body.append(
      h(
        'p',
        { class: 'type-line' },
        shapeSwatch(t.shape, t.colour, 16),
        h('span', {}, t.title),
        h('span', { class: 'degree', id: 'node-degree' }),
      ),
      h('div', { class: 'actions', id: 'node-actions' }),
      propertyList(props) ?? '',
      typeof props.text === 'string' && type !== 'Paragraph' ? h('blockquote', { class: 'node-text' }, props.text) : '',
      evidence,
      h('p', { class: 'node-id' }, 'id: ', h('code', {}, id)),
    );
    this.refreshActions();
    const controller = new AbortController();
    this.controller = controller;
    if (HISTORY_TYPES.has(type)) evidence.before(engagementHistory(id, controller.signal, (meeting) => void this.viewer.open(meeting)));
    void this.loadEvidence(id, name, props, evidence, controller);
  }

  private async loadEvidence(
    id: string,
    name: string,
    props: Record<string, unknown>,
    section: HTMLElement,
    controller: AbortController,
  ): Promise<void> {
    const status = section.querySelector('[role=status]')!;
    try {
      const detail = await api.nodeDetail(id, controller.signal);
      if (controller.signal.aborted) return;
      const citations: Citation[] = detail?.evidence ?? [];
      status.remove();
      const heading = section.querySelector('h3')!;
      heading.textContent = citations.length ? `Evidence (${citations.length} paragraph${citations.length === 1 ? '' : 's'})` : 'Evidence';
      section.append(evidenceList(citations, { terms: highlightTerms(name, props), onOpenParagraph: (pid) => void this.viewer.open(pid) }));
    } catch (err) {
      if (controller.signal.aborted) return;
      status.textContent = `The paragraphs could not be loaded: ${(err as Error).message} `;
      status.append(h('button', { type: 'button', class: 'small', onclick: () => this.show(this.current) }, 'Retry'));
    }
  }

  private refreshActions(): void {
    const box = document.getElementById('node-actions');
    const sel = this.current;
    if (!box || sel?.kind !== 'node') return;
    const id = sel.id;
    const name = String(this.viewer.cy.getElementById(id).data('name') ?? id);
    const expanded = this.viewer.state.expanded.includes(id);
    const degree = this.viewer.cy.getElementById(id).degree(false);
    const degreeText = document.getElementById('node-degree');
    if (degreeText) degreeText.textContent = ` · ${degree} connection${degree === 1 ? '' : 's'} shown`;
    clear(box);
    box.append(
      h(
        'button',
        { type: 'button', onclick: () => void this.viewer.toggleExpand(id), 'aria-keyshortcuts': 'E' },
        expanded ? 'Collapse neighbours' : 'Expand neighbours',
      ),
      h('button', { type: 'button', onclick: () => void this.viewer.hide(id), 'aria-keyshortcuts': 'Delete' }, 'Hide'),
      h('button', { type: 'button', onclick: () => this.viewer.centreOn(id) }, 'Centre'),
      h('button', { type: 'button', onclick: () => this.hooks.pathFrom(id, name) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => this.hooks.pathTo(id, name) }, 'Path to here'),
    );
  }

  private showEdge(id: string): void {
    const e = this.viewer.cy.getElementById(id);
    if (e.empty()) return;
    const type = e.data('type') as string;
    const source = e.source();
    const target = e.target();
    this.title.textContent = `“${edgeLabelText(type)}”`;
    const endButton = (n: typeof source) =>
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => this.viewer.select({ kind: 'node', id: n.id() }) },
        String(n.data('name')),
      );
    const props = (e.data('props') ?? {}) as Record<string, unknown>;
    const evidence = (e.data('evidence') ?? []) as Citation[];
    const quote = typeof props.quote === 'string' ? props.quote : typeof props.surface === 'string' ? props.surface : null;
    this.body.append(
      h('p', { class: 'edge-line' }, endButton(source), h('span', { class: 'rel' }, ` — ${edgeLabelText(type)} → `), endButton(target)),
      propertyList(props, ['quote']) ?? '',
      h(
        'section',
        { class: 'evidence-section' },
        h('h3', {}, evidence.length ? `Evidence (${evidence.length} paragraph${evidence.length === 1 ? '' : 's'})` : 'Evidence'),
        evidenceList(evidence, {
          terms: [
            quote,
            ...highlightTerms(String(source.data('name')), source.data('props') ?? {}),
            ...highlightTerms(String(target.data('name')), target.data('props') ?? {}),
          ],
          onOpenParagraph: (pid) => void this.viewer.open(pid),
        }),
      ),
    );
  }
}
