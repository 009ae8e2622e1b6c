/**
 * The schema's enums (schema/enums.graphql) and how the graph spells each value. The graph
 * keeps the pipeline's spelling ("private-sector", "in person"); GraphQL enum values must be
 * names (PRIVATE_SECTOR, IN_PERSON). Passed to @neo4j/graphql as enum resolvers, this map
 * turns a filter's PRIVATE_SECTOR into 'private-sector' in the Cypher parameters and a stored
 * 'private-sector' back into PRIVATE_SECTOR in answers.
 *
 * Each table is keyed by the pipeline's own type, so a value the pipeline adds (a new
 * organization kind in facts.ts) fails the typecheck here until the schema names it; the
 * schema test checks that every enum of the schema has its table and the same values.
 */
import type {
  Method,
  OrganizationKind,
  ParticipationCount,
  PersonFact,
  PersonGender,
  SpeakerKind,
  TopicFact,
  InstrumentFact,
} from '../../ingest/extract/facts.js';
import type { DocumentKind } from '../../ingest/extract/document-kind.js';
import type { DocumentFormat } from '../../ingest/parse/detect-format.js';
import type { PlaceEntry } from '../../ingest/extract/vocabulary.js';

/** Stored value → enum value name. */
type Table<Stored extends string> = Record<Stored, string>;

const METHOD: Table<Method> = { rule: 'RULE', pattern: 'PATTERN', gazetteer: 'GAZETTEER', curated: 'CURATED' };

const DOCUMENT_KIND: Table<DocumentKind> = {
  'co-chairs-summary': 'CO_CHAIRS_SUMMARY',
  'stakeholder-summary': 'STAKEHOLDER_SUMMARY',
  'working-group-report': 'WORKING_GROUP_REPORT',
  unknown: 'UNKNOWN',
};

// pdf and docx: the formats the PDF and Word readers add; listed ahead so they need no schema change.
const DOCUMENT_FORMAT: Table<DocumentFormat | 'pdf' | 'docx'> = { markdown: 'MARKDOWN', text: 'TEXT', pdf: 'PDF', docx: 'DOCX' };

// As extract/meeting.ts states them (formatOf); MeetingFact.format is a plain string there.
const MEETING_FORMAT: Table<'hybrid' | 'in person' | 'online'> = { hybrid: 'HYBRID', 'in person': 'IN_PERSON', online: 'ONLINE' };

const ORGANIZATION_KIND: Table<OrganizationKind> = {
  ngo: 'NGO',
  academia: 'ACADEMIA',
  'private-sector': 'PRIVATE_SECTOR',
  'un-entity': 'UN_ENTITY',
  igo: 'IGO',
  government: 'GOVERNMENT',
  state: 'STATE',
  nhri: 'NHRI',
  'joint-submission': 'JOINT_SUBMISSION',
  other: 'OTHER',
};

const PARTICIPANT_KIND: Table<ParticipationCount['kind']> = {
  ngo: 'NGO',
  academia: 'ACADEMIA',
  'private-sector': 'PRIVATE_SECTOR',
  'member-state': 'MEMBER_STATE',
  delegation: 'DELEGATION',
  'other-stakeholder': 'OTHER_STAKEHOLDER',
  other: 'OTHER',
};

// The roles resolve/participation.ts notes on PARTICIPATED_IN.
const PARTICIPATION_ROLE: Table<'speaker' | 'panellist' | 'chair' | 'submitter'> = {
  speaker: 'SPEAKER',
  panellist: 'PANELLIST',
  chair: 'CHAIR',
  submitter: 'SUBMITTER',
};

const SPEAKER_KIND: Table<SpeakerKind> = {
  panellist: 'PANELLIST',
  chair: 'CHAIR',
  secretariat: 'SECRETARIAT',
  participant: 'PARTICIPANT',
  state: 'STATE',
  organization: 'ORGANIZATION',
};

const TOPIC_KIND: Table<TopicFact['kind']> = {
  'panel-topic': 'PANEL_TOPIC',
  'discussion-point': 'DISCUSSION_POINT',
  'section-theme': 'SECTION_THEME',
};

const PLACE_KIND: Table<PlaceEntry['kind']> = { country: 'COUNTRY', region: 'REGION' };

const INSTRUMENT_KIND: Table<InstrumentFact['kind']> = {
  convention: 'CONVENTION',
  protocol: 'PROTOCOL',
  resolution: 'RESOLUTION',
  document: 'DOCUMENT',
  act: 'ACT',
  other: 'OTHER',
};

const PRONOUN: Table<NonNullable<PersonFact['pronoun']>> = { she: 'SHE', he: 'HE', they: 'THEY' };

const PERSON_GENDER: Table<PersonGender['gender']> = { woman: 'WOMAN', man: 'MAN' };

// The categories of seeds/vocabularies/{concepts,drivers}.json (checked by the schema test).
const TERM_CATEGORIES = [
  'actor',
  'approach',
  'cooperation',
  'crime',
  'economic',
  'environmental',
  'issue',
  'personal',
  'political',
  'prevention',
  'principle',
  'process',
  'response',
  'right',
  'security',
  'social',
  'structural',
] as const;
const TERM_CATEGORY: Table<(typeof TERM_CATEGORIES)[number]> = Object.fromEntries(
  TERM_CATEGORIES.map((c) => [c, c.toUpperCase()]),
) as Table<(typeof TERM_CATEGORIES)[number]>;

/** Enum name → (stored value → enum value name). */
export const STORED_ENUM_VALUES: Record<string, Record<string, string>> = {
  Method: METHOD,
  DocumentKind: DOCUMENT_KIND,
  DocumentFormat: DOCUMENT_FORMAT,
  MeetingFormat: MEETING_FORMAT,
  OrganizationKind: ORGANIZATION_KIND,
  ParticipantKind: PARTICIPANT_KIND,
  ParticipationRole: PARTICIPATION_ROLE,
  SpeakerKind: SPEAKER_KIND,
  TopicKind: TOPIC_KIND,
  PlaceKind: PLACE_KIND,
  InstrumentKind: INSTRUMENT_KIND,
  Pronoun: PRONOUN,
  PersonGender: PERSON_GENDER,
  TermCategory: TERM_CATEGORY,
};

/** As graphql-tools enum resolvers: enum name → (enum value name → stored value). */
export function enumResolvers(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(STORED_ENUM_VALUES).map(([name, table]) => [
      name,
      Object.fromEntries(Object.entries(table).map(([stored, value]) => [value, stored])),
    ]),
  );
}
