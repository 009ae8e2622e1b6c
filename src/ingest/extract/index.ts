/**
 * extract: ParsedDocument → DocumentFacts. Each extractor is a small pure function in its
 * own file, testable alone; this file only fixes the order (later extractors read what
 * earlier ones found, e.g. statistics are attributed to the statement's speaker).
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { DocumentFacts } from './facts.js';
import type { Vocabularies } from './vocabulary.js';
import { analyseDocument } from './analysis/document-analysis.js';
import { extractMeeting } from './meeting.js';
import { extractChairs } from './chairs.js';
import { extractAgenda } from './agenda.js';
import { extractPanels } from './panels.js';
import { extractStatements } from './statements.js';
import { extractObservations } from './observations.js';
import { extractOrganizations } from './organizations.js';
import { extractInstruments } from './instruments.js';
import { extractProjects } from './projects.js';
import { extractTermMentions } from './term-mentions.js';
import { keepDriverMentions } from './driver-context.js';
import { extractPlaces } from './places.js';
import { extractStatistics } from './statistics.js';
import { readPeople, readSpeakers, withRoles } from './people/index.js';
import { withGender } from './people/gender.js';
import { withBulletParagraphs } from './bullet-paragraphs.js';
import { withForumBody } from './people/forum-body.js';

export function extractFacts(parsed: ParsedDocument, vocab: Vocabularies): DocumentFacts {
  const doc = withBulletParagraphs(parsed);
  const kind = analyseDocument(doc).kind;
  const organizations = extractOrganizations(doc, vocab);
  const meeting = extractMeeting(doc, vocab);
  const chairs = extractChairs(doc);
  const agenda = extractAgenda(doc);
  const people = readPeople(doc, vocab, chairs);
  const panels = extractPanels(doc, agenda.items, people);
  const persons = withRoles(people.persons, panels.roles, panels.affiliations);
  // Named speakers reuse the people already read (one person, one key), not persons of their own.
  const statements = extractStatements(doc, { agendaItems: agenda.items, panels, vocab, persons, organizations });
  const observations = extractObservations(doc, vocab);
  const spoken = readSpeakers(doc, vocab, { people, persons, panels, agendaItems: agenda.items, statements: statements.statements });
  return {
    document: { title: doc.title, symbol: doc.symbol, date: doc.date, kind, language: 'en' },
    meeting,
    persons: withForumBody(withGender([...persons, ...panels.persons, ...statements.persons], doc), meeting?.body?.name),
    organizations,
    agendaItems: agenda.items,
    topics: [...agenda.topics, ...panels.topics],
    panels: panels.panels,
    panellists: withForumBody(panels.panellists, meeting?.body?.name),
    statements: spoken,
    concepts: extractTermMentions(doc, vocab.concepts),
    drivers: keepDriverMentions(doc, extractTermMentions(doc, vocab.drivers)),
    places: extractPlaces(doc, vocab),
    statistics: extractStatistics(doc, spoken, organizations, observations),
    observations,
    instruments: extractInstruments(doc),
    projects: extractProjects(doc, vocab),
  };
}
