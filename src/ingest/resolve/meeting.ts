/**
 * The event a document records and its frame: the working group and session it follows,
 * its chairs, agenda items, panels, topics and panellists.
 */
import type { DocumentFacts, PersonFact } from '../extract/facts.js';
import { ids } from '../../graph/ids.js';
import type { GraphBuilder } from './graph-builder.js';
import type { OrganizationResolver } from './organizations.js';
import { provenance } from './evidence.js';
import { meetingIdentity, seriesOf } from './meeting-identity.js';
import { resolveActor } from './statements.js';
import type { Vocabularies } from '../extract/vocabulary.js';

export interface MeetingFrame {
  /** The node statements, panels and observations hang from: the meeting, or the document when none is recorded. */
  hubId: string;
  meetingId: string | null;
  personIds: Map<string, string>;
  panelIds: Map<number, string>;
  agendaIds: Map<string, string>;
}

export function addMeeting(g: GraphBuilder, facts: DocumentFacts, orgs: OrganizationResolver, vocab: Vocabularies): MeetingFrame {
  const docId = g.documentId;
  const m = facts.meeting;
  let meetingId: string | null = null;
  if (m) {
    const identity = meetingIdentity(m, docId);
    meetingId = identity.id;
    // The participation list as stated ("40 NGOs, 12 academic institutions…"), whatever kinds
    // the text lists, as "kind=count" strings: a property cannot hold pairs, and the graph
    // builder sorts list properties (deterministic output), so two parallel lists would lose their pairing.
    const participation = m.participation.map((p) => `${p.kind}=${p.count}`);
    // What this document states of the meeting. A meeting of its own document takes them whole;
    // a meeting several documents record keeps each document's statement on its RECORDS edge,
    // and load reconciles the meeting's values from the edges that remain (reconcileMeetings).
    const stated = { ordinal: m.ordinal, date: m.date, endDate: m.endDate, format: m.format, participation };
    g.addNode('Meeting', meetingId, {
      name: m.title,
      title: m.title,
      kind: m.kind,
      subject: m.subject,
      ...stated,
      ...(identity.shared ? {} : { documentId: docId }),
    });
    g.addRel('RECORDS', docId, meetingId, { ...provenance(docId, m), ...(identity.shared ? stated : {}) });
    const series = seriesOf(m);
    if (series) {
      g.addNode('Series', series.id, { name: series.name, kind: series.kind, subject: series.subject });
      g.addRel('IN_SERIES', meetingId, series.id, provenance(docId, m));
    }
    if (m.workingGroup) {
      const wgId = ids.workingGroup(m.workingGroup.name);
      g.addNode('WorkingGroup', wgId, { name: m.workingGroup.name });
      if (m.workingGroup.sessionOrdinal !== null) {
        const sessionId = ids.session(wgId, m.workingGroup.sessionOrdinal);
        g.addNode('Session', sessionId, {
          name: `${m.workingGroup.name}, session ${m.workingGroup.sessionOrdinal}`,
          ordinal: m.workingGroup.sessionOrdinal,
          dates: m.workingGroup.sessionDates,
        });
        g.addRel('FOLLOWS', meetingId, sessionId, provenance(docId, m));
        g.addRel('OF', sessionId, wgId, {});
      }
    }
  }
  const hubId = meetingId ?? docId;

  const personIds = new Map<string, string>();
  for (const p of facts.persons) personIds.set(p.key, addPerson(g, p, orgs, vocab));
  for (const p of facts.persons) {
    if (p.roles.some((r) => /chair|president/i.test(r)))
      g.addRel('CHAIRED_BY', hubId, personIds.get(p.key)!, { ...provenance(docId, p), role: p.roles.join(', ') });
  }

  const agendaIds = new Map<string, string>();
  for (const a of facts.agendaItems) {
    const id = ids.agendaItem(docId, a.number);
    agendaIds.set(a.number, id);
    g.addNode('AgendaItem', id, { name: `Agenda item ${a.number}: ${a.title}`, number: a.number, title: a.title, documentId: docId });
    g.addRel('HAS_AGENDA_ITEM', hubId, id, provenance(docId, a));
  }

  const topicIds = new Map<string, string>();
  for (const t of facts.topics) {
    const id = ids.topic(t.text);
    topicIds.set(t.key, id);
    g.addNode('Topic', id, { name: t.text, label: t.label, text: t.text, kind: t.kind });
    const owner = t.agendaItem ? agendaIds.get(t.agendaItem) : undefined;
    if (owner && t.kind !== 'panel-topic') g.addRel('HAS_TOPIC', owner, id, provenance(docId, t));
  }

  const panelIds = new Map<number, string>();
  for (const p of facts.panels) {
    const id = ids.panel(docId, p.ordinal);
    panelIds.set(p.ordinal, id);
    g.addNode('Panel', id, { name: `Panel ${p.ordinal}: ${p.title}`, ordinal: p.ordinal, title: p.title, documentId: docId });
    const owner = (p.agendaItem && agendaIds.get(p.agendaItem)) || hubId;
    g.addRel('HAS_PANEL', owner, id, provenance(docId, p));
    const topic = p.topicKey ? topicIds.get(p.topicKey) : undefined;
    if (topic) g.addRel('ON_TOPIC', id, topic, provenance(docId, p));
  }

  for (const pl of facts.panellists) {
    const personId = personIds.get(pl.personKey);
    const panelId = pl.panelOrdinal !== null ? panelIds.get(pl.panelOrdinal) : undefined;
    const represented = resolveActor(g, pl.organization, orgs, vocab);
    if (personId && panelId) g.addRel('SPOKE_ON', personId, panelId, { ...provenance(docId, pl), position: pl.position });
    if (personId && represented) g.addRel('REPRESENTS', personId, represented, provenance(docId, pl));
  }
  return { hubId, meetingId, personIds, panelIds, agendaIds };
}

