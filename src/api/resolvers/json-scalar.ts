/**
 * JSON: the stored properties of a node or relationship, as they are. Output values are
 * converted from Neo4j types first (integers, temporals) so they always serialise.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { toPlain } from '../convert.js';

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => toPlain(value),
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literal(ast, variables ?? null),
});

function literal(ast: ValueNode, variables: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables ? variables[ast.name.value] : undefined;
    case Kind.ENUM:
      return ast.value;
  }
}
