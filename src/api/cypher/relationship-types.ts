/**
 * Which relationships the graph queries follow. Document navigation (paragraph order,
 * section membership, footnotes) links every paragraph to every other within a few hops;
 * left in, it would make every neighbourhood "the whole document" and every shortest path
 * "via the next paragraph", which explains nothing. It stays reachable by asking for it.
 *
 * Shortest paths leave out the meeting's hub edges too, when they can (MEANINGFUL_TYPES):
 * every organization took part in the meeting and the meeting produced every observation,
 * so "Organization → Meeting → Observation" is true of any pair and says nothing.
 * Neighbourhoods keep them: the neighbourhood of an organization should show its meeting.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../graph/model.js';

export const NAVIGATION_TYPES: ReadonlySet<RelationshipType> = new Set<RelationshipType>([
  'NEXT',
  'HAS_SECTION',
  'HAS_SUBSECTION',
  'HAS_PARAGRAPH',
  'CONTAINS',
  'HAS_SUBPARAGRAPH',
  'HAS_FOOTNOTE',
  'CITES_FOOTNOTE',
]);

/** The meeting's structure: one hub that every participant, panel and observation touches. */
export const HUB_TYPES: ReadonlySet<RelationshipType> = new Set<RelationshipType>([
  'PRODUCED',
  'PARTICIPATED_IN',
  'RECORDS',
  'HAS_AGENDA_ITEM',
  'HAS_PANEL',
  'CHAIRED_BY',
  'FOLLOWS',
  'IN_SERIES',
  'OF',
]);

export const DEFAULT_TRAVERSAL_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter((t) => !NAVIGATION_TYPES.has(t));

/** Who said what, what it mentions, what an observation draws on: the types a path is first looked for over. */
export const MEANINGFUL_TYPES: readonly RelationshipType[] = DEFAULT_TRAVERSAL_TYPES.filter((t) => !HUB_TYPES.has(t));

/** The types to follow: the caller's (checked against the model), else the default. */
export function traversalTypes(requested: readonly string[] | null | undefined): RelationshipType[] {
  if (!requested || requested.length === 0) return [...DEFAULT_TRAVERSAL_TYPES];
  const known = new Set<string>(RELATIONSHIP_TYPES);
  const out = [...new Set(requested)].filter((t): t is RelationshipType => known.has(t));
  if (out.length !== new Set(requested).size) throw new Error('unknown relationship type');
  return out;
}
