/**
 * The timeline: choose a series, then slide or play through its meetings in date order. Each
 * step draws the meeting with who took part, what its documents say around it, and who is new,
 * back, or absent compared with the previous meeting. The chosen series is shared with the
 * charts ('series' event), so both tell the same story.
 */
import * as api from '../api/graph-api.js';
import * as seriesApi from '../api/series-api.js';
import type { SeriesSummary, SeriesTimeline } from '../api/series-types.js';
import type { GraphData, GraphNode } from '../api/types.js';
import { Emitter } from '../app/emitter.js';
import type { Viewer } from '../app/viewer.js';
import { byId, clear, h } from '../ui/dom.js';
import { applyMarks, clearMarks, MARK_COLOURS, MARK_TITLES } from './marks.js';
import { stepGraph, type StepMark } from './step-graph.js';

/** Time on each meeting when playing: long enough for the layout to settle and the eye to follow. */
const PLAY_STEP_MS = 2200;
/** What sits around a meeting: panels, their statements and who made them (agenda item → panel → statement → speaker). */
const AROUND_VIA = [
  'HAS_AGENDA_ITEM',
  'HAS_PANEL',
  'IN',
  'MADE_BY',
  'SPOKE_ON',
  'REPRESENTS',
  'PRODUCED',
  'RECORDS',
  'CHAIRED_BY',
] as const;
const AROUND_LIMIT = 150;

export function meetingLabel(m: { name: string; date: string | null; cycle: number | null }): string {
  const when = m.date ? m.date.slice(0, 10) : 'undated';
  return `${when}${m.cycle ? ` (cycle ${m.cycle})` : ''} — ${m.name}`;
}

export class TimelineBar extends Emitter<{ series: SeriesTimeline | null }> {
  private readonly root = byId('timeline-bar');
  private readonly select = h('select', { id: 'timeline-series', 'aria-label': 'Series' });
  private readonly slider = h('input', { type: 'range', id: 'timeline-slider', min: '1', max: '1', value: '1', 'aria-label': 'Meeting' });
  private readonly play = h('button', { type: 'button', id: 'timeline-play', 'aria-pressed': 'false' }, 'Play');
  private readonly label = h('output', { id: 'timeline-step', for: 'timeline-slider', 'aria-live': 'polite' });
  private readonly summary = h('p', { id: 'timeline-summary', class: 'timeline-summary' });
  private timeline: SeriesTimeline | null = null;
  private timer: number | undefined;
  /** Drawing runs one step at a time; a newer request replaces a waiting one. */
  private drawing: Promise<void> = Promise.resolve();
  private wanted = 0;

  constructor(private readonly viewer: Viewer) {
    super();
    this.select.addEventListener('change', () => void this.choose(this.select.value));
    this.slider.addEventListener('input', () => this.goTo(Number(this.slider.value)));
    this.play.addEventListener('click', () => (this.timer === undefined ? this.startPlaying() : this.stopPlaying()));
    const legend = h(
      'ul',
      { class: 'timeline-legend', 'aria-label': 'Marks' },
      ...(['new', 'returned', 'absent'] as StepMark[]).map((m) =>
        h('li', {}, h('span', { class: `swatch mark-${m}`, style: `border-color:${MARK_COLOURS[m]}` }), MARK_TITLES[m]),
      ),
    );
    this.root.append(
      h('label', { class: 'field-label', for: 'timeline-series' }, 'Timeline of a series'),
      h('div', { class: 'timeline-controls' }, this.select, this.play, this.slider, this.label),
      this.summary,
      legend,
    );
    this.setEnabled(false);
  }

  async load(): Promise<void> {
    let list: SeriesSummary[];
    try {
      list = await seriesApi.seriesList();
    } catch (err) {
      this.summary.textContent = `The series could not be loaded: ${(err as Error).message}`;
      return;
    }
    clear(this.select);
    this.select.append(h('option', { value: '' }, list.length ? 'Choose a series…' : 'No series in the graph yet'));
    for (const s of list) this.select.append(h('option', { value: s.id }, s.name));
  }

  /** The step shown, 1-based (0 when no series is chosen). */
  get position(): number {
    return this.timeline ? Number(this.slider.value) : 0;
  }

  async choose(id: string): Promise<void> {
    this.stopPlaying();
    this.select.value = id;
    this.timeline = id ? await seriesApi.seriesTimeline(id) : null;
    const steps = this.timeline?.steps.length ?? 0;
    this.slider.max = String(Math.max(steps, 1));
    this.slider.value = '1';
    this.setEnabled(steps > 0);
    this.emit('series', this.timeline);
    if (steps > 0) this.goTo(1);
    else {
      clearMarks(this.viewer.cy);
      this.label.textContent = '';
      this.summary.textContent = id ? 'This series has no meetings.' : '';
    }
  }

  goTo(position: number): void {
    if (!this.timeline) return;
    this.slider.value = String(position);
    this.wanted = position;
    this.drawing = this.drawing
      .then(() => (this.wanted === position ? this.draw(position) : undefined))
      // A failed step says so and leaves the chain usable for the next one.
      .catch((err: Error) => {
        this.summary.textContent = `This meeting could not be drawn: ${err.message}`;
      });
  }

  /** Resolves once the step asked for last is drawn (tests and play wait on it). */
  settled(): Promise<void> {
    return this.drawing;
  }

  private async draw(position: number): Promise<void> {
    const t = this.timeline;
    const step = t?.steps[position - 1];
    if (!t || !step) return;
    const previous = t.steps[position - 2] ?? null;
    this.label.textContent = `Meeting ${position} of ${t.steps.length}: ${meetingLabel(step.meeting)}`;
    this.root.dataset.meeting = step.meeting.id;
    const [near, inside] = await Promise.all([
      api.neighbourhood(step.meeting.id, 1, AROUND_LIMIT),
      api.neighbourhood(step.meeting.id, 3, AROUND_LIMIT, [...AROUND_VIA]),
    ]);
    const around: GraphData = {
      nodes: [...near.nodes, ...inside.nodes],
      edges: [...near.edges, ...inside.edges],
      truncated: near.truncated || inside.truncated,
    };
    const meetingNode: GraphNode = around.nodes.find((n) => n.id === step.meeting.id) ?? {
      id: step.meeting.id,
      label: 'Meeting',
      name: step.meeting.name,
      properties: { date: step.meeting.date },
    };
    const { data, marks } = stepGraph(step, previous, around, meetingNode);
    await this.viewer.show(data, { label: `meeting ${position}`, keepPositions: true });
    applyMarks(this.viewer.cy, marks);
    const count = (m: StepMark) => [...marks.values()].filter((v) => v === m).length;
    this.summary.textContent =
      `${step.participants.length} took part: ${count('new')} new, ${count('returned')} back after a gap; ` +
      `${count('absent')} of the previous meeting absent.`;
    this.root.dataset.drawn = String(position);
  }

  private startPlaying(): void {
    if (!this.timeline) return;
    if (this.position >= this.timeline.steps.length) this.goTo(1);
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      if (!this.timeline || this.position >= this.timeline.steps.length) return this.stopPlaying();
      this.goTo(this.position + 1);
    }, PLAY_STEP_MS);
  }

  private stopPlaying(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  private setEnabled(on: boolean): void {
    this.slider.disabled = !on;
    this.play.disabled = !on;
  }
}
