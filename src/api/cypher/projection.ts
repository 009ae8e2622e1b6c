/**
 * How the custom queries shape what they return, as Cypher expressions: a node, an edge with
 * its evidence, a citation, a statement summary. One definition each, used by every custom
 * query, so the viewer and the tables always get the same shapes.
 */
import { FOOTNOTE_PREFIX } from '../../ingest/extract/citable-texts.js';

/**
 * A cited text `p` (a Paragraph: numbered, annex block or title line; or a Footnote) as a
 * Citation; `quote` is an expression (or `null`), `start`/`end` the quote's offsets in the
 * text (EVIDENCED_BY records them), or `null`. `paragraph` is the evidence key ("22", "fn1",
 * "annex-3", "title-0") and `place` says which kind of place it is.
 */
export function citation(p: string, quote = 'null', start = 'null', end = 'null'): string {
  return `{ documentId: ${p}.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: ${p}.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN ${p}:Footnote THEN '${FOOTNOTE_PREFIX}' + ${p}.number ELSE ${p}.number END,
    place: ${citedPlace(p)},
    paragraphId: ${p}.id, text: ${p}.text, citation: coalesce(${p}.citation, ${p}.name), quote: ${quote},
    start: ${start}, end: ${end} }`;
}

/** The CitationPlace of a cited text `p`: the Paragraph's `kind` (null for a numbered one) or NOTE. */
export function citedPlace(p: string): string {
  return `CASE WHEN ${p}:Footnote THEN 'NOTE' WHEN ${p}.kind = 'annex' THEN 'ANNEX' WHEN ${p}.kind = 'unnumbered' THEN 'TEXT' WHEN ${p}.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END`;
}

/**
 * The node an evidence key of a document names, as an expression (null when none): a note
 * key ("fn1") is the Footnote `<documentId>/fn:1`, any other key (a paragraph number,
 * "annex-3", "title-0") the Paragraph `<documentId>/para:<key>` (src/ingest/resolve/cited-texts.ts).
 * Each is one unique-index seek; the label decides which, so "fn1" is never read as a number.
 */
export function citedText(documentId: string, key: string): string {
  return `CASE WHEN ${key} STARTS WITH '${FOOTNOTE_PREFIX}'
    THEN COLLECT { MATCH (citedNote:Footnote {id: ${documentId} + '/fn:' + substring(${key}, ${FOOTNOTE_PREFIX.length})}) RETURN citedNote }[0]
    ELSE COLLECT { MATCH (citedPara:Paragraph {id: ${documentId} + '/para:' + ${key}}) RETURN citedPara }[0] END`;
}

/** A node as a GraphNode: id, its (single) label, name and every stored property. */
export function graphNode(n: string): string {
  return `{ id: ${n}.id, label: head(labels(${n})), name: coalesce(${n}.name, ${n}.id), properties: properties(${n}) }`;
}

/**
 * The texts a relationship `r` was read from (its `documentId` + `paragraphs` evidence keys,
 * or the list `numbers` names, in its order), as Citations. Their ids are deterministic, so each is one unique-index seek.
 */
export function relationshipEvidence(r: string, numbers = `coalesce(${r}.paragraphs, [])`): string {
  return `COLLECT {
      UNWIND ${numbers} AS evidenceNumber
      WITH ${citedText(`${r}.documentId`, 'evidenceNumber')} AS ep WHERE ep IS NOT NULL
      RETURN ${citation('ep', `coalesce(${r}.quote, ${r}.surface)`)}
    }`;
}

/** A relationship as a GraphEdge, with an id that stays the same across re-ingestion. */
export function graphEdge(r: string): string {
  return `{ id: type(${r}) + ':' + startNode(${r}).id + '->' + endNode(${r}).id + '@' + coalesce(${r}.documentId, ''),
    type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
    properties: properties(${r}), evidence: ${relationshipEvidence(r)} }`;
}

/** A statement `s` as a StatementSummary: who spoke (by name) and the first paragraph it was read from. */
export function statementSummary(s: string): string {
  return `{ id: ${s}.id, name: ${s}.name, text: ${s}.text, speakerKind: ${s}.speakerKind, quantifier: ${s}.quantifier,
    speakers: COLLECT { MATCH (${s})-[:MADE_BY]->(speaker) RETURN speaker.name ORDER BY speaker.name },
    citation: COLLECT {
      MATCH (${s})-[se:EVIDENCED_BY]->(sp:Paragraph|Footnote)
      RETURN ${citation('sp', 'se.quote', 'se.start', 'se.end')} ORDER BY sp.order LIMIT 1
    }[0] }`;
}
