/**
 * The "Over time" tab: charts of participation over the meetings of the series chosen in the
 * timeline: who took part by kind of actor, named against stated counts, and turnover (new,
 * back, absent). Each chart exports PNG, SVG and CSV. window.charts exposes them to tests.
 */
import * as seriesApi from '../api/series-api.js';
import type { SeriesTimeline } from '../api/series-types.js';
import { byId, clear, h } from '../ui/dom.js';
import { ChartCard } from './chart-card.js';
import { groupedBars, stackedBars } from './chart-options.js';
import { namedVersusStated, participantsByKind, turnover } from './participation-tables.js';

export class SeriesCharts {
  private readonly body = byId('series-charts');
  readonly cards = new Map<string, ChartCard>();

  async show(t: SeriesTimeline | null): Promise<void> {
    for (const c of this.cards.values()) c.dispose();
    this.cards.clear();
    clear(this.body);
    if (!t || t.steps.length === 0) {
      this.body.append(h('p', { class: 'muted' }, 'Choose a series in the timeline under the graph to chart its meetings.'));
      return;
    }
    this.body.append(h('p', { class: 'hint', role: 'status' }, 'Loading the participation the documents state…'));
    let stated = new Map<string, { kind: string; count: number }[]>();
    try {
      stated = await seriesApi.statedParticipation(t.steps.map((s) => s.meeting.id));
    } catch {
      // The named counts stand on their own; the stated column stays empty.
    }
    clear(this.body);
    this.body.append(h('h3', { class: 'series-name' }, `${t.series.name}: ${t.steps.length} meeting${t.steps.length === 1 ? '' : 's'}`));
    const byKind = participantsByKind(t);
    const named = namedVersusStated(t, stated);
    const moves = turnover(t);
    const specs = [
      {
        id: 'chart-participants-by-kind',
        title: 'Participants by kind of actor',
        caption:
          'Distinct organizations (by their kind) and States named as taking part in each meeting. People are not counted here: they speak for these.',
        table: byKind,
        option: stackedBars(byKind, 'kind', 'participants'),
      },
      {
        id: 'chart-named-vs-stated',
        title: 'Named beside stated',
        caption:
          'Organizations and States the documents name as taking part, beside the total their participation sentence states ("Fourteen non-governmental organizations … twenty-one Member States"). No bar: the document states no count.',
        table: named,
        option: groupedBars(named, ['named', 'stated']),
      },
      {
        id: 'chart-turnover',
        title: 'New, back, absent',
        caption:
          'Per meeting, organizations and States: all taking part, first time in the series, back after missing the previous meeting, and at the previous meeting but not this one. The graph marks people too.',
        table: moves,
        option: groupedBars(moves, ['participants', 'new', 'returned', 'absent']),
      },
    ];
    for (const spec of specs) {
      const card = new ChartCard(spec);
      this.cards.set(spec.id, card);
      this.body.append(card.element);
    }
  }
}
