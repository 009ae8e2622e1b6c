
MATCH (s:Statement)
WHERE ($documentId IS NULL OR s.documentId = $documentId)
  AND s.speakerKind IN $stakeholderKinds
  AND NOT EXISTS { MATCH (:Observation)-[r:DRAWS_ON]->(s) WHERE r.score >= $minScore }
RETURN { id: s.id, name: s.name, text: s.text, speakerKind: s.speakerKind, quantifier: s.quantifier,
    speakers: COLLECT { MATCH (s)-[:MADE_BY]->(speaker) RETURN speaker.name ORDER BY speaker.name },
    citation: COLLECT {
      MATCH (s)-[se:EVIDENCED_BY]->(sp:Paragraph|Footnote)
      RETURN { documentId: sp.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: sp.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN sp:Footnote THEN 'fn' + sp.number ELSE sp.number END,
    place: CASE WHEN sp:Footnote THEN 'NOTE' WHEN sp.kind = 'annex' THEN 'ANNEX' WHEN sp.kind = 'unnumbered' THEN 'TEXT' WHEN sp.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: sp.id, text: sp.text, citation: coalesce(sp.citation, sp.name), quote: se.quote,
    start: se.start, end: se.end } ORDER BY sp.order LIMIT 1
    }[0] } AS statement
ORDER BY s.documentId, toFloat(s.paragraphNumber), s.id