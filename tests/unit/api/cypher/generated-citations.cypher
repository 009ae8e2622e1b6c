CYPHER 5
MATCH (this:Statement)
WITH *

LIMIT $param0
CALL (this) {
  CALL (this) {
    WITH this AS this
      MATCH (this)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote)
      WITH e, p ORDER BY p.order
      RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: e.quote,
    start: null, end: null } AS citation
  }
  WITH citation AS this0
  RETURN collect(this0) AS var1
}
RETURN this { citations: var1 } AS this
CYPHER 5
MATCH (this:Organization)
WITH *

LIMIT $param0
CALL (this) {
  CALL (this) {
    WITH this AS this
      MATCH (this)-[r]-() WHERE r.documentId IS NOT NULL AND r.paragraphs IS NOT NULL
      UNWIND r.paragraphs AS number
      WITH DISTINCT r.documentId AS documentId, number
      WITH CASE WHEN number STARTS WITH 'fn'
    THEN COLLECT { MATCH (citedNote:Footnote {id: documentId + '/fn:' + substring(number, 2)}) RETURN citedNote }[0]
    ELSE COLLECT { MATCH (citedPara:Paragraph {id: documentId + '/para:' + number}) RETURN citedPara }[0] END AS p WHERE p IS NOT NULL
      WITH p ORDER BY p.documentId, p.order LIMIT coalesce($param1, 20)
      RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: null,
    start: null, end: null } AS citation
  }
  WITH citation AS this0
  RETURN collect(this0) AS var1
}
RETURN this { citations: var1 } AS this