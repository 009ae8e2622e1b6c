/**
 * What decides the Cypher that @neo4j/graphql compiles for one root field of one request:
 * the document, the operation, which field nodes were merged under the response key, and
 * the variables used inside that field (fragments expanded). Of those variables, values that
 * may only be passed through as parameters (String and ID values of a variable used once)
 * are "leaves": they are left out of the key and mapped into the parameters instead
 * (template.ts). Every other value — numbers (limits are clamped), booleans (@include),
 * enums, custom scalars, nulls, list lengths, which input fields are present — is part of
 * the key, so a different value is a different shape.
 */
import {
  Kind,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type FieldNode,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type ValueNode,
  type DirectiveNode,
} from 'graphql';

export interface RequestShape {
  /** Equal keys compile to the same Cypher up to the leaves' values. */
  key: string;
  /** The leaves' values, in a fixed order for the key. */
  leaves: string[];
  /** The request's variables with the leaves replaced by `next()`, in the same order. */
  withLeaves(next: (index: number) => string): Record<string, unknown>;
}

/** null when the request cannot be keyed (no document text, a variable without a type). */
export function requestShape(info: GraphQLResolveInfo): RequestShape | null {
  const source = info.operation.loc?.source.body;
  if (source === undefined) return null;
  const uses = variableUses(info);
  if (!uses) return null;
  const types = variableTypes(info);
  const names = [...uses.keys()].sort();
  const leaves: string[] = [];
  const parts: string[] = [];
  for (const name of names) {
    const type = types.get(name);
    if (!type) return null;
    const probe = uses.get(name) === 1;
    parts.push(`${name}=${describe(info.variableValues[name], type, probe, leaves)}`);
  }
  const merged = info.fieldNodes.map((n) => n.loc?.start ?? -1).join(',');
  const key = [source, info.operation.name?.value ?? '', info.path.key, merged, parts.join(';')].join('\u0000');
  return {
    key,
    leaves,
    withLeaves(next) {
      const out: Record<string, unknown> = { ...info.variableValues };
      let index = 0;
      for (const name of names) {
        if (uses.get(name) !== 1 || !(name in out)) continue;
        out[name] = substitute(out[name], types.get(name)!, () => next(index++));
      }
      return out;
    },
  };
}

/** Shape of one value; String/ID leaves pushed to `leaves` (and written "s") when `probe`. */
function describe(value: unknown, type: GraphQLInputType, probe: boolean, leaves: string[]): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (isNonNullType(type)) return describe(value, type.ofType, probe, leaves);
  if (isListType(type) && Array.isArray(value)) return `[${value.map((v) => describe(v, type.ofType, probe, leaves)).join(',')}]`;
  if (isInputObjectType(type) && isRecord(value)) {
    const fields = type.getFields();
    const entries = Object.keys(value).map((k) => {
      const field = fields[k];
      return `${k}:${field ? describe(value[k], field.type, probe, leaves) : literal(value[k])}`;
    });
    return `{${entries.join(',')}}`;
  }
  if (probe && isPassThroughString(type) && typeof value === 'string') {
    leaves.push(value);
    return 's';
  }
  return literal(value);
}

/** The same walk as describe(), rebuilding the value with each leaf replaced. */
function substitute(value: unknown, type: GraphQLInputType, next: () => string): unknown {
  if (value === undefined || value === null) return value;
  if (isNonNullType(type)) return substitute(value, type.ofType, next);
  if (isListType(type) && Array.isArray(value)) return value.map((v) => substitute(v, type.ofType, next));
  if (isInputObjectType(type) && isRecord(value)) {
    const fields = type.getFields();
    return Object.fromEntries(Object.keys(value).map((k) => [k, fields[k] ? substitute(value[k], fields[k].type, next) : value[k]]));
  }
  if (isPassThroughString(type) && typeof value === 'string') return next();
  return value;
}

function isPassThroughString(type: GraphQLInputType): boolean {
  return isScalarType(type) && (type.name === 'String' || type.name === 'ID');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value written into the key whole (JSON is self-delimiting; BigInt spelled out). */
function literal(value: unknown): string {
  return `v${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;
}

const typesMemo = new WeakMap<object, Map<string, GraphQLInputType>>();

function variableTypes(info: GraphQLResolveInfo): Map<string, GraphQLInputType> {
  let types = typesMemo.get(info.operation);
  if (!types) {
    types = new Map();
    for (const def of info.operation.variableDefinitions ?? []) {
      const type = typeFromAST(info.schema, def.type) as GraphQLInputType | undefined;
      if (type) types.set(def.variable.name.value, type);
    }
    typesMemo.set(info.operation, types);
  }
  return types;
}

const usesMemo = new WeakMap<FieldNode, Map<string, number>>();

/**
 * How often each variable occurs inside the root field (its arguments, directives and
 * selections, each fragment counted as often as it is spread). The AST is Apollo's cached
 * parse of the document, so the count is kept per field node.
 */
function variableUses(info: GraphQLResolveInfo): Map<string, number> | null {
  const single = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const memo = single && usesMemo.get(single);
  if (memo) return memo;
  const uses = new Map<string, number>();
  // Validation has refused fragment cycles and deep documents; this only keeps a walk that
  // would not end from running (the request is then not cached, never keyed incompletely).
  let complete = true;
  const count = (v: ValueNode): void => {
    if (v.kind === Kind.VARIABLE) uses.set(v.name.value, (uses.get(v.name.value) ?? 0) + 1);
    else if (v.kind === Kind.LIST) v.values.forEach(count);
    else if (v.kind === Kind.OBJECT) v.fields.forEach((f) => count(f.value));
  };
  const directives = (ds: readonly DirectiveNode[] | undefined) => ds?.forEach((d) => d.arguments?.forEach((a) => count(a.value)));
  const selections = (set: SelectionSetNode | undefined, depth: number): void => {
    if (!set) return;
    if (depth > 64) {
      complete = false;
      return;
    }
    for (const s of set.selections) {
      directives(s.directives);
      if (s.kind === Kind.FIELD) {
        s.arguments?.forEach((a) => count(a.value));
        selections(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        selections(s.selectionSet, depth + 1);
      } else {
        const fragment = info.fragments[s.name.value];
        directives(fragment?.directives);
        selections(fragment?.selectionSet, depth + 1);
      }
    }
  };
  for (const node of info.fieldNodes) {
    directives(node.directives);
    node.arguments?.forEach((a) => count(a.value));
    selections(node.selectionSet, 0);
  }
  if (!complete) return null;
  if (single) usesMemo.set(single, uses);
  return uses;
}
