/**
 * The hand-off from `extract` to `resolve`: what the text says, each fact with the words
 * it came from. Facts name things by their surface form; `resolve` turns names into ids.
 */

/** How a fact was read: a structural rule, a text pattern, a vocabulary look-up, or a person's correction. */
export type Method = 'rule' | 'pattern' | 'gazetteer' | 'curated';

/** Where a fact stands in the document: a paragraph number and, where useful, the span and the words. */
export interface Evidence {
  paragraph: string;
  /** Character offsets in the paragraph's text (end exclusive). */
  start?: number;
  end?: number;
  quote?: string;
}

export interface FactBase {
  method: Method;
  /** 0..1: 1 for structure read from numbering, lower for looser patterns. */
  confidence: number;
  evidence: Evidence[];
}

/** A reference to an organization as written: resolve maps it to one node (acronym ↔ name, aliases). */
export interface OrgRef {
  name: string | null;
  acronym: string | null;
}

export type OrganizationKind =
  'ngo' | 'academia' | 'private-sector' | 'un-entity' | 'igo' | 'government' | 'state' | 'nhri' | 'joint-submission' | 'other';

export interface OrganizationFact extends FactBase, OrgRef {
  kind: OrganizationKind | null;
  /** Other names seen for it (e.g. the endnote's long form, "Joint submission 2 submitted by: …"). */
  aliases: string[];
  /** City/country as written in an endnote list, when given. */
  location: string | null;
  /**
   * Where the document's list of contributors names it ("The stakeholders listed below have
   * contributed information for this summary: …"): it submitted what the document summarises,
   * whether or not a paragraph cites it. Absent when no such list names it.
   */
  contribution?: Evidence;
}

export interface MeetingFact extends FactBase {
  title: string;
  /** e.g. "constructive dialogue", "interactive dialogue", "universal periodic review". */
  kind: string | null;
  /** 2 for "the second constructive dialogue". */
  ordinal: number | null;
  /** ISO date of the meeting (first day). */
  date: string | null;
  endDate: string | null;
  /** "hybrid" | "in person" | "online" as stated. */
  format: string | null;
  /** The subject the meeting is on, e.g. "smuggling of migrants". */
  subject: string | null;
  participation: ParticipationCount[];
  /** The body whose session the meeting follows, with the session's ordinal and dates. */
  workingGroup: { name: string; sessionOrdinal: number | null; sessionDates: string[] } | null;
  /**
   * The body whose meeting or session the document records ("Human Rights Council", "Working
   * Group on the Universal Periodic Review") and that session's number, when the document is the
   * body's own record rather than a dialogue following it. Optional while extractors adopt it.
   */
  body?: { name: string; session: number | null } | null;
}

export interface ParticipationCount {
  /** "non-governmental organizations", "academia", "private sector", "Member States", "delegations"… as normalised kinds. */
  kind: 'ngo' | 'academia' | 'private-sector' | 'member-state' | 'delegation' | 'other-stakeholder' | 'other';
  count: number;
  quote: string;
}

/** Gender as the text gives it (an honorific, a pronoun for the person), with those words. */
export interface PersonGender {
  gender: 'woman' | 'man';
  source: 'honorific' | 'pronoun';
  evidence: Evidence;
}

export interface PersonFact extends FactBase {
  /** Stable key within the document, e.g. `chair-1`, `panellist-1-2`. */
  key: string;
  name: string | null;
  /** "Ms.", "Mr.", "Dr.", "Ambassador" as written. */
  honorific: string | null;
  /** Pronoun the text uses for the person: "she" | "he" | "they" | null. */
  pronoun: 'she' | 'he' | 'they' | null;
  /** Roles in this document: "Co-Chair", "panellist", "head of delegation"… */
  roles: string[];
  /** Position as written, e.g. "Prosecutor". */
  position: string | null;
  organization: OrgRef | null;
  /** The State the person speaks for or belongs to ("the delegate of Nigeria", "Minister … of Slovenia", "(Egypt)"). */
  state?: string | null;
  /** Gender as the text gives it (people/gender.ts); absent when it gives none. */
  gender?: PersonGender | null;
}

export interface AgendaItemFact extends FactBase {
  number: string;
  title: string;
  /** The section whose heading the item's title comes from. */
  sectionKey: string | null;
}

