/**
 * Who said what: statements with their speakers, the figures they reported, the Co-Chairs'
 * observations and whom they address. Each points back to its paragraph (EVIDENCED_BY with
 * the span and quote).
 */
import { placeByName, vocabularyOrganizationByNameOrAcronym } from './vocabulary-index.js';
import type { DocumentFacts, Evidence, OrgRef, StatementFact } from '../extract/facts.js';
import type { Vocabularies } from '../extract/vocabulary.js';
import { ids } from '../../graph/ids.js';
import type { GraphBuilder } from './graph-builder.js';
import type { OrganizationResolver } from './organizations.js';
import type { MeetingFrame } from './meeting.js';
import { insideStatement, provenance } from './evidence.js';
import { citedTextId } from './cited-texts.js';

export function addStatements(
  g: GraphBuilder,
  facts: DocumentFacts,
  frame: MeetingFrame,
  orgs: OrganizationResolver,
  vocab: Vocabularies,
): Map<string, string> {
  const docId = g.documentId;
  const statementIds = new Map<string, string>();
  for (const s of facts.statements) {
    const id = ids.statement(docId, s.key);
    statementIds.set(s.key, id);
    g.addNode('Statement', id, {
      name: `${s.speaker.surface}, para. ${s.paragraph}`,
      paragraphNumber: s.paragraph,
      speakerKind: s.speaker.kind,
      quantifier: s.speaker.quantifier,
      speakerSurface: s.speaker.surface,
      text: s.text,
      method: s.method,
      confidence: s.confidence,
      documentId: docId,
    });
    addEvidence(g, id, s.evidence, s);
    for (const target of speakerTargets(g, s, frame, orgs, vocab)) g.addRel('MADE_BY', id, target, provenance(docId, s));
    const context =
      (s.panelOrdinal !== null ? frame.panelIds.get(s.panelOrdinal) : undefined) ??
      (s.agendaItem !== null ? frame.agendaIds.get(s.agendaItem) : undefined);
    if (context) g.addRel('IN', id, context, provenance(docId, s));
  }
  return statementIds;
}

/** Panellists speak as themselves (their organization hangs off the person); others as organizations or States. */
function speakerTargets(g: GraphBuilder, s: StatementFact, frame: MeetingFrame, orgs: OrganizationResolver, vocab: Vocabularies): string[] {
  const sp = s.speaker;
  if (sp.personKey && frame.personIds.has(sp.personKey)) return [frame.personIds.get(sp.personKey)!];
  if (sp.kind === 'chair') {
    return [...frame.personIds.entries()].filter(([key]) => key.startsWith('chair')).map(([, id]) => id);
  }
  const actor = resolveActor(g, sp.organization, orgs, vocab);
  return actor ? [actor] : [];
}

/**
 * A speaker, employer or source named in the text is a State when the vocabulary knows the
 * name as a country ("the delegation … for Slovenia"), otherwise an organization.
 */
export function resolveActor(g: GraphBuilder, ref: OrgRef | null, orgs: OrganizationResolver, vocab: Vocabularies): string | null {
  if (ref?.name && !ref.acronym) {
    const place = findPlace(ref.name, vocab);
    if (place) {
      g.addNode('Place', ids.place(place), { name: place, kind: 'country' });
      return ids.place(place);
    }
  }
  return orgs.resolve(ref)?.id ?? null;
}

export function findPlace(name: string, vocab: Vocabularies): string | null {
  return placeByName(vocab, name)?.name ?? null;
}

export function addEvidence(g: GraphBuilder, from: string, evidence: Evidence[], fact: { method: string; confidence: number }): void {
  for (const e of evidence) {
    g.addRel('EVIDENCED_BY', from, citedTextId(g.documentId, e.paragraph), {
      documentId: g.documentId,
      paragraphs: [e.paragraph],
      start: e.start ?? null,
      end: e.end ?? null,
      quote: e.quote ?? null,
      method: fact.method,
      confidence: fact.confidence,
    });
  }
}

export function addStatistics(
  g: GraphBuilder,
  facts: DocumentFacts,
  statementIds: Map<string, string>,
  orgs: OrganizationResolver,
  vocab: Vocabularies,
): void {
  const docId = g.documentId;
  for (const st of facts.statistics) {
    const id = ids.statistic(docId, st.key);
    g.addNode('Statistic', id, {
      name: `${st.value}${st.unit === '%' ? '%' : ` ${st.unit}`}: ${st.description}`.slice(0, 200),
      value: st.value,
      unit: st.unit,
      description: st.description,
      population: st.population,
      documentId: docId,
    });
    addEvidence(g, id, st.evidence, st);
    const source = resolveActor(g, st.reportedBy, orgs, vocab);
    if (source) g.addRel('REPORTED_BY', id, source, provenance(docId, st));
    const ev = st.evidence[0];
    const speaker = ev ? statementContaining(facts.statements, ev) : undefined;
    if (speaker) g.addRel('REPORTS', statementIds.get(speaker.key)!, id, provenance(docId, st));
  }
}

/** The statement whose span holds the evidence (or, without spans, the only one in that paragraph). */
export function statementContaining(statements: StatementFact[], ev: Evidence): StatementFact | undefined {
  const inPara = statements.filter((s) => s.paragraph === ev.paragraph);
  return inPara.find((s) => insideStatement(ev, s, false)) ?? (inPara.length === 1 ? inPara[0] : undefined);
}

export function addObservations(
  g: GraphBuilder,
  facts: DocumentFacts,
  frame: MeetingFrame,
  orgs: OrganizationResolver,
  vocab: Vocabularies,
): Map<string, string> {
  const docId = g.documentId;
  const observationIds = new Map<string, string>();
  for (const o of facts.observations) {
    const id = ids.observation(docId, o.number);
    observationIds.set(o.number, id);
    g.addNode('Observation', id, {
      name: `Observation, para. ${o.number}`,
      number: o.number,
      text: o.text,
      action: o.action,
      addressees: o.addressees,
      recommendedBy: o.recommendedBy,
      method: o.method,
      confidence: o.confidence,
      documentId: docId,
    });
    addEvidence(g, id, o.evidence, o);
    g.addRel('PRODUCED', frame.hubId, id, provenance(docId, o));
    for (const a of o.addressees) g.addRel('ADDRESSED_TO', id, addresseeNode(g, a, orgs, vocab), provenance(docId, o));
    for (const state of o.recommendedBy) {
      const place = findPlace(state, vocab) ?? state;
      g.addNode('Place', ids.place(place), { name: place, kind: 'country' });
      g.addRel('RECOMMENDED_BY', id, ids.place(place), provenance(docId, o));
    }
  }
  return observationIds;
}

/** An addressee is a State, a known organization, or a group such as "States parties". */
function addresseeNode(g: GraphBuilder, name: string, orgs: OrganizationResolver, vocab: Vocabularies): string {
  const place = findPlace(name, vocab);
  if (place) {
    g.addNode('Place', ids.place(place), { name: place, kind: 'country' });
    return ids.place(place);
  }
  const known = vocabularyOrganizationByNameOrAcronym(vocab, name);
  if (known) {
    const org = orgs.resolve({ name: known.name, acronym: known.acronym });
    if (org) return org.id;
  }
  const id = ids.group(name);
  g.addNode('StakeholderGroup', id, { name: name.charAt(0).toUpperCase() + name.slice(1) });
  return id;
}
