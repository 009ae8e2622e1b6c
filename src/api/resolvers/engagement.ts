/** The engagement matrices: one query each, rows/columns/totals summed here from the cells. */
import type { AxisEntry, EngagementMatrix, QueryResolvers, StatementSummary } from '../generated/resolvers-types.js';
import { KIND_BY_AGENDA_ITEM, ORGANIZATION_BY_MEETING, ORGANIZATION_BY_TOPIC } from '../cypher/engagement.js';

interface Axis {
  id: string;
  label: string;
  kind: string | null;
}

export interface CellRow {
  row: Axis;
  column: Axis;
  statements: StatementSummary[];
}

export function toMatrix(cells: CellRow[]): EngagementMatrix {
  const rows = new Map<string, { axis: Axis; statements: Set<string> }>();
  const columns = new Map<string, { axis: Axis; statements: Set<string> }>();
  const all = new Set<string>();
  const add = (map: typeof rows, axis: Axis, ids: string[]) => {
    const entry = map.get(axis.id) ?? { axis, statements: new Set<string>() };
    for (const id of ids) entry.statements.add(id);
    map.set(axis.id, entry);
  };
  for (const c of cells) {
    const ids = c.statements.map((s) => s.id);
    add(rows, c.row, ids);
    add(columns, c.column, ids);
    for (const id of ids) all.add(id);
  }
  const axis = (m: typeof rows): AxisEntry[] =>
    [...m.values()]
      .map((e) => ({ ...e.axis, total: e.statements.size }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return {
    rows: axis(rows),
    columns: axis(columns),
    cells: cells.map((c) => ({ row: c.row.id, column: c.column.id, count: c.statements.length, statements: c.statements })),
    totalStatements: all.size,
  };
}

export const engagementByTopic: NonNullable<QueryResolvers['engagementByTopic']> = async (_p, args, ctx) =>
  toMatrix(await ctx.services.db.query<CellRow>(ORGANIZATION_BY_TOPIC, { documentId: args.documentId ?? null }));

export const engagementByMeeting: NonNullable<QueryResolvers['engagementByMeeting']> = async (_p, _args, ctx) =>
  toMatrix(await ctx.services.db.query<CellRow>(ORGANIZATION_BY_MEETING, { documentId: null }));

export const engagementByKindAndAgendaItem: NonNullable<QueryResolvers['engagementByKindAndAgendaItem']> = async (_p, args, ctx) =>
  toMatrix(
    await ctx.services.db.query<CellRow>(KIND_BY_AGENDA_ITEM, {
      documentId: args.documentId ?? null,
      includeUnattributed: args.includeUnattributed,
    }),
  );
