/**
 * A hand-built graph of the seed document for developing and benchmarking the viewer
 * without Neo4j: the real paragraphs, and the meeting, panels, panellists, organizations,
 * statements, statistics, observations and concepts as the resolver names them (ids from
 * src/graph/ids.ts). Dev-only: the e2e test runs against the real server and ingestion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ids } from '../../../src/graph/ids.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';

export interface MockNode {
  id: string;
  label: string;
  name: string;
  properties: Record<string, unknown>;
}
export interface MockEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
export interface MockGraph {
  nodes: Map<string, MockNode>;
  edges: MockEdge[];
  documentTitle: string;
  documentName: string;
}

const SEED = path.join(PROJECT_ROOT, 'seeds', 'ctoc-som-constructive-dialogue-2023.md');

export function buildMockGraph(extraParagraphs: { number: string; text: string }[] = []): MockGraph {
  const doc = ids.document('ctoc-som-constructive-dialogue-2023');
  const docName = 'Constructive dialogue on the smuggling of migrants (2023)';
  const nodes = new Map<string, MockNode>();
  const edges: MockEdge[] = [];
  const node = (id: string, label: string, name: string, properties: Record<string, unknown> = {}) => {
    nodes.set(id, { id, label, name, properties: { id, name, ...properties } });
    return id;
  };
  const edge = (type: string, source: string, target: string, paragraphs: string[], extra: Record<string, unknown> = {}) => {
    if (!nodes.has(source) || !nodes.has(target)) throw new Error(`mock edge ${type} ${source} -> ${target}: missing end`);
    edges.push({
      id: `${type}:${source}->${target}@${doc}`,
      type,
      source,
      target,
      properties: { documentId: doc, paragraphs, method: 'rule', confidence: 0.9, ...extra },
    });
  };

  // --- the document and its paragraphs, straight from the seed -------------------------
  const text = readFileSync(SEED, 'utf8');
  const paras = new Map<string, string>();
  for (const m of text.matchAll(/^(\d+)\.\s+(.+?)(?=\n\s*\n|\n#|\n---|$)/gms))
    paras.set(m[1]!, m[2]!.replace(/\s+/g, ' ').replace(/\*/g, '').trim());
  for (const p of extraParagraphs) paras.set(p.number, p.text);
  node(doc, 'Document', docName, {
    title:
      'Constructive dialogue on the review process following the tenth session of the Working Group on the Smuggling of Migrants: summary by the Co-Chairs',
    kind: 'co-chairs-summary',
    language: 'en',
    date: '2023-10-09',
    paragraphCount: paras.size,
  });
  const para = (n: string) => ids.paragraph(doc, n);
  let previous: string | null = null;
  for (const [n, t] of paras) {
    node(para(n), 'Paragraph', `${docName}, para. ${n}`, { number: n, text: t, citation: `${docName}, para. ${n}`, documentId: doc });
    edge('HAS_PARAGRAPH', doc, para(n), [n]);
    if (previous) edge('NEXT', previous, para(n), [n]);
    previous = para(n);
  }
  const sections: [string, string, string[]][] = [
    ['I', 'Introduction', ['1', '2', '3', '4']],
    ['II', 'Opening', ['5']],
    ['III', 'Briefing on the developments and outcomes of the review process', ['6', '7']],
    [
      'IV',
      'Spotlight on the topics of the 10th session of the Working Group on the Smuggling of Migrants',
      ['8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26'],
    ],
    ['V', 'Collection of inputs and suggestions from participants', ['27', '28', '29', '30', '31', '32', '33', '34', '35']],
    ['VI', 'Observations by the Co-Chairs', ['36', '37', '38', '39', '40', '41', '42', '43']],
  ];
  for (const [num, title, ps] of sections) {
    const id = node(ids.section(doc, num), 'Section', `${num}. ${title}`, { number: num, title, documentId: doc });
    edge('HAS_SECTION', doc, id, []);
    for (const p of ps) edge('CONTAINS', id, para(p), [p]);
  }

  // --- the meeting and its frame ----------------------------------------------------------
  const meeting = node(ids.meeting(doc), 'Meeting', 'Second constructive dialogue on the smuggling of migrants', {
    date: '2023-10-09',
    format: 'hybrid',
    ngoCount: 40,
    academiaCount: 3,
    privateSectorCount: 1,
    memberStateCount: 38,
    documentId: doc,
  });
  edge('RECORDS', doc, meeting, ['3']);
  const wg = node(
    ids.workingGroup('Working Group on the Smuggling of Migrants'),
    'WorkingGroup',
    'Working Group on the Smuggling of Migrants',
  );
  const session = node(ids.session(wg, 10), 'Session', 'Tenth session of the Working Group on the Smuggling of Migrants', {
    ordinal: 10,
    dates: ['2023-10-05', '2023-10-06'],
  });
  edge('FOLLOWS', meeting, session, ['3']);
  edge('OF', session, wg, ['3']);
  const chairs: [string, string, string, string][] = [
    ['Vasiliki Kakosimou', 'Head of the Directorate of Support of Asylum Service', 'Greek Ministry of Migration and Asylum', 'government'],
    ['Francesco Testa', 'Prosecutor', 'European Public Prosecutor Office', 'igo'],
  ];
  const orgIds = new Map<string, string>();
  const org = (name: string, kind: string, acronym?: string) => {
    const id = ids.organization(name);
    if (!nodes.has(id)) node(id, 'Organization', name, { kind, ...(acronym ? { acronym } : {}) });
    orgIds.set(acronym ?? name, id);
    return id;
  };
  for (const [name, position, orgName, kind] of chairs) {
    const p = node(ids.person(name), 'Person', name, { personName: name, roles: ['Co-Chair'] });
    edge('CHAIRED_BY', meeting, p, ['3'], { role: 'Co-Chair' });
    edge('AFFILIATED_WITH', p, org(orgName, kind, orgName.includes('European') ? 'EPPO' : undefined), ['3'], { position });
  }
  const items: [string, string, string][] = [
    ['2', 'Briefing on the developments and outcomes of the review process', '6'],
    ['3', 'Spotlight on the topics of the 10th session of the Working Group', '8'],
    ['4', 'Collection of inputs and suggestions from participants', '27'],
  ];
  for (const [n, title, p] of items)
    edge(
      'HAS_AGENDA_ITEM',
      meeting,
      node(ids.agendaItem(doc, n), 'AgendaItem', `Agenda item ${n}: ${title}`, { number: n, title, documentId: doc }),
      [p],
    );
  const topicA = node(ids.topic('smuggling of migrants by sea'), 'Topic', 'Preventing and combating the smuggling of migrants by sea', {
    label: 'a',
    kind: 'panel-topic',
  });
  const topicB = node(ids.topic('who to charge with migrant smuggling'), 'Topic', 'Who to charge with the crime of migrant smuggling', {
    label: 'b',
    kind: 'panel-topic',
  });
  const panels = [
    node(ids.panel(doc, 1), 'Panel', 'Panel 1: smuggling of migrants by sea', { ordinal: 1, documentId: doc }),
    node(ids.panel(doc, 2), 'Panel', 'Panel 2: who to charge with migrant smuggling', { ordinal: 2, documentId: doc }),
  ];
  edge('HAS_PANEL', ids.agendaItem(doc, '3'), panels[0]!, ['12']);
  edge('HAS_PANEL', ids.agendaItem(doc, '3'), panels[1]!, ['21']);
  edge('ON_TOPIC', panels[0]!, topicA, ['9', '12']);
  edge('ON_TOPIC', panels[1]!, topicB, ['9', '21']);
  const points: [string, string][] = [
    ['a', 'The role of civil society in the universalization and implementation of the Protocol'],
    ['b', "States Parties' technical assistance needs and civil society engagement"],
    ['c', 'Gender, human rights and victim-centred approaches to countering organized crime'],
  ];
  for (const [l, t] of points)
    edge('HAS_TOPIC', ids.agendaItem(doc, '4'), node(ids.topic(t), 'Topic', t, { label: l, kind: 'discussion-point' }), ['27']);

  // --- panellists, their organizations and statements ---------------------------------------
  const panellists: [number, string, string, string | undefined, string, string][] = [
    [0, '13', 'Mixed Migration Centre', 'MMC', 'ngo', 'he'],
    [0, '14', 'Regional Support Office of the Bali Process', undefined, 'igo', 'she'],
    [0, '15', 'Centre for the Study of Crime', undefined, 'academia', 'she'],
    [0, '16', 'Counter Human Trafficking Trust – East Africa', 'CHTEA', 'ngo', 'he'],
    [1, '22', 'Global Initiative Against Transnational Organized Crime', undefined, 'ngo', 'she'],
    [1, '23', 'Global Hope Mobilization', 'GLOHOMO', 'ngo', 'she'],
    [1, '24', 'Africa Group for Justice and Accountability', 'AGJA', 'ngo', 'she'],
    [1, '25', 'Citizens for a Common Cause', undefined, 'ngo', 'she'],
  ];
  const statementOf = new Map<string, string>();
  panellists.forEach(([panel, p, name, acronym, kind, pronoun], i) => {
    const o = org(name, kind, acronym);
    const person = node(ids.anonymousPerson(doc, `panellist-${p}`), 'Person', `Panellist from ${acronym ?? name}`, {
      anonymous: true,
      pronoun,
      roles: ['panellist'],
      documentId: doc,
    });
    edge('REPRESENTS', person, o, [p]);
    edge('SPOKE_ON', person, panels[panel]!, [p], { position: i + 1 });
    edge('PARTICIPATED_IN', o, meeting, [p], { roles: ['panellist'], statements: 1 });
    const t = paras.get(p)!;
    const first = t.split(/(?<=\.)\s/)[0]!;
    const s = node(ids.statement(doc, p), 'Statement', `${acronym ?? name}, para. ${p}: ${first.slice(0, 60)}`, {
      paragraphNumber: p,
      speakerKind: 'panellist',
      speakerSurface: first.slice(0, 80),
      text: first,
      documentId: doc,
    });
    edge('MADE_BY', s, person, [p]);
    edge('MADE_BY', s, o, [p]);
    edge('IN', s, panels[panel]!, [p]);
    edge('EVIDENCED_BY', s, para(p), [p], { quote: first, start: 0, end: first.length });
    statementOf.set(p, s);
  });
  for (const p of ['17', '18', '19', '20', '26', '28', '29', '30', '31', '32', '33', '34', '35']) {
    const t = paras.get(p)!;
    const sentence = t.split(/(?<=\.)\s/).find((x) => /speaker/i.test(x)) ?? t.split(/(?<=\.)\s/)[0]!;
    const quantifier = /several/i.test(sentence) ? 'several' : /some/i.test(sentence) ? 'some' : 'one';
    const s = node(
      ids.statement(doc, p),
      'Statement',
      `${quantifier === 'one' ? 'A speaker' : `${quantifier[0]!.toUpperCase()}${quantifier.slice(1)} speakers`}, para. ${p}`,
      { paragraphNumber: p, speakerKind: 'participant', quantifier, text: sentence, documentId: doc },
    );
    edge('IN', s, ids.agendaItem(doc, Number(p) < 27 ? '3' : '4'), [p]);
    edge('EVIDENCED_BY', s, para(p), [p], { quote: sentence });
    statementOf.set(p, s);
  }
  const unodc = org('United Nations Office on Drugs and Crime', 'un-entity', 'UNODC');
  edge('PARTICIPATED_IN', unodc, meeting, ['6'], { roles: ['secretariat'], statements: 0 });
  const se4u = node(ids.project('SE4U'), 'Project', 'Stakeholder Engagement for the Implementation of UNTOC (SE4U)', { acronym: 'SE4U' });
  for (const p of ['6', '10']) edge('MENTIONS', para(p), se4u, [p], { surface: 'SE4U' });
  edge('MENTIONS', para('6'), unodc, ['6'], { surface: 'United Nations Office on Drugs and Crime (UNODC)' });

  // --- the MMC survey ---------------------------------------------------------------------------
  const stats: [string, number, string, string][] = [
    ['interviews', 48415, 'interviews', '48,415 interviews'],
    ['used-smugglers', 68, '%', '68% of interviewees'],
    ['smugglers-decision', 8, '%', 'only 8% reported'],
    ['misled', 36, '%', '36% stated'],
    ['helped', 66, '%', '66% acknowledged'],
    ['perpetrators', 47, '%', '(47%)'],
  ];
  const mmc = orgIds.get('MMC')!;
  for (const [key, value, unit, quote] of stats) {
    const s = node(
      ids.statistic(doc, key),
      'Statistic',
      `${value.toLocaleString('en')}${unit === '%' ? '%' : ' ' + unit}: ${key.replace(/-/g, ' ')}`,
      { value, unit, description: key.replace(/-/g, ' '), documentId: doc },
    );
    edge('REPORTED_BY', s, mmc, ['13']);
    edge('REPORTS', statementOf.get('13')!, s, ['13']);
    const start = paras.get('13')!.indexOf(quote);
    edge('EVIDENCED_BY', s, para('13'), ['13'], { quote, start, end: start + quote.length });
  }

  // --- vocabulary: concepts, drivers, places, instruments ------------------------------------
  const mention = (target: string, surface: string) => {
    for (const [p, t] of paras) {
      if (!t.toLowerCase().includes(surface.toLowerCase())) continue;
      edge('MENTIONS', para(p), target, [p], { surface });
      const s = statementOf.get(p);
      if (s) edge('MENTIONS', s, target, [p], { surface });
      if (Number(p) >= 37) edge('MENTIONS', ids.observation(doc, p), target, [p], { surface });
    }
  };
  const observationsText: [string][] = [['37'], ['38'], ['39'], ['40'], ['41'], ['42'], ['43']];
  const states = node(ids.group('States parties'), 'StakeholderGroup', 'States parties');
  for (const [p] of observationsText) {
    const t = paras.get(p)!;
    const action = t.slice(t.indexOf('should'));
    node(ids.observation(doc, p), 'Observation', `Observation ${p}: ${action.slice(0, 70)}`, {
      number: p,
      text: t,
      action,
      addressees: ['States parties'],
      documentId: doc,
    });
    edge('PRODUCED', meeting, ids.observation(doc, p), [p]);
    edge('EVIDENCED_BY', ids.observation(doc, p), para(p), [p], { quote: action, start: t.indexOf(action), end: t.length });
    edge('ADDRESSED_TO', ids.observation(doc, p), states, [p]);
  }
  const concepts: [string, string][] = [
    ['non-liability principle', 'non-liability'],
    ['non-refoulement', 'non-refoulement'],
    ['corruption', 'corruption'],
    ['search and rescue', 'search and rescue'],
    ['victim-centred approach', 'victim-centred approach'],
    ['whole of society approach', 'whole of society approach'],
    ['awareness raising', 'awareness-raising'],
    ['capacity-building', 'capacity-building'],
  ];
  for (const [name, surface] of concepts)
    mention(node(`concept:${name.replace(/\s+/g, '-')}`, 'Concept', name, { prefLabel: name, category: 'principle' }), surface);
  const drivers: [string, string][] = [
    ['economic reasons', 'economic reasons'],
    ['violence', 'violence and the lack of human rights'],
    ['lack of regular pathways', 'no regular pathways'],
    ['despair', 'despair'],
    ['work and livelihood opportunities', 'access work and livelihood'],
    ['forced marriage', 'forced marriage'],
    ['religious conversion', 'religious conversion'],
  ];
  for (const [name, surface] of drivers)
    mention(node(`driver:${name.replace(/\s+/g, '-')}`, 'DriverOfMigration', name, { prefLabel: name, category: 'push factor' }), surface);
  const places: [string, string][] = [
    ['Latin America and the Caribbean', 'Latin America and the Caribbean'],
    ['Asia', 'than in Asia'],
    ['East Africa', 'East Africa'],
  ];
  for (const [name, surface] of places) mention(node(ids.place(name), 'Place', name, { kind: 'region' }), surface);
  const instruments: [string, string, string][] = [
    ['United Nations Convention against Transnational Organized Crime', 'UNTOC', 'Organized Crime Convention'],
    ['Protocol against the Smuggling of Migrants by Land, Sea and Air', 'Smuggling of Migrants Protocol', 'Smuggling of Migrants Protocol'],
    ['Conference resolution 9/1', '9/1', 'resolution 9/1'],
    ['Conference resolution 10/1', '10/1', 'resolution 10/1'],
  ];
  for (const [name, symbol, surface] of instruments)
    mention(node(ids.instrument(symbol), 'Instrument', name, { symbol, kind: 'convention' }), surface);

  // --- traceability: which statements each observation echoes ------------------------------
  const drawsOn: [string, string[]][] = [
    ['37', ['14', '15']],
    ['38', ['16']],
    ['39', ['30']],
    ['40', ['22', '24', '25', '33']],
    ['41', ['20', '30']],
    ['42', ['22']],
    ['43', ['24', '31']],
  ];
  for (const [o, ss] of drawsOn)
    for (const s of ss)
      edge('DRAWS_ON', ids.observation(doc, o), statementOf.get(s)!, [o, s], { score: 0.4, shared: ['smuggled migrants'] });
  return { nodes, edges, documentTitle: nodes.get(doc)!.properties.title as string, documentName: docName };
}
