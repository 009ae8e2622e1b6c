/**
 * Researchers meet the project through GraphiQL's documentation pane: every type, field,
 * argument and enum value written in schema/*.graphql says in one line what it is. The
 * generated parts (filters, connections, aggregates) are @neo4j/graphql's and not checked.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLEnumType,
  type GraphQLObjectType,
  type GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { schemaFiles } from '../../../src/api/schema/type-defs.js';
import { buildSchema, createNeo4jGraphQL } from '../../../src/api/schema/neo4j-graphql.js';
import { STORED_ENUM_VALUES } from '../../../src/api/schema/enum-values.js';
import { PROJECT_ROOT } from '../../../src/config/settings.js';

/** Every definition in `doc` that a researcher would read and that has no description, as "Type.field(arg)". */
export function undescribed(doc: DocumentNode): string[] {
  const missing: string[] = [];
  const has = (n: { description?: { value: string } | undefined }) => (n.description?.value.trim() ?? '') !== '';
  const typeName: string[] = [];
  visit(doc, {
    enter(node: ASTNode) {
      switch (node.kind) {
        case Kind.OBJECT_TYPE_DEFINITION:
        case Kind.ENUM_TYPE_DEFINITION:
        case Kind.UNION_TYPE_DEFINITION:
        case Kind.SCALAR_TYPE_DEFINITION:
        case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        case Kind.INTERFACE_TYPE_DEFINITION:
          if (!has(node)) missing.push(node.name.value);
          typeName.push(node.name.value);
          break;
        case Kind.OBJECT_TYPE_EXTENSION:
          // An extension carries no description of its own; its fields must.
          typeName.push(node.name.value);
          break;
        case Kind.FIELD_DEFINITION:
        case Kind.INPUT_VALUE_DEFINITION:
        case Kind.ENUM_VALUE_DEFINITION: {
          const owner = typeName.at(-1) ?? '?';
          if (node.kind === Kind.INPUT_VALUE_DEFINITION) {
            if (!has(node)) missing.push(`${owner}(${node.name.value})`);
          } else {
            if (!has(node)) missing.push(`${owner}.${node.name.value}`);
            if (node.kind === Kind.FIELD_DEFINITION) typeName.push(`${owner}.${node.name.value}`);
          }
          break;
        }
        // Directive arguments (@relationship(type: …)) are not part of the schema clients see.
        case Kind.DIRECTIVE:
          return false;
      }
      return undefined;
    },
    leave(node: ASTNode) {
      if (
        node.kind === Kind.OBJECT_TYPE_DEFINITION ||
        node.kind === Kind.ENUM_TYPE_DEFINITION ||
        node.kind === Kind.UNION_TYPE_DEFINITION ||
        node.kind === Kind.SCALAR_TYPE_DEFINITION ||
        node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
        node.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        node.kind === Kind.OBJECT_TYPE_EXTENSION ||
        node.kind === Kind.FIELD_DEFINITION
      )
        typeName.pop();
    },
  });
  return missing;
}

const files = schemaFiles();
const docs = files.map((f) => ({ file: path.basename(f), doc: parse(readFileSync(f, 'utf8')) }));

const CUSTOM_QUERIES = docs
  .flatMap((d) => d.doc.definitions)
  .flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query' ? (d.fields ?? []).map((f) => f.name.value) : []));

let schema: GraphQLSchema;
async function getSchema(): Promise<GraphQLSchema> {
  schema ??= await createNeo4jGraphQL().getSchema();
  return schema;
}

describe('schema descriptions', () => {
  it('finds what has no description (the check itself can fail)', () => {
    const doc = parse(`
      "Described." type A { "Described." x(y: Int, "Described." z: Int): Int  w: String }
      type B { "Described." v: Int }
      "Described." enum E { "Described." ONE TWO }
      union U = A | B
    `);
    expect(undescribed(doc)).toEqual(['A.x(y)', 'A.w', 'B', 'E.TWO', 'U']);
  });

  it.each(docs.map((d) => [d.file, d.doc] as const))('describes every type, field, argument and enum value of %s', (_file, doc) => {
    expect(undescribed(doc)).toEqual([]);
  });

  it('keeps the descriptions in the schema clients see (generated types aside)', async () => {
    const s = await getSchema();
    for (const name of ['Organization', 'Statement', 'Meeting', 'Paragraph', 'Citation', 'Query']) {
      const type = s.getType(name) as GraphQLObjectType;
      // @neo4j/graphql builds the root Query type itself, without the written description.
      if (name !== 'Query') expect(type.description, name).toBeTruthy();
      for (const field of Object.values(type.getFields())) {
        // xConnection and aggregate fields are @neo4j/graphql's own.
        if (field.name.endsWith('Connection') || field.name.endsWith('Aggregate')) continue;
        // The root's generated fields (statements, organizationsConnection…) are @neo4j/graphql's.
        if (type.name === 'Query' && !CUSTOM_QUERIES.includes(field.name)) continue;
        expect(field.description, `${name}.${field.name}`).toBeTruthy();
        for (const arg of field.args) {
          // The generated relationship arguments (where, sort, limit, offset) are @neo4j/graphql's.
          if (type.name !== 'Query' && ['where', 'sort', 'limit', 'offset'].includes(arg.name) && !field.name.startsWith('citations'))
            continue;
          expect(arg.description, `${name}.${field.name}(${arg.name})`).toBeTruthy();
        }
      }
    }
  });
});

