/**
 * How the custom queries shape what they return, as Cypher expressions: a node, an edge with
 * its evidence, a citation, a statement summary. One definition each, used by every custom
 * query, so the viewer and the tables always get the same shapes.
 */

/**
 * A paragraph `p` as a Citation; `quote` is an expression (or `null`), `start`/`end` the
 * quote's offsets in the paragraph's text (EVIDENCED_BY records them), or `null`.
 */
export function citation(p: string, quote = 'null', start = 'null', end = 'null'): string {
  return `{ documentId: ${p}.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: ${p}.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: ${p}.number, paragraphId: ${p}.id, text: ${p}.text, citation: ${p}.citation, quote: ${quote},
    start: ${start}, end: ${end} }`;
}

/** A node as a GraphNode: id, its (single) label, name and every stored property. */
export function graphNode(n: string): string {
  return `{ id: ${n}.id, label: head(labels(${n})), name: coalesce(${n}.name, ${n}.id), properties: properties(${n}) }`;
}

/**
 * The Paragraph nodes a relationship `r` was read from (its `documentId` + `paragraphs`), as
 * Citations. Paragraph ids are deterministic (`<documentId>/para:<number>`), so each is one
 * unique-index seek.
 */
export function relationshipEvidence(r: string): string {
  return `COLLECT {
      UNWIND coalesce(${r}.paragraphs, []) AS evidenceNumber
      MATCH (ep:Paragraph {id: ${r}.documentId + '/para:' + evidenceNumber})
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
      MATCH (${s})-[se:EVIDENCED_BY]->(sp:Paragraph)
      RETURN ${citation('sp', 'se.quote', 'se.start', 'se.end')} ORDER BY sp.order LIMIT 1
    }[0] }`;
}
