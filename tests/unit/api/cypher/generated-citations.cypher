CYPHER 5
MATCH (this:Statement)
WITH *

LIMIT $param0
CALL (this) {
  CALL (this) {
    WITH this AS this
      MATCH (this)-[e:EVIDENCED_BY]->(p:Paragraph)
      WITH e, p ORDER BY p.order
      RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: p.number, paragraphId: p.id, text: p.text, citation: p.citation, quote: e.quote,
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
      MATCH (p:Paragraph {id: documentId + '/para:' + number})
      WITH p ORDER BY p.documentId, p.order LIMIT coalesce($param1, 20)
      RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: p.number, paragraphId: p.id, text: p.text, citation: p.citation, quote: null,
    start: null, end: null } AS citation
  }
  WITH citation AS this0
  RETURN collect(this0) AS var1
}
RETURN this { citations: var1 } AS this