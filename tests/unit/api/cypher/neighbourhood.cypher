
CALL {
  MATCH (start:Document {id: $id}) RETURN start
  UNION
  MATCH (start:Section {id: $id}) RETURN start
  UNION
  MATCH (start:Paragraph {id: $id}) RETURN start
  UNION
  MATCH (start:Footnote {id: $id}) RETURN start
  UNION
  MATCH (start:Meeting {id: $id}) RETURN start
  UNION
  MATCH (start:Series {id: $id}) RETURN start
  UNION
  MATCH (start:WorkingGroup {id: $id}) RETURN start
  UNION
  MATCH (start:Session {id: $id}) RETURN start
  UNION
  MATCH (start:AgendaItem {id: $id}) RETURN start
  UNION
  MATCH (start:Panel {id: $id}) RETURN start
  UNION
  MATCH (start:Topic {id: $id}) RETURN start
  UNION
  MATCH (start:Organization {id: $id}) RETURN start
  UNION
  MATCH (start:Person {id: $id}) RETURN start
  UNION
  MATCH (start:Statement {id: $id}) RETURN start
  UNION
  MATCH (start:DriverOfMigration {id: $id}) RETURN start
  UNION
  MATCH (start:Concept {id: $id}) RETURN start
  UNION
  MATCH (start:Observation {id: $id}) RETURN start
  UNION
  MATCH (start:StakeholderGroup {id: $id}) RETURN start
  UNION
  MATCH (start:Statistic {id: $id}) RETURN start
  UNION
  MATCH (start:Place {id: $id}) RETURN start
  UNION
  MATCH (start:Instrument {id: $id}) RETURN start
  UNION
  MATCH (start:Project {id: $id}) RETURN start
}
CALL apoc.path.subgraphAll(start, {maxLevel: $depth, limit: $limit, relationshipFilter: $relationshipFilter, bfs: true})
YIELD nodes, relationships AS rels

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
  WITH nodes, edges

  CALL {
    WITH nodes
    UNWIND nodes AS vn
    RETURN collect({ id: vn.id, label: head(labels(vn)), name: coalesce(vn.name, vn.id), properties: properties(vn) }) AS views
  }
  WITH edges, size(nodes) >= $limit AS truncated, views
RETURN views AS nodes, edges, truncated