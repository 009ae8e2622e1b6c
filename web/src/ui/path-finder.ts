/**
 * "How is A connected to B?": two type-ahead fields, the shortest path drawn in the graph,
 * and each step listed with the paragraphs it was read from.
 */
import type { GraphData } from '../api/types.js';
import type { Viewer } from '../app/viewer.js';
import { nodeType } from '../graph/node-types.js';
import { shapeSwatch } from '../graph/shapes.js';
import { edgeLabelText } from '../graph/to-elements.js';
import { byId, clear, h } from './dom.js';
import { evidenceList } from './evidence-list.js';
import { highlightTerms } from './properties.js';
import { pathSteps } from './path-steps.js';
import { SearchBox } from './search-box.js';

export class PathFinder {
  private readonly from: SearchBox;
  private readonly to: SearchBox;
  private readonly result = byId('path-result');
  private readonly section = byId('path-section') as HTMLDetailsElement;

  constructor(private readonly viewer: Viewer) {
    this.from = new SearchBox({
      id: 'path-from',
      label: 'From',
      placeholder: 'An organization, a person…',
      keepValue: true,
      onPick: () => this.to.focus(),
    });
    this.to = new SearchBox({
      id: 'path-to',
      label: 'To',
      placeholder: 'An observation, a topic…',
      keepValue: true,
      onPick: () => void this.find(),
    });
    const form = byId('path-form');
    form.prepend(this.from.element, this.to.element);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.find();
    });
    byId('path-swap').addEventListener('click', () => {
      const [a, b] = [this.from.picked, this.to.picked];
      const [ta, tb] = [this.from.input.value, this.to.input.value];
      this.from.setValue(tb, b);
      this.to.setValue(ta, a);
    });
    byId('path-clear').addEventListener('click', () => void viewer.clearPath());
    viewer.on('path', (p) => this.render(p));
  }

  setFrom(id: string, name: string): void {
    this.from.setValue(name, { node: { id, name, label: '' }, snippet: '', highlights: [], field: 'name' });
    this.section.open = true;
    this.to.focus();
  }

  setTo(id: string, name: string): void {
    this.to.setValue(name, { node: { id, name, label: '' }, snippet: '', highlights: [], field: 'name' });
    this.section.open = true;
    if (this.from.picked) void this.find();
    else this.from.focus();
  }

  private async find(): Promise<void> {
    const a = this.from.picked?.node.id;
    const b = this.to.picked?.node.id;
    if (!a || !b) {
      clear(this.result);
      this.result.append(h('p', { class: 'muted' }, 'Pick both ends from the suggestions (type a few letters, then choose).'));
      return;
    }
    await this.viewer.findPath(a, b);
  }

  private render(p: { data: GraphData | null; from: string; to: string } | null): void {
    clear(this.result);
    if (!p) return;
    this.section.open = true;
    const name = (id: string) =>
      p.data?.nodes.find((n) => n.id === id)?.name ?? String(this.viewer.cy.getElementById(id).data('name') ?? id);
    if (!this.from.input.value)
      this.from.setValue(name(p.from), { node: { id: p.from, name: name(p.from), label: '' }, snippet: '', highlights: [], field: 'name' });
    if (!this.to.input.value)
      this.to.setValue(name(p.to), { node: { id: p.to, name: name(p.to), label: '' }, snippet: '', highlights: [], field: 'name' });
    if (!p.data || p.data.edges.length === 0) {
      this.result.append(
        h(
          'div',
          { class: 'empty-state small', role: 'status' },
          h('p', {}, `No connection found between “${name(p.from)}” and “${name(p.to)}” within 8 steps.`),
          h('p', { class: 'muted' }, 'They may come from different documents; try a meeting, topic or concept both are linked to.'),
        ),
      );
      return;
    }
    const steps = pathSteps(p.data, p.from);
    const list = h('ol', { class: 'path-steps', 'aria-label': `Path of ${steps.length} step${steps.length === 1 ? '' : 's'}` });
    for (const s of steps) {
      const rel = edgeLabelText(s.edge.type);
      const node = (n: typeof s.from) => {
        const t = nodeType(n.label);
        return h(
          'button',
          { type: 'button', class: 'link node-ref', onclick: () => this.viewer.select({ kind: 'node', id: n.id }) },
          shapeSwatch(t.shape, t.colour, 12),
          n.name,
        );
      };
      const arrow = s.forward ? ` — ${rel} → ` : ` ← ${rel} — `;
      list.append(
        h(
          'li',
          {},
          h('p', { class: 'step-line' }, node(s.from), h('span', { class: 'rel' }, arrow), node(s.to)),
          h(
            'details',
            { open: steps.length <= 4 },
            h(
              'summary',
              {},
              s.edge.evidence.length ? `Why: ${s.edge.evidence.map((c) => `¶ ${c.paragraph}`).join(', ')}` : 'Why: no paragraph recorded',
            ),
            evidenceList(s.edge.evidence, {
              terms: [...highlightTerms(s.from.name, s.from.properties), ...highlightTerms(s.to.name, s.to.properties)],
              onOpenParagraph: (pid) => void this.viewer.open(pid),
            }),
          ),
        ),
      );
    }
    this.result.append(
      h(
        'p',
        { class: 'path-summary', role: 'status' },
        `${steps.length} step${steps.length === 1 ? '' : 's'} from “${name(p.from)}” to “${name(p.to)}”.`,
      ),
      list,
    );
  }
}
