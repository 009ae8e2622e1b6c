
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
      MATCH (ep:Paragraph {id: vr.documentId + '/para:' + evidenceNumber})
      RETURN { documentId: ep.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: ep.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: ep.number, paragraphId: ep.id, text: ep.text, citation: ep.citation, quote: coalesce(vr.quote, vr.surface),
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