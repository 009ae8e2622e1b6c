/**
 * The data behind the participation charts, as tables: the chart is drawn from the table and
 * the CSV export is the same table, so what is downloaded is what is drawn. Pure.
 */
import type { SeriesTimeline, StatedCount, TimelineActor } from '../api/series-types.js';

export type Cell = string | number;

export interface ChartTable {
  columns: string[];
  rows: Cell[][];
}

/** Organizations by their kind, States as such; people speak for them and are not counted twice. */
export function actorKind(a: TimelineActor): string | null {
  if (a.label === 'Place') return 'State';
  if (a.label !== 'Organization') return null;
  if (!a.kind) return 'Organization (kind not stated)';
  const k = a.kind.toLowerCase();
  const names: Record<string, string> = {
    ngo: 'NGO',
    academia: 'Academia',
    private_sector: 'Private sector',
    un_entity: 'UN entity',
    igo: 'Intergovernmental',
    government: 'Government body',
    state: 'State',
    nhri: 'National human rights institution',
    joint_submission: 'Joint submission',
    other: 'Other organization',
  };
  return names[k] ?? a.kind;
}

const MEETING_COLUMNS = ['position', 'meeting_id', 'meeting', 'date'];

function meetingCells(t: SeriesTimeline, i: number): Cell[] {
  const s = t.steps[i]!;
  return [s.position, s.meeting.id, s.meeting.name, s.meeting.date ?? ''];
}

/** One row per meeting and kind of actor: how many distinct named actors of that kind took part. */
export function participantsByKind(t: SeriesTimeline): ChartTable {
  const rows: Cell[][] = [];
  t.steps.forEach((s, i) => {
    const counts = new Map<string, Set<string>>();
    for (const p of s.participants) {
      const kind = actorKind(p.actor);
      if (!kind) continue;
      if (!counts.has(kind)) counts.set(kind, new Set());
      counts.get(kind)!.add(p.actor.id);
    }
    for (const [kind, ids] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) rows.push([...meetingCells(t, i), kind, ids.size]);
  });
  return { columns: [...MEETING_COLUMNS, 'kind', 'participants'], rows };
}

/**
 * The total a participation sentence states. "Two other relevant stakeholders (two from
 * academia)" lists academia and the private sector as a breakdown of the other stakeholders,
 * so they are not added again when the other stakeholders' count covers them.
 */
export function statedTotal(counts: StatedCount[]): number {
  const of = (kind: string) => counts.filter((c) => c.kind.toUpperCase() === kind).reduce((sum, c) => sum + c.count, 0);
  const all = counts.reduce((sum, c) => sum + c.count, 0);
  const breakdown = of('ACADEMIA') + of('PRIVATE_SECTOR');
  const others = of('OTHER_STAKEHOLDER');
  return others > 0 && breakdown <= others ? all - breakdown : all;
}

/** Named (organizations and States the text names as taking part) beside the total the text states. */
export function namedVersusStated(t: SeriesTimeline, stated: Map<string, StatedCount[]>): ChartTable {
  const rows = t.steps.map((s, i) => {
    const named = new Set(s.participants.filter((p) => actorKind(p.actor) !== null).map((p) => p.actor.id)).size;
    const counts = stated.get(s.meeting.id);
    return [...meetingCells(t, i), named, counts ? statedTotal(counts) : ''];
  });
  return { columns: [...MEETING_COLUMNS, 'named', 'stated'], rows };
}

/**
 * Per meeting, organizations and States only (an anonymous panellist exists in one document,
 * so would always count as new): how many took part, were new, came back after a gap, were
 * absent after the previous meeting.
 */
export function turnover(t: SeriesTimeline): ChartTable {
  const named = new Set(t.steps.flatMap((s) => s.participants.filter((p) => actorKind(p.actor) !== null).map((p) => p.actor.id)));
  const count = (ids: string[]) => ids.filter((id) => named.has(id)).length;
  const rows = t.steps.map((s, i) => [
    ...meetingCells(t, i),
    count(s.participants.map((p) => p.actor.id)),
    count(s.newIds),
    count(s.returnedIds),
    count(s.absentIds),
  ]);
  return { columns: [...MEETING_COLUMNS, 'participants', 'new', 'returned', 'absent'], rows };
}
