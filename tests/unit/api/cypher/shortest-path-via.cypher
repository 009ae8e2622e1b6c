
CALL {
  MATCH (a:Document {id: $from}) RETURN a
  UNION
  MATCH (a:Section {id: $from}) RETURN a
  UNION
  MATCH (a:Paragraph {id: $from}) RETURN a
  UNION
  MATCH (a:Footnote {id: $from}) RETURN a
  UNION
  MATCH (a:Meeting {id: $from}) RETURN a
  UNION
  MATCH (a:Series {id: $from}) RETURN a
  UNION
  MATCH (a:WorkingGroup {id: $from}) RETURN a
  UNION
  MATCH (a:Session {id: $from}) RETURN a
  UNION
  MATCH (a:AgendaItem {id: $from}) RETURN a
  UNION
  MATCH (a:Panel {id: $from}) RETURN a
  UNION
  MATCH (a:Topic {id: $from}) RETURN a
  UNION
  MATCH (a:Organization {id: $from}) RETURN a
  UNION
  MATCH (a:Person {id: $from}) RETURN a
  UNION
  MATCH (a:Statement {id: $from}) RETURN a
  UNION
  MATCH (a:DriverOfMigration {id: $from}) RETURN a
  UNION
  MATCH (a:Concept {id: $from}) RETURN a
  UNION
  MATCH (a:Observation {id: $from}) RETURN a
  UNION
  MATCH (a:StakeholderGroup {id: $from}) RETURN a
  UNION
  MATCH (a:Statistic {id: $from}) RETURN a
  UNION
  MATCH (a:Place {id: $from}) RETURN a
  UNION
  MATCH (a:Instrument {id: $from}) RETURN a
  UNION
  MATCH (a:Project {id: $from}) RETURN a
}
CALL {
  MATCH (b:Document {id: $to}) RETURN b
  UNION
  MATCH (b:Section {id: $to}) RETURN b
  UNION
  MATCH (b:Paragraph {id: $to}) RETURN b
  UNION
  MATCH (b:Footnote {id: $to}) RETURN b
  UNION
  MATCH (b:Meeting {id: $to}) RETURN b
  UNION
  MATCH (b:Series {id: $to}) RETURN b
  UNION
  MATCH (b:WorkingGroup {id: $to}) RETURN b
  UNION
  MATCH (b:Session {id: $to}) RETURN b
  UNION
  MATCH (b:AgendaItem {id: $to}) RETURN b
  UNION
  MATCH (b:Panel {id: $to}) RETURN b
  UNION
  MATCH (b:Topic {id: $to}) RETURN b
  UNION
  MATCH (b:Organization {id: $to}) RETURN b
  UNION
  MATCH (b:Person {id: $to}) RETURN b
  UNION
  MATCH (b:Statement {id: $to}) RETURN b
  UNION
  MATCH (b:DriverOfMigration {id: $to}) RETURN b
  UNION
  MATCH (b:Concept {id: $to}) RETURN b
  UNION
  MATCH (b:Observation {id: $to}) RETURN b
  UNION
  MATCH (b:StakeholderGroup {id: $to}) RETURN b
  UNION
  MATCH (b:Statistic {id: $to}) RETURN b
  UNION
  MATCH (b:Place {id: $to}) RETURN b
  UNION
  MATCH (b:Instrument {id: $to}) RETURN b
  UNION
  MATCH (b:Project {id: $to}) RETURN b
}
WITH a, b, null AS found

CALL {
  WITH a, b, found
  WITH a, b, found WHERE found IS NULL
  MATCH path = shortestPath((a)-[:DRAWS_ON*..6]-(b))
  
  RETURN collect(path)[0] AS next
}
WITH a, b, coalesce(found, next) AS found
WITH found AS path WHERE path IS NOT NULL
WITH nodes(path) AS pathNodes, relationships(path) AS rels

  CALL {
    WITH rels
    UNWIND rels AS vr
    WITH DISTINCT vr
    RETURN collect({ id: type(vr) + ':' + startNode(vr).id + '->' + endNode(vr).id + '@' + coalesce(vr.documentId, ''),
    type: type(vr), source: startNode(vr).id, target: endNode(vr).id,
    properties: properties(vr), evidence: COLLECT {
      UNWIND coalesce(vr.paragraphs, []) AS evidenceNumber
      WITH CASE WHEN evidenceNumber STARTS WITH 'fn'
    THEN COLLECT { MATCH (citedNote:Footnote {id: vr.documentId + '/fn:' + substring(evidenceNumber, 2)}) RETURN citedNote }[0]
    ELSE COLLECT { MATCH (citedPara:Paragraph {id: vr.documentId + '/para:' + evidenceNumber}) RETURN citedPara }[0] END AS ep WHERE ep IS NOT NULL
      RETURN { documentId: ep.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: ep.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN ep:Footnote THEN 'fn' + ep.number ELSE ep.number END,
    place: CASE WHEN ep:Footnote THEN 'NOTE' WHEN ep.kind = 'annex' THEN 'ANNEX' WHEN ep.kind = 'unnumbered' THEN 'TEXT' WHEN ep.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: ep.id, text: ep.text, citation: coalesce(ep.citation, ep.name), quote: coalesce(vr.quote, vr.surface),
    start: null, end: null }
    } }) AS edges
  }
  WITH pathNodes, edges

  CALL {
    WITH pathNodes
    UNWIND pathNodes AS vn
    RETURN collect({ id: vn.id, label: head(labels(vn)), name: coalesce(vn.name, vn.id), properties: properties(vn) }) AS views
  }
  WITH edges, views
RETURN views AS nodes, edges, false AS truncated