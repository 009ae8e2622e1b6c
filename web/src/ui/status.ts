/**
 * What the user must know about the connection: a busy line while the API works, an alert
 * with a Retry button when it cannot be reached, short notices after actions, and the empty
 * state of the canvas.
 */
import type { Viewer } from '../app/viewer.js';
import { byId, clear, h } from './dom.js';

export class Status {
  private readonly banner = byId('api-banner');
  private readonly busy = byId('busy');
  private readonly notice = byId('notice');
  private readonly empty = byId('graph-empty');
  private noticeTimer: number | undefined;

  constructor(
    private readonly viewer: Viewer,
    examples: { text: string; run: () => void }[],
  ) {
    viewer.on('busy', (msg) => {
      this.busy.textContent = msg ?? '';
      this.busy.hidden = !msg;
      this.syncEmpty();
    });
    viewer.on('error', (e) => {
      this.showError(e);
      this.syncEmpty();
    });
    viewer.on('notice', (msg) => this.showNotice(msg));
    viewer.on('change', () => this.syncEmpty());
    const list = byId('empty-examples');
    for (const ex of examples) list.append(h('li', {}, h('button', { type: 'button', class: 'link', onclick: ex.run }, ex.text)));
  }

  private showError(e: { error: Error & { kind?: string }; retry: () => void } | null): void {
    clear(this.banner);
    this.banner.hidden = !e;
    if (!e) return;
    const unreachable = e.error.kind === 'unreachable';
    const retry = h('button', { type: 'button', onclick: () => e.retry() }, 'Retry');
    this.banner.append(
      h('strong', {}, unreachable ? 'The graph server is not answering.' : 'The graph server reported an error.'),
      h('span', {}, ` ${e.error.message} `),
      unreachable ? h('span', { class: 'muted' }, 'Check that `npm start` is running, then retry. ') : '',
      retry,
    );
  }

  private showNotice(msg: string): void {
    this.notice.textContent = msg;
    window.clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => (this.notice.textContent = ''), 4000);
  }

  /** "Nothing to show yet" only when that is the whole story: not while loading, not over an error. */
  private syncEmpty(): void {
    this.empty.hidden = this.viewer.cy.nodes().nonempty() || !this.busy.hidden || !this.banner.hidden;
  }
}