describe('schema enums', () => {
  const enumDefs = docs.flatMap((d) => d.doc.definitions).filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION);
  const modelEnums = parse(readFileSync(path.join(PROJECT_ROOT, 'schema', 'enums.graphql'), 'utf8')).definitions.filter(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION,
  );

  it('maps every value of every model enum to the spelling the graph stores, and nothing else', () => {
    expect(modelEnums.map((e) => e.name.value).sort()).toEqual(Object.keys(STORED_ENUM_VALUES).sort());
    for (const e of modelEnums) {
      const declared = (e.values ?? []).map((v) => v.name.value).sort();
      expect(Object.values(STORED_ENUM_VALUES[e.name.value]!).sort(), e.name.value).toEqual(declared);
    }
  });

  it('has a category for every category of the vocabularies', () => {
    const stored = new Set(Object.keys(STORED_ENUM_VALUES.TermCategory!));
    // Every domain pack's concepts and drivers (seeds/vocabularies/packs/<domain>/).
    const packs = path.join(PROJECT_ROOT, 'seeds', 'vocabularies', 'packs');
    const files = readdirSync(packs).flatMap((d) => ['concepts.json', 'drivers.json'].map((f) => path.join(packs, d, f)));
    for (const file of files.filter((f) => existsSync(f))) {
      const text = readFileSync(file, 'utf8');
      const categories = [...text.matchAll(/"category"\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
      expect(categories.length, file).toBeGreaterThan(0);
      for (const c of categories) expect(stored.has(c), `${file}: ${c}`).toBe(true);
    }
  });

  it('turns an enum value into its stored spelling in filters, and back in answers', async () => {
    const s = await getSchema();
    const kind = s.getType('OrganizationKind') as GraphQLEnumType;
    expect(kind.parseLiteral({ kind: Kind.ENUM, value: 'PRIVATE_SECTOR' }, {})).toBe('private-sector');
    expect(kind.serialize('private-sector')).toBe('PRIVATE_SECTOR');
    const format = s.getType('MeetingFormat') as GraphQLEnumType;
    expect(format.serialize('in person')).toBe('IN_PERSON');
  });

  it('declares no enum twice across files', () => {
    const names = enumDefs.map((e) => e.name.value);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("descriptions of @neo4j/graphql's generated entries", () => {
  let built: GraphQLSchema;
  const built$ = async () => (built ??= await buildSchema());

  it('leaves no type, field, argument, input field or enum value of the schema clients see undescribed', async () => {
    const s = await built$();
    const missing: string[] = [];
    for (const t of Object.values(s.getTypeMap())) {
      if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
      if (!t.description?.trim()) missing.push(t.name);
      if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
        for (const f of Object.values(t.getFields())) {
          if (!f.description?.trim()) missing.push(`${t.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : []) if (!a.description?.trim()) missing.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(t)) for (const v of t.getValues()) if (!v.description?.trim()) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('derives each generated description from what it is generated from', async () => {
    const s = await built$();
    const input = (name: string) => s.getType(name) as GraphQLInputObjectType;
    const object = (name: string) => s.getType(name) as GraphQLObjectType;
    const meeting = object('Meeting').getFields();
    // A filter on a field repeats the field's own description.
    expect(input('MeetingWhere').getFields().date!.description).toContain(meeting.date!.description!.replace(/^F/, 'f'));
    // Types generated for a relationship name the type and the relationship they belong to.
    expect(s.getType('MeetingPanelsConnectionWhere')!.description).toMatch(/a meeting's panels/);
    expect(s.getType('MeetingWhere')!.description).toMatch(/^Conditions on meetings/);
    // The root's generated lists say what they list; the relationship connection says what it connects.
    expect(object('Query').getFields().peopleConnection!.description).toMatch(/people/);
    expect(meeting.panelsConnection!.description).toContain(meeting.panels!.description!);
    // Written descriptions are kept as written.
    expect(meeting.date!.description).toBe('First day (ISO 8601).');
  });
});