export interface TopicFact extends FactBase {
  /** Stable key within the document, e.g. `para9-a`. */
  key: string;
  /** "(a)" label as printed, without parentheses, when the topic is a lettered item. */
  label: string | null;
  text: string;
  kind: 'panel-topic' | 'discussion-point' | 'section-theme';
  agendaItem: string | null;
}

export interface PanelFact extends FactBase {
  ordinal: number;
  title: string;
  agendaItem: string | null;
  /** Key of the TopicFact the panel discussed. */
  topicKey: string | null;
  /** Keys of every TopicFact put to the panel, when it has several ("(a) …; and (b) …"). */
  topicKeys?: string[];
  /** PersonFact keys of the panel's moderator(s). */
  moderatorKeys?: string[];
}

export interface PanellistFact extends FactBase {
  /** PersonFact.key of the (usually anonymous) panellist. */
  personKey: string;
  panelOrdinal: number | null;
  /** Position within the panel, 1-based, as the text orders them. */
  position: number;
  organization: OrgRef;
}

export type SpeakerKind = 'panellist' | 'chair' | 'secretariat' | 'participant' | 'state' | 'organization';

export interface StatementFact extends FactBase {
  /** Stable key within the document: `para13-1`. */
  key: string;
  paragraph: string;
  speaker: {
    kind: SpeakerKind;
    /** PersonFact.key for a known person. */
    personKey: string | null;
    organization: OrgRef | null;
    /** The State speaking (a delegation, "the representative of Mexico", a State in a speakers' list). */
    state?: string | null;
    /** The caption of the speakers' list the speaker stands in ("Observers for non-governmental organizations"). */
    group?: string | null;
    /** "one" | "a" | "some" | "several" | "many" | "participants" | null, as the text quantifies anonymous speakers. */
    quantifier: string | null;
    /** The speaker phrase as written ("Several speakers", "The panellist from the Mixed Migration Centre (MMC)"). */
    surface: string;
  };
  /** The statement's own sentences. */
  text: string;
  agendaItem: string | null;
  panelOrdinal: number | null;
}

/** A vocabulary term found in a paragraph: a concept, a driver of migration, a place. */
export interface MentionFact extends FactBase {
  /** The vocabulary entry's id (`concept:non-liability-principle`) or, for places, its name. */
  term: string;
  surface: string;
}

export interface StatisticFact extends FactBase {
  key: string;
  value: number;
  /** "%", "interviews", "States"… */
  unit: string;
  /** What the number measures, in the text's words. */
  description: string;
  /** Who was counted ("interviewees", "migrants"). */
  population: string | null;
  reportedBy: OrgRef | null;
  /** PersonFact.key of the named person who reported the figure ("Ms. X … stated that 57 …"). */
  reporterKey?: string | null;
}

export interface ObservationFact extends FactBase {
  /** The paragraph number the observation stands in. */
  number: string;
  text: string;
  /** Who is asked to act: "States parties", "non-governmental stakeholders", "UNODC"… */
  addressees: string[];
  /** The "should …" clause. */
  action: string | null;
  /** The State (or States) that made it, for attributed recommendations ("(France) (Lithuania)"). */
  recommendedBy: string[];
}

export interface InstrumentFact extends FactBase {
  name: string;
  symbol: string | null;
  kind: 'convention' | 'protocol' | 'resolution' | 'document' | 'act' | 'other';
  year: number | null;
}

export interface ProjectFact extends FactBase {
  name: string;
  acronym: string | null;
}

/** Everything extract read from one document. */
export interface DocumentFacts {
  document: {
    title: string | null;
    symbol: string | null;
    date: string | null;
    /** "co-chairs-summary" | "stakeholder-summary" | "working-group-report" | "unknown". */
    kind: string;
    language: string;
  };
  meeting: MeetingFact | null;
  persons: PersonFact[];
  organizations: OrganizationFact[];
  agendaItems: AgendaItemFact[];
  topics: TopicFact[];
  panels: PanelFact[];
  panellists: PanellistFact[];
  statements: StatementFact[];
  concepts: MentionFact[];
  drivers: MentionFact[];
  places: MentionFact[];
  statistics: StatisticFact[];
  observations: ObservationFact[];
  instruments: InstrumentFact[];
  projects: ProjectFact[];
}
