
CALL {
  CALL db.index.fulltext.queryNodes('paragraph_text', $query, {limit: $fetch}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $fetch}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('node_names', $query, {limit: $fetch}) YIELD node, score RETURN node, score
}
WITH node, score WHERE $types IS NULL OR head(labels(node)) IN $types
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $first
RETURN { id: node.id, label: head(labels(node)), name: coalesce(node.name, node.id), properties: properties(node) } AS node, score,
  CASE WHEN node:Paragraph THEN { documentId: node.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: node.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: node.number, paragraphId: node.id, text: node.text, citation: node.citation, quote: null,
    start: null, end: null }
       ELSE COLLECT {
         MATCH (node)-[e:EVIDENCED_BY]->(p:Paragraph)
         RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: p.number, paragraphId: p.id, text: p.text, citation: p.citation, quote: e.quote,
    start: null, end: null } ORDER BY p.order LIMIT 1
       }[0] END AS citation