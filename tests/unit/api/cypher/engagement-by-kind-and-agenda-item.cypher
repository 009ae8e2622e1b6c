
MATCH (s:Statement) WHERE $documentId IS NULL OR s.documentId = $documentId
MATCH (s)-[:IN]->(context)
OPTIONAL MATCH (context)<-[:HAS_PANEL]-(panelItem:AgendaItem)
WITH s, CASE WHEN context:AgendaItem THEN context ELSE panelItem END AS item
WHERE item IS NOT NULL
OPTIONAL MATCH (s)-[:MADE_BY]->(speaker)
OPTIONAL MATCH (speaker)-[:REPRESENTS]->(represented:Organization)
WITH s, item, CASE WHEN speaker:Organization THEN speaker ELSE represented END AS org
WITH s, item, collect(DISTINCT CASE WHEN org IS NULL THEN null ELSE coalesce(org.kind, 'unknown kind') END) AS kinds, count(org) AS orgs
UNWIND CASE
  WHEN orgs > 0 THEN [k IN kinds | {id: 'kind:' + k, label: k, kind: 'organization kind'}]
  WHEN $includeUnattributed THEN [{id: 'speaker:' + coalesce(s.speakerKind, 'speaker'), label: coalesce(s.speakerKind, 'speaker') + ' (no organization)', kind: 'speaker role'}]
  ELSE [] END AS row
WITH s, row, {id: item.id, label: item.name, kind: 'agenda item'} AS column

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