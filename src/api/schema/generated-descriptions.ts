/**
 * The one-line descriptions of @neo4j/graphql's generated types and members, by the role the
 * library gives them (see describe-generated.ts for how an entry's origin is found).
 */
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';

/** A generated name read back: the written type it belongs to, and the field of that type after it. */
export interface Origin {
  owner: string | null;
  ownerType: GraphQLNamedType | null;
  /** What follows the owner (and field) in the name: the generated role ("ConnectionWhere"…). */
  rest: string;
  field: string | null;
  fieldDescription: string | null;
}

const plural = (words: string): string =>
  /(s|x|ch|sh)$/.test(words)
    ? `${words}es`
    : /[^aeiou]y$/.test(words)
      ? `${words.slice(0, -1)}ies`
      : words === 'person'
        ? 'people'
        : `${words}s`;

function subjectOf(o: Origin, fallback: string): string {
  if (o.owner && o.field) return `a ${humanize(o.owner)}'s ${humanize(o.field)}`;
  if (o.owner) return plural(humanize(o.owner));
  return fallback;
}

/** Roles of generated types, most specific first; `$` is the subject ("a meeting's panels", "meetings"). */
const TYPE_ROLES: Array<[RegExp, (s: string, o: Origin, m: RegExpExecArray) => string]> = [
  [/^Where$/, (s) => `Conditions on ${s}: on their fields and relationships, combined with AND, OR and NOT.`],
  [/^Sort$/, (s) => `Orders ${s} by one of their fields.`],
  [/^Edge$/, (_s, o) => `One ${humanize(o.owner ?? '')} in a page of results, with its cursor.`],
  [/^AggregateNode$/, (s) => `Aggregates of the fields of ${s}.`],
  [/^Aggregate$/, (s) => `How many ${s} there are, and aggregates of their fields.`],
  [
    /^Connection$/,
    (s, o) =>
      `A page of ${s}: the items${o.field ? " with the relationship's properties" : ''}, each with its cursor, the total count and where the page is.`,
  ],
  [/^(\w+)ConnectionWhere$/, (s, _o, m) => `Conditions on ${s} when the related node is a ${humanize(m[1]!)}.`],
  [/^ConnectionWhere$/, (s) => `Conditions on ${s}: on the related node and on the relationship's properties.`],
  [/^ConnectionSort$/, (s) => `Orders ${s} by the related node's or the relationship's fields.`],
  [/^ConnectionFilters$/, (s) => `Conditions on ${s} as a whole: that all, none, exactly one or some of them match.`],
  [/^ConnectionAggregateInput$/, (s) => `Conditions on how many ${s} there are and on aggregates of their fields.`],
  [/^NodeAggregationWhereInput$/, (s) => `Conditions on aggregates of the related nodes' fields (${s}).`],
  [/^EdgeAggregationWhereInput$/, (s) => `Conditions on aggregates of the relationship's properties (${s}).`],
  [/^AggregationWhereInput$/, (s) => `Conditions on aggregates of the fields of ${s}.`],
  [/^NodeAggregateSelection$/, (s) => `Aggregates of the related nodes' fields (${s}).`],
  [/^EdgeAggregateSelection$/, (s) => `Aggregates of the relationship's properties (${s}).`],
  [/^AggregateSelection$/, (s) => `How many ${s} there are, and aggregates of their fields.`],
  [/^RelationshipFilters$/, (s) => `Conditions on the ${s} a relationship reaches: that all, none, exactly one or some of them match.`],
  [/^Relationship$/, (s) => `One of ${s}: the related node, its cursor and the relationship's properties.`],
];

/** Types the library adds that belong to no written type. */
const LIBRARY_TYPES: Record<string, string> = {
  Query:
    'What can be asked: the nodes of each kind (filtered, ordered, paged, counted) and the custom questions (search, paths, engagement, traceability).',
  Mutation: 'What editors can change: ingest a document, correct, merge or remove a fact, undo (each recorded in the audit log).',
  Count: 'A count.',
  CountConnection: 'A count of related items, through their relationship.',
  PageInfo: 'Where a page of results is: its first and last cursors and whether pages come before or after it.',
  SortDirection: 'Ascending or descending order.',
  ConnectionAggregationCountFilterInput: 'Conditions on how many related nodes or relationships there are.',
};

/** In filters, the same members are conditions rather than values. */
const INPUT_MEMBERS: Record<string, string> = {
  node: 'Conditions on the related node.',
  edge: "Conditions on the relationship's properties.",
  count: 'Conditions on how many there are.',
};

export function describeType(type: GraphQLNamedType, origin: Origin): string {
  if (LIBRARY_TYPES[type.name]) return LIBRARY_TYPES[type.name]!;
  const subject = subjectOf(origin, humanize(type.name));
  for (const [role, text] of TYPE_ROLES) {
    const m = role.exec(origin.rest);
    if (m) return text(subject, origin, m);
  }
  // Scalar aggregates and filters: "StringAggregateSelection", "IntScalarFilters"…
  const scalar = /^(String|Int|Float|ID|Boolean|DateTime|Date|BigInt)(\w+)$/.exec(type.name);
  if (scalar) return `${role(scalar[2]!)} for a ${scalar[1]} field.`;
  return `Part of the generated query model: ${humanize(type.name)}.`;
}

