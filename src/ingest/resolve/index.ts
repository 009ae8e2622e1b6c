/**
 * resolve: facts → one document's graph with stable ids. Runs the steps in the order their
 * inputs need (structure first, derived edges last) and hands load a DocumentGraph.
 */
import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { DocumentFacts } from '../extract/facts.js';
import type { Vocabularies } from '../extract/vocabulary.js';
import type { DocumentGraph } from '../../graph/model.js';
import { GraphBuilder } from './graph-builder.js';
import { OrganizationResolver, type KnownOrganizationIndex } from './organizations.js';
import { addStructure } from './structure.js';
import { documentIdOf } from './document-identity.js';
import { addMeeting } from './meeting.js';
import { addObservations, addStatements, addStatistics } from './statements.js';
import { addMentions } from './mentions.js';
import { addDrawsOn } from './draws-on.js';
import { addParticipation } from './participation.js';

/** Bump when a change to extract or resolve should make re-ingestion rewrite existing documents. */
export const PIPELINE_VERSION = '3';

export interface ResolveInput {
  parsed: ParsedDocument;
  facts: DocumentFacts;
  vocab: Vocabularies;
  /** Hash of the vocabularies and curation applied, so a change to them re-ingests. */
  inputsHash: string;
  known?: KnownOrganizationIndex;
}

export { documentIdOf } from './document-identity.js';

export function resolveDocument({ parsed, facts, vocab, inputsHash, known }: ResolveInput): DocumentGraph {
  const g = new GraphBuilder(documentIdOf(parsed));
  const orgs = new OrganizationResolver(vocab, known);
  orgs.registerAll(facts.organizations);

  addStructure(g, parsed, facts);
  const frame = addMeeting(g, facts, orgs, vocab);
  const statementIds = addStatements(g, facts, frame, orgs, vocab);
  addStatistics(g, facts, statementIds, orgs, vocab);
  const observationIds = addObservations(g, facts, frame, orgs, vocab);
  addMentions(g, facts, vocab, orgs, statementIds, observationIds);
  addDrawsOn(g, facts, vocab, statementIds, observationIds);

  for (const org of orgs.resolved.values()) {
    g.addNode('Organization', org.id, {
      name: org.name,
      acronym: org.acronym,
      aliases: org.aliases,
      kind: org.kind,
      location: org.location,
    });
  }
  const contributors = facts.organizations.flatMap((f) => {
    const org = f.contribution ? orgs.resolve(f) : null;
    return org && f.contribution ? [{ id: org.id, paragraph: f.contribution.paragraph }] : [];
  });
  addParticipation(g, frame.hubId, () => g.relationships(), contributors);

  const ingestHash = createHash('sha256').update(`${PIPELINE_VERSION}|${parsed.checksum}|${inputsHash}`).digest('hex');
  return g.build(ingestHash);
}
