/**
 * An organization's, a State's or a person's engagement history in the details panel: the
 * meetings it took part in, oldest first, its roles each time and the statements counted, first
 * and last seen, and a strip of dots along the years. Each role line opens the paragraphs that state it.
 */
import * as seriesApi from '../api/series-api.js';
import type { ActorTimeline } from '../api/series-types.js';
import { meetingLabel } from '../timeline/timeline-bar.js';
import { h } from './dom.js';
import { evidenceList } from './evidence-list.js';

export const HISTORY_TYPES = new Set(['Organization', 'Place', 'Person']);

function strip(t: ActorTimeline): HTMLElement {
  const dated = t.entries.filter((e) => e.meeting.date);
  const years = dated.map((e) => Number(e.meeting.date!.slice(0, 4)));
  const first = Math.min(...years);
  const span = Math.max(...years) - first || 1;
  return h(
    'div',
    { class: 'history-strip', 'aria-hidden': 'true' },
    ...dated.map((e, i) =>
      h('span', { class: 'history-dot', style: `left:${((years[i]! - first) / span) * 100}%`, title: meetingLabel(e.meeting) }),
    ),
  );
}

export function engagementHistory(id: string, signal: AbortSignal, openMeeting: (id: string) => void): HTMLElement {
  const section = h(
    'section',
    { class: 'history-section', id: 'engagement-history', 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, 'Engagement history'),
    h('p', { class: 'muted', role: 'status' }, 'Loading its meetings…'),
  );
  void seriesApi.actorTimeline(id, signal).then(
    (t) => {
      if (signal.aborted) return;
      section.querySelector('[role=status]')!.remove();
      if (!t || t.entries.length === 0) {
        section.append(h('p', { class: 'muted' }, 'No meeting records it as taking part.'));
        return;
      }
      const n = t.entries.length;
      section.append(
        h(
          'p',
          { class: 'history-span' },
          `${n} meeting${n === 1 ? '' : 's'} · first seen ${t.firstSeen ?? 'undated'} · last seen ${t.lastSeen ?? 'undated'}`,
        ),
        t.entries.some((e) => e.meeting.date) ? strip(t) : '',
        h(
          'ol',
          { class: 'history-list' },
          ...t.entries.map((e) =>
            h(
              'li',
              {},
              h('button', { type: 'button', class: 'link', onclick: () => openMeeting(e.meeting.id) }, meetingLabel(e.meeting)),
              h(
                'span',
                { class: 'history-roles' },
                ` — ${e.roles.join(', ')}${e.statements ? ` · ${e.statements} statement${e.statements === 1 ? '' : 's'}` : ''}`,
              ),
              e.citations.length
                ? h(
                    'details',
                    {},
                    h('summary', {}, `Where it says so (${e.citations.length})`),
                    evidenceList(e.citations.slice(0, 3), { terms: [t.actor.name] }),
                  )
                : '',
            ),
          ),
        ),
      );
    },
    (err: Error) => {
      if (signal.aborted) return;
      section.querySelector('[role=status]')!.textContent = `Its meetings could not be loaded: ${err.message}`;
    },
  );
  return section;
}