function addPerson(g: GraphBuilder, p: PersonFact, orgs: OrganizationResolver, vocab: Vocabularies): string {
  const docId = g.documentId;
  // a delegate's affiliation is the State they speak for when no organization is named
  const affiliation = resolveActor(g, p.organization ?? (p.state ? { name: p.state, acronym: null } : null), orgs, vocab);
  const org = affiliation ? (orgs.resolved.get(affiliation) ?? null) : null;
  // Named people are shared across documents; anonymous panellists exist only in their document.
  const id = p.name ? ids.person(p.name) : ids.anonymousPerson(docId, p.key);
  const display =
    p.name ?? anonymousName(p, org?.acronym ?? org?.name ?? (affiliation ? String(g.node(affiliation)?.properties.name) : null));
  g.addNode('Person', id, {
    name: display,
    personName: p.name,
    honorific: p.honorific,
    pronoun: p.pronoun,
    roles: p.roles,
    position: p.position,
    anonymous: p.name === null,
    ...(p.name ? {} : { documentId: docId }),
    // only when this text gives it: a document that names the person without it must not erase it
    ...(p.gender
      ? {
          gender: p.gender.gender,
          genderSource: p.gender.source,
          genderDocumentId: docId,
          genderParagraph: p.gender.evidence.paragraph,
          genderQuote: p.gender.evidence.quote ?? null,
        }
      : {}),
  });
  if (affiliation) g.addRel('AFFILIATED_WITH', id, affiliation, { ...provenance(docId, p), position: p.position });
  return id;
}

/** "Panellist from MMC"; an unnamed floor speaker is told apart by where they spoke: "Speaker, para. 19". */
function anonymousName(p: PersonFact, org: string | null): string {
  const role = capitalise(p.roles[0] ?? 'speaker');
  if (org) return `${role} from ${org}`;
  const para = p.evidence[0]?.paragraph;
  return para ? `${role === 'Participant' ? 'Speaker' : role}, para. ${para}` : role;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
