
CALL {
  MATCH (n:Document {id: $id}) RETURN n
  UNION
  MATCH (n:Section {id: $id}) RETURN n
  UNION
  MATCH (n:Paragraph {id: $id}) RETURN n
  UNION
  MATCH (n:Footnote {id: $id}) RETURN n
  UNION
  MATCH (n:Meeting {id: $id}) RETURN n
  UNION
  MATCH (n:Series {id: $id}) RETURN n
  UNION
  MATCH (n:WorkingGroup {id: $id}) RETURN n
  UNION
  MATCH (n:Session {id: $id}) RETURN n
  UNION
  MATCH (n:AgendaItem {id: $id}) RETURN n
  UNION
  MATCH (n:Panel {id: $id}) RETURN n
  UNION
  MATCH (n:Topic {id: $id}) RETURN n
  UNION
  MATCH (n:Organization {id: $id}) RETURN n
  UNION
  MATCH (n:Person {id: $id}) RETURN n
  UNION
  MATCH (n:Statement {id: $id}) RETURN n
  UNION
  MATCH (n:DriverOfMigration {id: $id}) RETURN n
  UNION
  MATCH (n:Concept {id: $id}) RETURN n
  UNION
  MATCH (n:Observation {id: $id}) RETURN n
  UNION
  MATCH (n:StakeholderGroup {id: $id}) RETURN n
  UNION
  MATCH (n:Statistic {id: $id}) RETURN n
  UNION
  MATCH (n:Place {id: $id}) RETURN n
  UNION
  MATCH (n:Instrument {id: $id}) RETURN n
  UNION
  MATCH (n:Project {id: $id}) RETURN n
}
CALL {
  WITH n
  CALL {
    WITH n
    MATCH (n)-[e:EVIDENCED_BY]->(p:Paragraph|Footnote) RETURN p, e.quote AS quote, e.start AS quoteStart, e.end AS quoteEnd
    UNION
    WITH n
    MATCH (p:Paragraph|Footnote) WHERE p = n RETURN p, null AS quote, null AS quoteStart, null AS quoteEnd
    UNION
    WITH n
    MATCH (n)-[r]-() WHERE NOT n:Paragraph AND NOT n:Footnote AND NOT EXISTS { (n)-[:EVIDENCED_BY]->() } AND r.paragraphs IS NOT NULL
    UNWIND r.paragraphs AS number
    WITH CASE WHEN number STARTS WITH 'fn'
    THEN COLLECT { MATCH (citedNote:Footnote {id: r.documentId + '/fn:' + substring(number, 2)}) RETURN citedNote }[0]
    ELSE COLLECT { MATCH (citedPara:Paragraph {id: r.documentId + '/para:' + number}) RETURN citedPara }[0] END AS p WHERE p IS NOT NULL
    RETURN DISTINCT p, null AS quote, null AS quoteStart, null AS quoteEnd
  }
  WITH p, quote, quoteStart, quoteEnd ORDER BY p.documentId, p.order
  RETURN collect({ documentId: p.documentId,
    documentTitle: COLLECT { MATCH (citedDoc:Document {id: p.documentId}) RETURN coalesce(citedDoc.title, citedDoc.name) }[0],
    paragraph: CASE WHEN p:Footnote THEN 'fn' + p.number ELSE p.number END,
    place: CASE WHEN p:Footnote THEN 'NOTE' WHEN p.kind = 'annex' THEN 'ANNEX' WHEN p.kind = 'unnumbered' THEN 'TEXT' WHEN p.kind = 'title' THEN 'TITLE_PAGE' ELSE 'PARAGRAPH' END,
    paragraphId: p.id, text: p.text, citation: coalesce(p.citation, p.name), quote: quote,
    start: quoteStart, end: quoteEnd })[0..$evidenceLimit] AS evidence
}
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WITH r, m ORDER BY type(r), m.id
  LIMIT $edgeLimit
  RETURN collect(r) AS rels
}
WITH n, evidence, rels, COUNT { (n)--() } AS degree
CALL {
  WITH n, rels
  UNWIND [n] + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS x
  RETURN collect(DISTINCT x) AS nodes
}

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
  WITH n, evidence, nodes, degree, rels, edges

  CALL {
    WITH nodes
    UNWIND nodes AS vn
    RETURN collect({ id: vn.id, label: head(labels(vn)), name: coalesce(vn.name, vn.id), properties: properties(vn) }) AS views
  }
  WITH n, evidence, edges, degree, rels, views
RETURN { id: n.id, label: head(labels(n)), name: coalesce(n.name, n.id), properties: properties(n) } AS node, evidence, views AS nodes, edges, degree > size(rels) AS truncated