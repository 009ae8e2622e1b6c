/**
 * Derived engagement edges for the secretariat's maps: an organization (or a State)
 * PARTICIPATED_IN the meeting when it spoke, had a panellist, or chaired, derived from
 * statements and roles already in the builder, with the count of statements behind it; and
 * when the document's list of contributors names it (role "submitter"): a stakeholder whose
 * submission a summary lists took part even when no paragraph cites it.
 */
import type { GraphBuilder } from './graph-builder.js';
import type { GraphRelationship } from '../../graph/model.js';

/** An organization a list of contributors names, and the note ("fn1") or paragraph that lists it. */
export interface Contributor {
  id: string;
  paragraph: string;
}

export function addParticipation(g: GraphBuilder, hubId: string, rels: () => GraphRelationship[], contributors: Contributor[] = []): void {
  const all = rels();
  const representsOf = new Map<string, string[]>();
  for (const r of all) {
    if (r.type === 'REPRESENTS' || r.type === 'AFFILIATED_WITH') representsOf.set(r.start, [...(representsOf.get(r.start) ?? []), r.end]);
  }
  const roles = new Map<
    string,
    { roles: Set<string>; statements: Set<string>; paragraphs: Set<string>; firstByRole: Map<string, string> }
  >();
  const note = (target: string, role: string, statement: string | null, paragraphs: string[]) => {
    const entry = roles.get(target) ?? { roles: new Set(), statements: new Set(), paragraphs: new Set(), firstByRole: new Map() };
    entry.roles.add(role);
    if (paragraphs[0] !== undefined && !entry.firstByRole.has(role)) entry.firstByRole.set(role, paragraphs[0]);
    if (statement) entry.statements.add(statement);
    for (const p of paragraphs) entry.paragraphs.add(p);
    roles.set(target, entry);
  };
  for (const r of all) {
    const paragraphs = (r.properties.paragraphs as string[] | undefined) ?? [];
    if (r.type === 'MADE_BY') {
      const node = g.node(r.end);
      if (node?.label === 'Organization' || node?.label === 'Place') note(r.end, 'speaker', r.start, paragraphs);
      for (const org of representsOf.get(r.end) ?? []) note(org, 'panellist', r.start, paragraphs);
    } else if (r.type === 'SPOKE_ON') {
      for (const org of representsOf.get(r.start) ?? []) note(org, 'panellist', null, paragraphs);
    } else if (r.type === 'CHAIRED_BY') {
      for (const org of representsOf.get(r.end) ?? []) note(org, 'chair', null, paragraphs);
    }
  }
  for (const c of contributors) note(c.id, 'submitter', null, [c.paragraph]);
  for (const [target, e] of roles) {
    // Stored sorted (graph-builder sorts list properties); roleEvidence[i] is the first
    // paragraph or note that says roles[i], so whoever cites only a few (a timeline row)
    // can show why each role holds: a contributor listed in note 1 that also spoke in ten
    // paragraphs is still shown as listed.
    const sortedRoles = [...e.roles].sort();
    g.addRel('PARTICIPATED_IN', target, hubId, {
      documentId: g.documentId,
      roles: sortedRoles,
      roleEvidence: sortedRoles.map((role) => e.firstByRole.get(role) ?? ''),
      statements: e.statements.size,
      paragraphs: [...e.paragraphs],
      method: 'rule',
      confidence: 1,
    });
  }
}
