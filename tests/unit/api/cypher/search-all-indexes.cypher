
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
    paragraph: CASE WHEN node:Footnote THEN 'fn' + node.number ELSE node.number END,
    place: CASE WHEN node:Footnote THEN 'NOTE' WHEN node.kind = 'annex' THEN 'ANNEX' WHEN node.kind = 'unnumbered' THEN 'TEXT' WHEN node.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: node.id, text: node.text, citation: coalesce(node.citation, node.name), quote: null,
    start: null, end: null }
       ELSE COLLECT {
         MATCH (node)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote)
         RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: e.quote,
    start: null, end: null } ORDER BY p.order LIMIT 1
       }[0] END AS citation