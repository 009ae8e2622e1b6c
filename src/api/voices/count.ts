/**
 * Who is heard, counted: for a set of statements, how many participants, statements and
 * paragraphs fall in each kind of actor, region and gender. Pure, so the categories are decided
 * (and tested) in one place.
 *
 * - Kind of actor: a State speaking (or a person of its delegation, or a government body) is
 *   STATE; UN entities and other IGOs are INTERGOVERNMENTAL; an anonymous speaker ("several
 *   speakers") or a person of no known organization is NOT_STATED.
 * - Region: the M49 region of the State speaking or that a person speaks for; organizations
 *   have none the graph knows (NOT_STATED).
 * - Gender: only as the text gives it for a person (an honorific, a pronoun: Person.gender);
 *   never from a name. A State or organization speaking, or a person the text does not
 *   gender, is NOT_STATED.
 *
 * A statement with several voices counts once in each category one of them falls in; a
 * participant is the actor (State, organization) for kinds and regions, the person for gender.
 */
import type { Region } from './regions.js';

export interface Voice {
  personId: string | null;
  /** Person.gender: 'woman' | 'man' as the text gives it (people/gender.ts), else null. */
  gender: string | null;
  actorId: string | null;
  actorLabel: string | null;
  actorKind: string | null;
  actorName: string | null;
}

export interface VoicedStatement {
  id: string;
  documentId: string;
  paragraph: string | null;
  speakerKind: string | null;
  speakers: Voice[];
}

export type ActorKind =
  'NGO' | 'ACADEMIA' | 'PRIVATE_SECTOR' | 'INTERGOVERNMENTAL' | 'NHRI' | 'STATE' | 'JOINT_SUBMISSION' | 'OTHER' | 'NOT_STATED';
export type Gender = 'WOMAN' | 'MAN' | 'NOT_STATED';
export type RegionCategory = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA' | 'NOT_STATED';

export interface CategoryCount<C extends string> {
  category: C;
  participants: number;
  statements: number;
  paragraphs: number;
}

export interface VoiceBreakdown {
  statements: number;
  paragraphs: number;
  byActorKind: CategoryCount<ActorKind>[];
  byRegion: CategoryCount<RegionCategory>[];
  byGender: CategoryCount<Gender>[];
}

const ORGANIZATION_ACTOR: Record<string, ActorKind> = {
  ngo: 'NGO',
  academia: 'ACADEMIA',
  'private-sector': 'PRIVATE_SECTOR',
  'un-entity': 'INTERGOVERNMENTAL',
  igo: 'INTERGOVERNMENTAL',
  nhri: 'NHRI',
  government: 'STATE',
  state: 'STATE',
  'joint-submission': 'JOINT_SUBMISSION',
  other: 'OTHER',
};

export function actorKind(v: Voice): ActorKind {
  if (v.actorLabel === 'Place') return 'STATE';
  if (v.actorLabel === 'Organization') return ORGANIZATION_ACTOR[v.actorKind ?? ''] ?? 'OTHER';
  return 'NOT_STATED';
}

export function regionOf(v: Voice, regions: ReadonlyMap<string, Region>): RegionCategory {
  const region = v.actorLabel === 'Place' && v.actorName ? regions.get(v.actorName) : undefined;
  return region ? (region.toUpperCase() as RegionCategory) : 'NOT_STATED';
}

export function genderOf(v: Voice): Gender {
  if (v.personId === null) return 'NOT_STATED';
  return v.gender === 'woman' ? 'WOMAN' : v.gender === 'man' ? 'MAN' : 'NOT_STATED';
}

/** Tallies of one dimension: category → participants, statements and paragraphs seen. */
class Tally<C extends string> {
  private readonly seen = new Map<C, { participants: Set<string>; statements: Set<string>; paragraphs: Set<string> }>();
  add(category: C, participant: string, s: VoicedStatement): void {
    let t = this.seen.get(category);
    if (!t) this.seen.set(category, (t = { participants: new Set(), statements: new Set(), paragraphs: new Set() }));
    t.participants.add(participant);
    t.statements.add(s.id);
    if (s.paragraph !== null) t.paragraphs.add(`${s.documentId}#${s.paragraph}`);
  }
  counts(order: readonly C[]): CategoryCount<C>[] {
    return order.flatMap((category) => {
      const t = this.seen.get(category);
      return t ? [{ category, participants: t.participants.size, statements: t.statements.size, paragraphs: t.paragraphs.size }] : [];
    });
  }
}

const ACTOR_ORDER: ActorKind[] = [
  'STATE',
  'NGO',
  'ACADEMIA',
  'PRIVATE_SECTOR',
  'INTERGOVERNMENTAL',
  'NHRI',
  'JOINT_SUBMISSION',
  'OTHER',
  'NOT_STATED',
];
const REGION_ORDER: RegionCategory[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA', 'NOT_STATED'];
const GENDER_ORDER: Gender[] = ['WOMAN', 'MAN', 'NOT_STATED'];

export function countVoices(statements: readonly VoicedStatement[], regions: ReadonlyMap<string, Region>): VoiceBreakdown {
  const kinds = new Tally<ActorKind>();
  const places = new Tally<RegionCategory>();
  const genders = new Tally<Gender>();
  const paragraphs = new Set<string>();
  for (const s of statements) {
    if (s.paragraph !== null) paragraphs.add(`${s.documentId}#${s.paragraph}`);
    // an anonymous statement ("several speakers") is one voice of no stated kind, told apart by the statement
    const voices: Voice[] =
      s.speakers.length > 0
        ? s.speakers
        : [{ personId: null, gender: null, actorId: null, actorLabel: null, actorKind: null, actorName: null }];
    for (const v of voices) {
      const actor = v.actorId ?? v.personId ?? `anonymous:${s.id}`;
      kinds.add(actorKind(v), actor, s);
      places.add(regionOf(v, regions), actor, s);
      genders.add(genderOf(v), v.personId ?? actor, s);
    }
  }
  return {
    statements: statements.length,
    paragraphs: paragraphs.size,
    byActorKind: kinds.counts(ACTOR_ORDER),
    byRegion: places.counts(REGION_ORDER),
    byGender: genders.counts(GENDER_ORDER),
  };
}
