
MATCH (o:Observation) WHERE $documentId IS NULL OR o.documentId = $documentId
CALL {
  WITH o
  OPTIONAL MATCH (o)-[r:DRAWS_ON]->(s:Statement) WHERE r.score >= $minScore
  WITH r, s ORDER BY r.score DESC, s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE { statement: { id: s.id, name: s.name, text: s.text, speakerKind: s.speakerKind, quantifier: s.quantifier,
    speakers: COLLECT { MATCH (s)-[:MADE_BY]->(speaker) RETURN speaker.name ORDER BY speaker.name },
    citation: COLLECT {
      MATCH (s)-[se:EVIDENCED_BY]->(sp:Paragraph|Footnote)
      RETURN { documentId: sp.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: sp.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN sp:Footnote THEN 'fn' + sp.number ELSE sp.number END,
    place: CASE WHEN sp:Footnote THEN 'NOTE' WHEN sp.kind = 'annex' THEN 'ANNEX' WHEN sp.kind = 'unnumbered' THEN 'TEXT' WHEN sp.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: sp.id, text: sp.text, citation: coalesce(sp.citation, sp.name), quote: se.quote,
    start: se.start, end: se.end } ORDER BY sp.order LIMIT 1
    }[0] }, score: r.score, shared: coalesce(r.shared, []) } END) AS drawsOn
}
RETURN o.id AS id, o.name AS name, o.number AS number, o.text AS text, o.action AS action,
  coalesce(o.addressees, []) AS addressees, drawsOn,
  COLLECT { MATCH (o)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote) RETURN { documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: e.quote,
    start: null, end: null } ORDER BY p.order LIMIT 1 }[0] AS citation
ORDER BY o.documentId, toFloat(o.number), o.id