/**
 * What each paragraph, statement and observation talks about: vocabulary terms, places,
 * instruments, projects and organizations. A statement mentions a term when one of the
 * term's occurrences falls inside the statement's own span; that is what lets the graph
 * say which speaker raised which driver of migration.
 */
import type { DocumentFacts, Evidence, FactBase, StatementFact } from '../extract/facts.js';
import type { Vocabularies, VocabularyTerm } from '../extract/vocabulary.js';
import type { NodeLabel } from '../../graph/model.js';
import { ids } from '../../graph/ids.js';
import type { GraphBuilder } from './graph-builder.js';
import type { OrganizationResolver } from './organizations.js';
import { insideStatement, round } from './evidence.js';
import { citedTextId } from './cited-texts.js';
import { findPlace } from './statements.js';

interface Target {
  id: string;
  fact: FactBase;
}

export function addMentions(
  g: GraphBuilder,
  facts: DocumentFacts,
  vocab: Vocabularies,
  orgs: OrganizationResolver,
  statementIds: Map<string, string>,
  observationIds: Map<string, string>,
): void {
  const targets: Target[] = [];
  const addTerms = (label: NodeLabel, vocabulary: VocabularyTerm[], found: DocumentFacts['concepts']) => {
    const byId = new Map(vocabulary.map((t) => [t.id, t]));
    for (const f of found) {
      const t = byId.get(f.term);
      if (!t) continue;
      g.addNode(label, t.id, { name: t.prefLabel, prefLabel: t.prefLabel, altLabels: t.altLabels, category: t.category });
      targets.push({ id: t.id, fact: f });
    }
  };
  addTerms('Concept', vocab.concepts, facts.concepts);
  addTerms('DriverOfMigration', vocab.drivers, facts.drivers);

  for (const f of facts.places) {
    const name = findPlace(f.term, vocab) ?? f.term;
    const entry = vocab.places.find((p) => p.name === name);
    g.addNode('Place', ids.place(name), { name, kind: entry?.kind ?? 'country' });
    targets.push({ id: ids.place(name), fact: f });
  }
  for (const f of facts.instruments) {
    const id = ids.instrument(f.symbol ?? f.name);
    g.addNode('Instrument', id, { name: f.name, symbol: f.symbol, kind: f.kind, year: f.year });
    targets.push({ id, fact: f });
  }
  for (const f of facts.projects) {
    const id = ids.project(f.acronym ?? f.name);
    g.addNode('Project', id, { name: f.name, acronym: f.acronym });
    targets.push({ id, fact: f });
  }
  for (const f of facts.organizations) {
    const org = orgs.resolve(f);
    if (org) targets.push({ id: org.id, fact: f });
  }

  for (const t of targets) {
    for (const e of t.fact.evidence) {
      const props = {
        documentId: g.documentId,
        paragraphs: [e.paragraph],
        surface: e.quote ?? null,
        start: e.start ?? null,
        end: e.end ?? null,
        method: t.fact.method,
        confidence: round(t.fact.confidence),
      };
      // Endnotes are cited as "fn<number>" (the UPR stakeholder lists live there).
      const from = citedTextId(g.documentId, e.paragraph);
      g.addRel('MENTIONS', from, t.id, props);
      for (const s of statementsAround(facts.statements, e)) g.addRel('MENTIONS', statementIds.get(s.key)!, t.id, props);
      const obs = observationIds.get(e.paragraph);
      if (obs) g.addRel('MENTIONS', obs, t.id, props);
    }
  }
}

/** Statements whose span holds this occurrence; without offsets, every statement of the paragraph. */
function statementsAround(statements: StatementFact[], e: Evidence): StatementFact[] {
  return statements.filter((s) => s.paragraph === e.paragraph && insideStatement(e, s, true));
}