function role(rest: string): string {
  if (/AggregateSelection/.test(rest)) return 'Aggregates (shortest and longest, or min, max, average and sum)';
  if (/ListFilters/.test(rest)) return 'Conditions on a list';
  if (/AggregationFilters/.test(rest)) return 'Conditions on aggregates';
  if (/Filters/.test(rest)) return 'Conditions';
  if (/Mutations?/.test(rest)) return 'Changes';
  return 'Generated helper';
}

/** Members whose meaning does not depend on where they are. */
const MEMBERS: Record<string, string> = {
  AND: 'Every one of these conditions holds.',
  OR: 'At least one of these conditions holds.',
  NOT: 'This condition does not hold.',
  eq: 'Equal to this value.',
  in: 'Equal to one of these values.',
  contains: 'Contains this text.',
  startsWith: 'Starts with this text.',
  endsWith: 'Ends with this text.',
  matches: 'Matches this regular expression.',
  lt: 'Less than this value.',
  lte: 'At most this value.',
  gt: 'Greater than this value.',
  gte: 'At least this value.',
  includes: 'The list includes this value.',
  all: 'Every related node matches.',
  none: 'No related node matches.',
  single: 'Exactly one related node matches.',
  some: 'At least one related node matches.',
  edges: 'The items of this page, each with its cursor.',
  totalCount: 'How many there are in all, across every page.',
  pageInfo: 'Where this page is: cursors, and whether pages come before or after it.',
  cursor: "This item's position, to page from it (`after`).",
  aggregate: 'How many there are, and aggregates of their fields.',
  count: 'How many there are.',
  nodes: 'How many nodes.',
  node: 'The related node.',
  edge: "The relationship's properties.",
  properties: "The relationship's properties: where it was read (document, paragraphs, quote) and how.",
  shortest: 'The shortest value.',
  longest: 'The longest value.',
  min: 'The smallest value.',
  max: 'The largest value.',
  average: 'The mean value.',
  sum: 'The sum.',
  shortestLength: 'Conditions on the length of the shortest value.',
  longestLength: 'Conditions on the length of the longest value.',
  averageLength: 'Conditions on the mean length.',
};

export function describeMember(
  type: GraphQLNamedType,
  member: string,
  origin: Origin,
  mirror: GraphQLField<unknown, unknown> | null,
): string {
  if (type.name === 'Query') return describeRootField(member, type);
  const written = mirror?.description ?? relatedFieldDescription(origin, member);
  if (written && isInputObjectType(type)) {
    if (/Sort$/.test(type.name)) return `Order by ${humanize(member)}: ${lowerFirst(written)}`;
    if (/Aggregat/.test(type.name)) return `Conditions on aggregates of ${humanize(member)}: ${lowerFirst(written)}`;
    return `Conditions on ${humanize(member)}: ${lowerFirst(written)}`;
  }
  if (mirror?.description && member.endsWith('Connection'))
    return `${mirror.description} As a connection: cursor pages, a total count, and each relationship's properties.`;
  if (mirror?.description && member.endsWith('Aggregate')) return `How many (${humanize(mirror.name)}), and aggregates of their fields.`;
  if (written && /Aggregat/.test(type.name)) return `Aggregates of ${humanize(member)}: ${lowerFirst(written)}`;
  if (isInputObjectType(type) && INPUT_MEMBERS[member]) return INPUT_MEMBERS[member]!;
  if (MEMBERS[member]) return MEMBERS[member]!;
  if (/^[A-Z]/.test(member)) return `Conditions when the related node is a ${humanize(member)}.`;
  if (written) return written;
  return `${upperFirst(humanize(member))}.`;
}

/** The library's root fields: `meetings`, `meetingsConnection`, `meetingsAggregate`. */
function describeRootField(member: string, query: GraphQLNamedType): string {
  const base = member.replace(/(Connection|Aggregate)$/, '');
  const field = isObjectType(query) ? query.getFields()[base] : undefined;
  const things = field ? plural(humanize(getNamedType(field.type).name)) : humanize(base);
  if (member.endsWith('Connection')) return `The ${things}, filtered and ordered, as cursor pages with a total count.`;
  if (member.endsWith('Aggregate')) return `How many ${things} there are (filtered), and aggregates of their fields.`;
  return `The ${things}, filtered (\`where\`), ordered (\`sort\`) and paged (\`limit\`, \`offset\`).`;
}

/** For members of types generated for a relationship (MeetingPanelsNodeAggregateSelection.name ← Panel.name). */
function relatedFieldDescription(origin: Origin, member: string): string | null {
  const owner = origin.ownerType;
  if (!owner || !(isObjectType(owner) || isInterfaceType(owner))) return null;
  if (!origin.field) return owner.getFields()[member]?.description ?? null;
  const related = getNamedType(owner.getFields()[origin.field]!.type);
  if (isObjectType(related) || isInterfaceType(related)) return related.getFields()[member]?.description ?? null;
  return null;
}

const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** "agendaItems" → "agenda items", "DriverOfMigration" → "driver of migration". */
export function humanize(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}
