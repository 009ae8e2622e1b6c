
MATCH (d:DriverOfMigration)
CALL {
  WITH d
  OPTIONAL MATCH (d)<-[:MENTIONS]-(s:Statement) WHERE $documentId IS NULL OR s.documentId = $documentId
  WITH DISTINCT s ORDER BY s.documentId, toFloat(s.paragraphNumber), s.id
  RETURN collect(s) AS statements
}
CALL {
  WITH d
  OPTIONAL MATCH (d)<-[m:MENTIONS]-(p:Paragraph) WHERE $documentId IS NULL OR p.documentId = $documentId
  WITH p, m ORDER BY p.documentId, p.order
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: m.surface,
    start: null, end: null } END) AS citations
}
WITH d, statements, citations WHERE size(statements) > 0 OR size(citations) > 0
CALL {
  WITH statements
  UNWIND statements AS s
  OPTIONAL MATCH (s)-[:MADE_BY]->(speaker)
  RETURN count(DISTINCT coalesce(speaker.id, s.id)) AS speakers
}
RETURN { id: d.id, label: head(labels(d)), name: coalesce(d.name, d.id), properties: properties(d) } AS driver, speakers, size(statements) AS statementCount, size(citations) AS paragraphs,
  [s IN statements | { id: s.id, name: s.name, text: s.text, speakerKind: s.speakerKind, quantifier: s.quantifier,
    speakers: COLLECT { MATCH (s)-[:MADE_BY]->(speaker) RETURN speaker.name ORDER BY speaker.name },
    citation: COLLECT {
      MATCH (s)-[se:EVIDENCED_BY]->(sp:Paragraph|Footnote)
      RETURN { documentId: sp.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: sp.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN sp:Footnote THEN 'fn' + sp.number ELSE sp.number END,
    place: CASE WHEN sp:Footnote THEN 'NOTE' WHEN sp.kind = 'annex' THEN 'ANNEX' WHEN sp.kind = 'unnumbered' THEN 'TEXT' WHEN sp.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: sp.id, text: sp.text, citation: coalesce(sp.citation, sp.name), quote: se.quote,
    start: se.start, end: se.end } ORDER BY sp.order LIMIT 1
    }[0] }] AS raisedIn, citations
ORDER BY speakers DESC, statementCount DESC, paragraphs DESC, d.name