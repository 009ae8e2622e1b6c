/**
 * Type-ahead search as an ARIA combobox (WAI-ARIA APG "list autocomplete"): arrows move
 * through the results, Enter opens one, Escape closes the list. Requests are debounced and
 * a newer keystroke cancels the older request, so results never arrive out of order.
 */
import * as api from '../api/graph-api.js';
import { ApiError } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { nodeType } from '../graph/node-types.js';
import { shapeSwatch } from '../graph/shapes.js';
import { h, clear } from './dom.js';
import { highlighted } from './highlight.js';

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder: string;
  onPick: (hit: SearchHit) => void;
  /** Shown under the field when it is empty and focused. */
  examples?: string[];
  /** Keeps the picked name in the field (path finder) instead of clearing it (main search). */
  keepValue?: boolean;
}

const DEBOUNCE_MS = 180;
let counter = 0;

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private hits: SearchHit[] = [];
  /** The query `hits` answer; typing makes them stale until the next answer. */
  private hitsFor = '';
  /** Enter was pressed before the answer came: open its first hit when it does. */
  private pickWhenReady = false;
  private active = -1;
  private timer: number | undefined;
  private controller: AbortController | null = null;
  /** The picked node, for forms that read the value later (path finder). */
  picked: SearchHit | null = null;

  constructor(private readonly opts: SearchBoxOptions) {
    const listId = `${opts.id}-list-${++counter}`;
    this.input = h('input', {
      id: opts.id,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: opts.placeholder,
    });
    this.list = h('ul', { id: listId, role: 'listbox', class: 'search-results', 'aria-label': `${opts.label}: results`, hidden: true });
    this.status = h('div', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { class: 'search-box' },
      h('label', { for: opts.id, class: 'field-label' }, opts.label),
      this.input,
      this.list,
      this.status,
    );
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('focus', () => {
      if (this.hits.length) this.open(true);
    });
    this.input.addEventListener('blur', () => setTimeout(() => this.open(false), 150));
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  setValue(text: string, picked: SearchHit | null): void {
    this.input.value = text;
    this.picked = picked;
  }

  private onInput(): void {
    this.picked = null;
    window.clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q.length < 2) {
      this.controller?.abort();
      this.render([], q.length === 0 ? '' : 'Type at least two letters.');
      return;
    }
    this.timer = window.setTimeout(() => void this.run(q), DEBOUNCE_MS);
  }

  private async run(q: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status.textContent = 'Searching…';
    try {
      const hits = await api.search(q, controller.signal);
      if (controller.signal.aborted) return;
      // One entry per node: several paragraphs of the same statement would crowd the list.
      const seen = new Set<string>();
      const unique = hits.filter((hit) => !seen.has(hit.node.id) && seen.add(hit.node.id));
      this.render(
        unique,
        unique.length
          ? `${unique.length} result${unique.length === 1 ? '' : 's'}. Use the arrow keys, Enter to open.`
          : this.emptyMessage(q),
      );
      this.hitsFor = q;
      if (this.pickWhenReady && unique.length) this.pick(0);
      this.pickWhenReady = false;
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'aborted') return;
      this.render([], '');
      this.showRetry(err instanceof Error ? err.message : String(err), q);
    }
  }

  private emptyMessage(q: string): string {
    return `Nothing matches “${q}”. Try fewer or other words, a name (an organization, a person), or an acronym such as MMC.`;
  }

  private showRetry(message: string, q: string): void {
    clear(this.status);
    this.status.append(
      h('span', { class: 'error-text' }, `Search is unavailable: ${message} `),
      h(
        'button',
        { type: 'button', class: 'small', onmousedown: (e: Event) => e.preventDefault(), onclick: () => void this.run(q) },
        'Retry',
      ),
    );
  }

  private render(hits: SearchHit[], message: string): void {
    this.hits = hits;
    this.active = -1;
    clear(this.list);
    hits.forEach((hit, i) => this.list.append(this.option(hit, i)));
    this.status.textContent = message;
    this.open(hits.length > 0);
    this.input.removeAttribute('aria-activedescendant');
  }

  private option(hit: SearchHit, i: number): HTMLLIElement {
    const t = nodeType(hit.node.label);
    const snippet = hit.field !== 'name' && hit.snippet ? h('span', { class: 'snippet' }, highlighted(hit.snippet, hit.highlights)) : null;
    const li = h(
      'li',
      {
        id: `${this.list.id}-${i}`,
        role: 'option',
        'aria-selected': 'false',
        // mousedown would blur the input and close the list before the click lands.
        onmousedown: (e: Event) => e.preventDefault(),
        onclick: () => this.pick(i),
      },
      h(
        'span',
        { class: 'hit-head' },
        shapeSwatch(t.shape, t.colour, 14),
        h('span', { class: 'hit-name' }, hit.node.name),
        h('span', { class: 'hit-type' }, t.title),
      ),
      snippet,
    );
    return li;
  }

  private open(show: boolean): void {
    const visible = show && this.hits.length > 0;
    this.list.hidden = !visible;
    this.input.setAttribute('aria-expanded', String(visible));
  }

  private move(delta: number): void {
    if (!this.hits.length) return;
    this.open(true);
    this.active = (this.active + delta + this.hits.length) % this.hits.length;
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const li = this.list.children[this.active] as HTMLElement | undefined;
    if (li) {
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.picked = hit;
    this.input.value = this.opts.keepValue ? hit.node.name : '';
    this.open(false);
    this.status.textContent = '';
    if (!this.opts.keepValue) this.hits = [];
    this.opts.onPick(hit);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.move(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.move(-1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const q = this.input.value.trim();
      if (this.hits.length && (this.active >= 0 || this.hitsFor === q)) this.pick(this.active >= 0 ? this.active : 0);
      else if (q.length >= 2) {
        // Typed faster than the debounce: search now and open the best hit.
        window.clearTimeout(this.timer);
        this.pickWhenReady = true;
        void this.run(q);
      }
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        this.open(false);
      } else {
        this.input.value = '';
        this.render([], '');
      }
    }
  }
}
