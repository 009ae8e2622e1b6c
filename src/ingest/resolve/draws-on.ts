/**
 * Traceability: which stakeholder statements a Co-Chairs' observation echoes. The score
 * mixes two signals so that neither alone decides: shared vocabulary terms (concepts and
 * drivers, precise but sparse) and TF-IDF cosine over stemmed content words (catches
 * "financial transactions" / "high-level smugglers" that no vocabulary lists). Only inputs
 * from stakeholders count (panellists, participants, organizations, States), not the chair
 * or the secretariat.
 */
import type { DocumentFacts, MentionFact, StatementFact } from '../extract/facts.js';
import type { Vocabularies } from '../extract/vocabulary.js';
import type { GraphBuilder } from './graph-builder.js';
import { insideStatement, round } from './evidence.js';
import { cosineSimilarity, inverseDocumentFrequency, tfidf, tokens as contentStems, topSharedWords } from '../../text/tfidf.js';

/** Speakers whose statements count as stakeholder inputs (the API's "untaken inputs" uses the same list). */
export const STAKEHOLDER_SPEAKER_KINDS = ['panellist', 'participant', 'organization', 'state'] as const;
const STAKEHOLDER_KINDS = new Set<string>(STAKEHOLDER_SPEAKER_KINDS);
/** Words every observation and statement in this field uses; they carry no signal. */
const DOMAIN_STOP = new Set([
  'state',
  'parti',
  'migrant',
  'smuggl',
  'should',
  'also',
  'note',
  'speaker',
  'panellist',
  'stress',
  'underlin',
  'highlight',
]);

export const DRAWS_ON_MIN_SCORE = 0.2;
export const DRAWS_ON_MAX_PER_OBSERVATION = 6;

export function addDrawsOn(
  g: GraphBuilder,
  facts: DocumentFacts,
  vocab: Vocabularies,
  statementIds: Map<string, string>,
  observationIds: Map<string, string>,
): void {
  const inputs = facts.statements.filter((s) => STAKEHOLDER_KINDS.has(s.speaker.kind));
  if (inputs.length === 0 || facts.observations.length === 0) return;
  const labels = new Map([...vocab.concepts, ...vocab.drivers].map((t) => [t.id, t.prefLabel]));
  const termsOfStatement = new Map(inputs.map((s) => [s.key, termsInside([...facts.concepts, ...facts.drivers], s)]));

  const surfaces = new Map<string, string>();
  const docs = [...inputs.map((s) => s.text), ...facts.observations.map((o) => o.text)].map((t) => tokens(t, surfaces));
  const idf = inverseDocumentFrequency(docs);
  const inputVectors = inputs.map((_, i) => tfidf(docs[i]!, idf));

  // A term every statement shares ("smuggling of migrants") says nothing about this link:
  // weight each shared term by how rare it is among the texts compared.
  const termDf = new Map<string, number>();
  for (const terms of termsOfStatement.values()) for (const t of terms) termDf.set(t, (termDf.get(t) ?? 0) + 1);
  const termWeight = (t: string) => Math.log((inputs.length + 1) / ((termDf.get(t) ?? 0) + 1)) / Math.log(inputs.length + 1);

  facts.observations.forEach((o, oi) => {
    const obsVector = tfidf(docs[inputs.length + oi]!, idf);
    const obsTerms = new Set(
      [...facts.concepts, ...facts.drivers].filter((m) => m.evidence.some((e) => e.paragraph === o.number)).map((m) => m.term),
    );
    const scored = inputs.map((s, si) => {
      const sharedTerms = [...termsOfStatement.get(s.key)!].filter((t) => obsTerms.has(t));
      const cosine = cosineSimilarity(obsVector, inputVectors[si]!);
      const termScore = Math.min(
        1,
        sharedTerms.reduce((sum, t) => sum + termWeight(t), 0),
      );
      const score = 0.5 * termScore + 0.5 * Math.min(1, cosine * 2);
      const sharedWords = topSharedWords(obsVector, inputVectors[si]!, 4).map((w) => surfaces.get(w) ?? w);
      const termLabels = sharedTerms.map((t) => labels.get(t) ?? t);
      // Words already inside a shared term's label ("liability" in "non-liability principle") add nothing.
      const extraWords = sharedWords.filter((w) => !termLabels.some((l) => l.toLowerCase().includes(w)));
      return { s, score, shared: [...new Set([...termLabels, ...extraWords])] };
    });
    scored
      .filter((x) => x.score >= DRAWS_ON_MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.s.key.localeCompare(b.s.key))
      .slice(0, DRAWS_ON_MAX_PER_OBSERVATION)
      .forEach((x) =>
        g.addRel('DRAWS_ON', observationIds.get(o.number)!, statementIds.get(x.s.key)!, {
          documentId: g.documentId,
          paragraphs: [o.number, x.s.paragraph],
          score: round(x.score),
          shared: x.shared,
          method: 'rule',
          confidence: round(x.score),
        }),
      );
  });
}

function termsInside(mentions: MentionFact[], s: StatementFact): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.evidence.some((e) => e.paragraph === s.paragraph && insideStatement(e, s, true))) out.add(m.term);
  return out;
}

/** Stemmed content words without this field's everyday words; `surfaces` remembers a readable word for each stem. */
export function tokens(text: string, surfaces?: Map<string, string>): string[] {
  return contentStems(text, DOMAIN_STOP, surfaces);
}
