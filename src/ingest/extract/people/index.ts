/**
 * People of a document (named persons with position, affiliation and roles) and the roles
 * panels give them. States come from the shared gazetteer, so "(Egypt)" or "… of Kenya" is a
 * State and never an organization.
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { OrgRef, PersonFact } from '../facts.js';
import type { Vocabularies } from '../vocabulary.js';
import { stateGazetteer } from '../text-states.js';
import type { PanelFact, PanellistFact, StatementFact, AgendaItemFact } from '../facts.js';
import { extractRosters } from '../panels/rosters.js';
import { extractPeople, type PeopleRead } from './extract-people.js';
import { extractNamedSpeakers } from './speakers.js';
import { mergeStatements } from './statement-merge.js';

export type { PeopleRead } from './extract-people.js';

export function readPeople(doc: ParsedDocument, vocab: Vocabularies, chairs: PersonFact[]): PeopleRead {
  const states = stateGazetteer(doc, vocab);
  // the same surface is asked about many times (every capitalised run): remember the answers
  const seen = new Map<string, string | null>();
  const lookup = (s: string): string | null => {
    let hit = seen.get(s);
    if (hit === undefined) seen.set(s, (hit = states.lookup(s)));
    return hit;
  };
  return extractPeople(doc, lookup, chairs);
}

/** The persons with the roles panels gave them (panellist, moderator) added. */
export function withRoles(
  persons: PersonFact[],
  roles: ReadonlyMap<string, string[]>,
  affiliations: ReadonlyMap<string, OrgRef> = new Map(),
): PersonFact[] {
  return persons.map((person) => {
    const org = affiliations.get(person.key);
    const p = org && !person.organization ? { ...person, organization: org } : person;
    const add = roles.get(p.key);
    if (!add) return p;
    const merged = [...p.roles];
    for (const r of add) if (!merged.includes(r)) merged.push(r);
    // a panellist is on the panel, not chairing it: a title such as "Chair of the Committee …" is a position
    return { ...p, roles: add.includes('panellist') ? merged.filter((r) => !/^(?:chair|co-chair|president)$/i.test(r)) : merged };
  });
}

/**
 * The statements with the speakers read here added: every entry of a captioned speakers' list,
 * and every named person who speaks. `statements` are the general reader's.
 */
export function readSpeakers(
  doc: ParsedDocument,
  vocab: Vocabularies,
  ctx: {
    people: PeopleRead;
    persons: PersonFact[];
    panels: { panels: PanelFact[]; panellists: PanellistFact[] };
    agendaItems: AgendaItemFact[];
    statements: StatementFact[];
  },
): StatementFact[] {
  const states = stateGazetteer(doc, vocab);
  const rosters = extractRosters(doc, (s) => states.lookup(s), ctx.agendaItems, ctx.panels.panels);
  const named = extractNamedSpeakers(doc, ctx.people, ctx.panels, ctx.agendaItems, ctx.persons);
  const order = new Map(doc.paragraphs.map((p) => [p.number, p.order] as const));
  return mergeStatements(ctx.statements, rosters, named, order);
}
