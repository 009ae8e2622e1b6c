

MATCH (s:Statement) WHERE true
MATCH (s)-[:MADE_BY]->(speaker)
OPTIONAL MATCH (speaker)-[:REPRESENTS]->(represented:Organization)
WITH s, CASE WHEN speaker:Organization THEN speaker ELSE represented END AS org
WITH DISTINCT s, org WHERE org IS NOT NULL
MATCH (:Document {id: s.documentId})-[:RECORDS]->(m:Meeting)
WITH s, {id: org.id, label: org.name, kind: org.kind} AS row, {id: m.id, label: m.name, kind: m.kind} AS column

WITH row, column, collect(DISTINCT s) AS statements
RETURN row, column, [s IN statements | { id: s.id, name: s.name, text: s.text, speakerKind: s.speakerKind, quantifier: s.quantifier,
    speakers: COLLECT { MATCH (s)-[:MADE_BY]->(speaker) RETURN speaker.name ORDER BY speaker.name },
    citation: COLLECT {
      MATCH (s)-[se:EVIDENCED_BY]->(sp:Paragraph|Footnote)
      RETURN { documentId: sp.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: sp.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN sp:Footnote THEN 'fn' + sp.number ELSE sp.number END,
    place: CASE WHEN sp:Footnote THEN 'NOTE' WHEN sp.kind = 'annex' THEN 'ANNEX' WHEN sp.kind = 'unnumbered' THEN 'TEXT' WHEN sp.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: sp.id, text: sp.text, citation: coalesce(sp.citation, sp.name), quote: se.quote,
    start: se.start, end: se.end } ORDER BY sp.order LIMIT 1
    }[0] }] AS statements
ORDER BY row.label, column.label