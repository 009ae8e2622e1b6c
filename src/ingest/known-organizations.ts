/**
 * Organizations already in the graph, read once per run, so a document that only says
 * "MMC" joins the node an earlier document introduced as "Mixed Migration Centre (MMC)".
 */
import type { Database } from '../db/connection.js';
import type { DocumentGraph } from '../graph/model.js';
import { nameKey } from '../graph/ids.js';
import { emptyOrganizationIndex, type KnownOrganizationIndex } from './resolve/organizations.js';
import { parentSplits } from './extract/organizations/parent-qualified.js';

export async function readKnownOrganizations(db: Database): Promise<KnownOrganizationIndex> {
  const rows = await db.query<{ id: string; name: string; acronym: string | null; aliases: string[] | null }>(
    'MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.aliases AS aliases',
  );
  const index = emptyOrganizationIndex();
  for (const r of rows) add(index, r.id, r.name, r.acronym, r.aliases ?? []);
  return index;
}

export function rememberOrganizations(index: KnownOrganizationIndex, graph: DocumentGraph): void {
  for (const n of graph.nodes) {
    if (n.label !== 'Organization') continue;
    const p = n.properties;
    add(index, n.id, String(p.name), (p.acronym as string | null) ?? null, (p.aliases as string[] | undefined) ?? []);
  }
}

function add(index: KnownOrganizationIndex, id: string, name: string, acronym: string | null, aliases: string[]): void {
  const entry = { id, name };
  if (!index.byName.has(nameKey(name))) index.byName.set(nameKey(name), entry);
  for (const a of aliases) if (!index.byName.has(nameKey(a))) index.byName.set(nameKey(a), entry);
  // "X of the P" is also found as "X" when P proves an organization (checked by the resolver).
  for (const n of [name, ...aliases]) {
    for (const s of parentSplits(n))
      if (!index.byBody.has(nameKey(s.body))) index.byBody.set(nameKey(s.body), { ...entry, parent: s.parent });
  }
  // An acronym shared by two organizations is ambiguous: keep the first rather than guess.
  if (acronym && !index.byAcronym.has(acronym.toLowerCase())) index.byAcronym.set(acronym.toLowerCase(), entry);
}
