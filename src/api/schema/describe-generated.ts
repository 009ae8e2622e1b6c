/**
 * @neo4j/graphql generates most of the schema (filters, sorts, connections, aggregates) and
 * leaves all of it undescribed: GraphiQL's documentation pane then shows thousands of bare
 * entries next to the written ones. This fills every missing description from the schema's
 * own structure: the type or field a generated entry derives from (its written description
 * when there is one) and the role the library gives it (filter, order, page, aggregate).
 * Written descriptions are never touched.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describeMember, describeType, humanize, type Origin } from './generated-descriptions.js';

/** Where each generated type name comes from: the written type it belongs to and the field after it. */
function originOf(name: string, written: Map<string, GraphQLNamedType>, plurals: Map<string, string>): Origin {
  let owner: string | null = null;
  for (const candidate of [...written.keys(), ...plurals.keys()]) {
    if (name.startsWith(candidate) && candidate.length > (owner?.length ?? 0)) owner = candidate;
  }
  if (!owner) return { owner: null, ownerType: null, rest: name, field: null, fieldDescription: null };
  const ownerName = plurals.get(owner) ?? owner;
  const ownerType = written.get(ownerName) ?? null;
  const rest = name.slice(owner.length);
  // "MeetingPanelsConnectionWhere": the owner's field `panels`, then the generated role.
  // Aggregate selections put the related type first: "AgendaItemPanelPanelsAggregateSelection".
  let field: string | null = null;
  let fieldDescription: string | null = null;
  let consumed = 0;
  if (ownerType && (isObjectType(ownerType) || isInterfaceType(ownerType))) {
    for (const f of Object.values(ownerType.getFields())) {
      // The library's own xConnection / xAggregate fields are not what a generated name derives from.
      if (/(Connection|Aggregate)$/.test(f.name)) continue;
      const pascal = f.name[0]!.toUpperCase() + f.name.slice(1);
      for (const prefix of [pascal, getNamedType(f.type).name + pascal]) {
        if (rest.startsWith(prefix) && rest !== prefix && prefix.length > consumed) {
          field = f.name;
          fieldDescription = f.description ?? null;
          consumed = prefix.length;
        }
      }
    }
  }
  return { owner: ownerName, ownerType, rest: rest.slice(consumed), field, fieldDescription };
}

/** Fills the missing descriptions of `schema` in place and returns it. */
export function describeGenerated(schema: GraphQLSchema, writtenTypeNames: Iterable<string>): GraphQLSchema {
  const typeMap = schema.getTypeMap();
  const written = new Map<string, GraphQLNamedType>();
  for (const name of writtenTypeNames) if (typeMap[name] && name !== 'Query' && name !== 'Mutation') written.set(name, typeMap[name]);
  // The library names list types by their plural ("People", "MigrationDrivers"): read it off the root fields.
  const plurals = new Map<string, string>();
  const query = schema.getQueryType();
  for (const f of Object.values(query?.getFields() ?? {})) {
    const target = getNamedType(f.type).name;
    if (written.has(target) && !f.name.endsWith('Connection') && !f.name.endsWith('Aggregate')) {
      plurals.set(f.name[0]!.toUpperCase() + f.name.slice(1), target);
    }
  }

  for (const type of Object.values(typeMap)) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const origin = originOf(type.name, written, plurals);
    if (!type.description) type.description = describeType(type, origin);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        field.description ??= describeMember(type, field.name, origin, fieldOf(type, field.name, written));
        for (const arg of field.args as GraphQLArgument[]) arg.description ??= describeArgument(arg.name, field.name);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        field.description ??= describeMember(type, field.name, origin, fieldOf(type, field.name, written, origin));
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) value.description ??= `${humanize(value.name)}.`;
    } else if (isUnionType(type)) {
      // A union's description is its type's; its members are types, described on their own.
    }
  }
  return schema;
}

/** The written field a generated member mirrors (MeetingWhere.date ← Meeting.date), for its description. */
function fieldOf(
  type: GraphQLNamedType,
  member: string,
  written: Map<string, GraphQLNamedType>,
  origin?: Origin,
): GraphQLField<unknown, unknown> | null {
  const base = member.replace(/(Connection|Aggregate)$/, '');
  const own = written.get(type.name);
  const owner = own ?? (origin?.ownerType && !origin.field ? origin.ownerType : null);
  if (owner && (isObjectType(owner) || isInterfaceType(owner))) return owner.getFields()[base] ?? null;
  return null;
}

const ARGUMENTS: Record<string, string> = {
  where: 'Only those matching this filter.',
  sort: 'The order, by one or more fields.',
  limit: 'At most this many.',
  offset: 'Skip this many first (with `limit`, to page).',
  first: 'At most this many in the page.',
  after: "Start after this cursor (a previous page's `pageInfo.endCursor`).",
};

function describeArgument(name: string, field: string): string {
  return ARGUMENTS[name] ?? `The \`${name}\` of \`${field}\`.`;
}
