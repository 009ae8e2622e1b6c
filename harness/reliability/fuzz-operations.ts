/**
 * fast-check arbitraries of GraphQL requests built from the server's own schema: valid
 * operations (fields, nested selections, fragments on unions and interfaces, arguments of the
 * right types including filters, sorting and limits, inline or as variables) and invalid
 * ones (wrong argument types, unknown fields, broken syntax, random text, huge strings,
 * unicode, variables of the wrong type, bodies of the wrong shape). Each case says which it is.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzCase {
  kind: string;
  valid: boolean;
  /** The JSON body sent with POST. */
  body: string;
  /** Send an API key that is not an editor's (mutations must still be refused). */
  wrongKey?: boolean;
}

const MAX_SELECTION_DEPTH = 4;
const MAX_INPUT_DEPTH = 3;

/** Words and ids that exist in the graph, so some valid operations find something. */
export interface Vocabulary {
  ids: string[];
  words: string[];
}

export function fuzzCases(schema: GraphQLSchema, vocab: Vocabulary): fc.Arbitrary<FuzzCase> {
  const g = new OperationArbitraries(schema, vocab);
  return fc.oneof(
    { weight: 10, arbitrary: g.validOperation() },
    { weight: 2, arbitrary: g.wrongArgumentTypes() },
    { weight: 2, arbitrary: g.unknownField() },
    { weight: 2, arbitrary: g.brokenSyntax() },
    { weight: 1, arbitrary: randomText() },
    { weight: 2, arbitrary: g.wrongVariables() },
    { weight: 1, arbitrary: badBodyShape() },
    { weight: 1, arbitrary: g.unicodeStrings() },
    { weight: 1, arbitrary: hugeString() },
  );
}

interface Printed {
  /** The root field with its arguments inline, and its selection. */
  text: string;
  /** The same with the arguments as variables `$v0…`, declared in `declarations`. */
  withVars: string;
  variables: Record<string, unknown>;
  declarations: string[];
  mutation: boolean;
}

class OperationArbitraries {
  private readonly selections = new Map<string, fc.Arbitrary<string>>();
  private readonly inputs = new Map<string, fc.Arbitrary<unknown>>();
  private readonly ids: fc.Arbitrary<string>;
  private readonly words: fc.Arbitrary<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    vocab: Vocabulary,
  ) {
    this.ids = fc.oneof(fc.constantFrom(...vocab.ids), fc.string({ maxLength: 12 }));
    this.words = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...vocab.words) },
      { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
    );
  }

  validOperation(): fc.Arbitrary<FuzzCase> {
    return fc.tuple(this.rootField(true), fc.boolean(), fc.boolean()).map(([op, viaVariables, wrongKey]) => ({
      kind: op.mutation ? 'valid mutation (no editor key)' : 'valid query',
      valid: true,
      body: render(op, viaVariables),
      wrongKey: op.mutation && wrongKey,
    }));
  }

  /** A root field whose arguments are values of any type (mostly the wrong one). */
  wrongArgumentTypes(): fc.Arbitrary<FuzzCase> {
    const query = this.schema.getQueryType()!;
    const fields = Object.values(query.getFields()).filter((f) => f.args.length > 0);
    return fc
      .constantFrom(...fields)
      .chain((f) =>
        fc.tuple(
          fc.constant(f),
          fc.subarray([...f.args], { minLength: 1 }),
          fc.array(anyJson(), { minLength: f.args.length, maxLength: f.args.length }),
          this.selection(f.type as never, 1),
        ),
      )
      .map(([f, args, values, sel]) => {
        const printed = args.map((a, i) => `${a.name}: ${literal(values[i])}`).join(', ');
        return { kind: 'wrong argument types', valid: false, body: JSON.stringify({ query: `{ ${f.name}(${printed})${sel} }` }) };
      });
  }

  unknownField(): fc.Arbitrary<FuzzCase> {
    return fc.tuple(this.rootField(false), fc.nat(), fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,12}$/)).map(([op, at, name]) => {
      const text = op.text;
      const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
      const i = braces[at % braces.length]! + 1;
      return {
        kind: 'unknown field',
        valid: false,
        body: render({ ...op, text: `${text.slice(0, i)} zz_${name} ${text.slice(i)}` }, false),
      };
    });
  }

  brokenSyntax(): fc.Arbitrary<FuzzCase> {
    return fc
      .tuple(this.rootField(false), fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 6, unit: 'binary' }))
      .map(([op, at, cut, insert]) => {
        const full = `${op.mutation ? 'mutation' : 'query'} { ${op.text} }`;
        const i = at % (full.length + 1);
        return { kind: 'broken syntax', valid: false, body: JSON.stringify({ query: full.slice(0, i) + insert + full.slice(i + cut) }) };
      });
  }

  /** Declared variables with values of another type, missing, or null where not allowed. */
  wrongVariables(): fc.Arbitrary<FuzzCase> {
    return fc.tuple(this.rootField(true), fc.array(anyJson(), { maxLength: 4 }), fc.boolean()).map(([op, values, drop]) => {
      const variables: Record<string, unknown> = {};
      Object.keys(op.variables).forEach((k, i) => {
        if (!(drop && i === 0)) variables[k] = i < values.length ? values[i] : null;
      });
      return { kind: 'wrong variable types', valid: false, body: render({ ...op, variables }, true, true) };
    });
  }

  /** Valid shapes whose string arguments are unicode: emoji, right-to-left marks, zero-width, NUL, lone surrogates. */
  unicodeStrings(): fc.Arbitrary<FuzzCase> {
    const nasty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '\u0000',
        '\u202e\u0041\u0301',
        '\ud800',
        '\udfff',
        '🏳️‍🌈',
        '\u200b\u200d\ufeff',
        'Ｍｉｇｒａｎｔｓ',
        '"\\\'`${}',
        '%00%0a',
        '\u2028\u2029',
      ),
    );
    return fc.tuple(fc.constantFrom('search', 'node', 'neighbourhood'), nasty).map(([field, s]) => {
      const query =
        field === 'search'
          ? 'query($s: String!) { search(query: $s, mode: PHRASE) { snippet node { id } } }'
          : field === 'node'
            ? 'query($s: ID!) { node(id: $s) { node { id label } } }'
            : 'query($s: ID!) { neighbourhood(id: $s) { nodes { id } } }';
      return { kind: 'unicode strings', valid: true, body: JSON.stringify({ query, variables: { s } }) };
    });
  }

  private rootField(allowMutations: boolean): fc.Arbitrary<Printed> {
    const roots: { field: GraphQLField<unknown, unknown>; mutation: boolean }[] = [
      ...Object.values(this.schema.getQueryType()!.getFields()).map((field) => ({ field, mutation: false })),
      ...(allowMutations
        ? Object.values(this.schema.getMutationType()?.getFields() ?? {}).map((field) => ({ field, mutation: true }))
        : []),
    ];
    return fc
      .constantFrom(...roots)
      .chain(({ field, mutation }) =>
        fc.tuple(fc.constant(field), fc.constant(mutation), this.argumentValues(field.args, 0), this.selection(field.type as never, 1)),
      )
      .map(([field, mutation, args, sel]) => {
        const inline = field.args
          .filter((a) => args[a.name] !== undefined)
          .map((a) => `${a.name}: ${literal(args[a.name], a.type)}`)
          .join(', ');
        const variables: Record<string, unknown> = {};
        const declarations: string[] = [];
        const viaVars = field.args
          .filter((a) => args[a.name] !== undefined)
          .map((a, i) => {
            variables[`v${i}`] = args[a.name];
            declarations.push(`$v${i}: ${String(a.type)}`);
            return `${a.name}: $v${i}`;
          })
          .join(', ');
        const text = `${field.name}${inline ? `(${inline})` : ''}${sel}`;
        const withVars = `${field.name}${viaVars ? `(${viaVars})` : ''}${sel}`;
        return { text, withVars, variables, declarations, mutation };
      });
  }

  /** Values for the arguments: every required one, some optional ones. */
  private argumentValues(args: readonly GraphQLArgument[], depth: number): fc.Arbitrary<Record<string, unknown>> {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of args) {
      const value = this.inputValue(a.type, depth);
      record[a.name] = isNonNullType(a.type) && a.defaultValue === undefined ? value : fc.option(value, { nil: undefined, freq: 2 });
    }
    return fc.record(record);
  }

  private inputValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.inputValue(type.ofType, depth);
    if (isListType(type)) return fc.array(this.inputValue(type.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
    const named = type;
    const key = `${named.name}@${Math.min(depth, MAX_INPUT_DEPTH)}`;
    const cached = this.inputs.get(key);
    if (cached) return cached;
    let arb: fc.Arbitrary<unknown>;
    if (isEnumType(named)) arb = fc.constantFrom(...named.getValues().map((v) => v.name));
    else if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields());
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      const optional = depth >= MAX_INPUT_DEPTH ? [] : fields.filter((f) => !required.includes(f));
      // Set lazily: input types refer to themselves (AND/OR/NOT), so build on first use.
      this.inputs.set(key, fc.constant({}));
      arb = fc
        .tuple(
          ...required.map((f) => this.inputValue(f.type, depth + 1).map((v) => [f.name, v] as const)),
          fc.subarray(optional, { maxLength: Math.min(2, optional.length) }),
        )
        .chain((parts) => {
          // Generated values are shared with fast-check's shrinker: read them, never mutate them.
          const picked = parts[parts.length - 1] as typeof optional;
          const fixed = parts.slice(0, -1) as (readonly [string, unknown])[];
          return fc
            .tuple(...picked.map((f) => this.inputValue(f.type, depth + 1).map((v) => [f.name, v] as const)))
            .map((more) => Object.fromEntries([...fixed, ...more]));
        });
    } else arb = this.scalar(named.name);
    this.inputs.set(key, arb);
    return arb;
  }

  private scalar(name: string): fc.Arbitrary<unknown> {
    switch (name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(-1, 0, 1, 2147483647, -2147483648));
      case 'Float':
        return fc.double({ min: -1, max: 2, noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return this.ids;
      case 'JSON':
        return fc.dictionary(fc.constantFrom('name', 'note', 'x'), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 2 });
      default:
        return this.words;
    }
  }

  /** A selection set for the type, `depth` levels below the root (empty for leaves). */
  private selection(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
    const named: GraphQLNamedType = getNamedType(type);
    if (isLeafType(named)) return fc.constant('');
    const key = `${named.name}@${depth}`;
    const cached = this.selections.get(key);
    if (cached) return cached;
    this.selections.set(key, fc.constant(' { __typename }'));
    let arb: fc.Arbitrary<string>;
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = this.schema.getPossibleTypes(named).slice(0, 12);
      arb = fc
        .tuple(
          isInterfaceType(named) ? this.fields(named, depth) : fc.constant(['__typename']),
          fc
            .subarray(possible, { maxLength: Math.min(2, possible.length) })
            .chain((ts) => fc.tuple(...ts.map((t) => this.selection(t, depth).map((s) => `... on ${t.name}${s}`)))),
        )
        .map(([own, frags]) => ` { ${[...own, ...frags].join(' ')} }`);
    } else if (isObjectType(named)) {
      arb = this.fields(named, depth).map((fs) => ` { ${fs.join(' ')} }`);
    } else arb = fc.constant('');
    this.selections.set(key, arb);
    return arb;
  }

  private fields(type: { getFields(): Record<string, GraphQLField<unknown, unknown>> }, depth: number): fc.Arbitrary<string[]> {
    const all = Object.values(type.getFields());
    const usable = depth >= MAX_SELECTION_DEPTH ? all.filter((f) => isLeafType(getNamedType(f.type))) : all;
    if (usable.length === 0) return fc.constant(['__typename']);
    return fc.subarray(usable, { minLength: 1, maxLength: Math.min(3, usable.length) }).chain((fs) =>
      fc.tuple(
        ...fs.map((f) =>
          fc
            .tuple(
              this.argumentValues(f.args, depth),
              this.selection(getNamedType(f.type) as GraphQLNamedType, depth + 1),
              fc.option(fc.constantFrom('a', 'b'), { freq: 4 }),
            )
            .map(([args, sel, alias]) => {
              const printed = f.args
                .filter((a) => args[a.name] !== undefined)
                .map((a) => `${a.name}: ${literal(args[a.name], a.type)}`)
                .join(', ');
              return `${alias ? `${alias}${depth}: ` : ''}${f.name}${printed ? `(${printed})` : ''}${sel}`;
            }),
        ),
      ),
    );
  }
}

function render(op: Printed, viaVariables: boolean, forceVariables = false): string {
  const keyword = op.mutation ? 'mutation' : 'query';
  if ((viaVariables || forceVariables) && op.declarations.length > 0) {
    return JSON.stringify({
      query: `${keyword} Fuzz(${op.declarations.join(', ')}) { ${op.withVars} }`,
      variables: op.variables,
      operationName: 'Fuzz',
    });
  }
  return JSON.stringify({ query: `${keyword} { ${op.text} }` });
}

/** A GraphQL literal for a JS value; enum values print bare when the type says so. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const t = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, t && isListType(t) ? (t.ofType as GraphQLInputType) : undefined)).join(', ')}]`;
  if (t && isEnumType(t) && typeof value === 'string') return value;
  if (typeof value === 'object') {
    const fields = t && isInputObjectType(t) ? t.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toExponential();
  return JSON.stringify(value);
}

function anyJson(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 10 }),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  );
}

/** Random text as the query, including lone surrogates and control characters. */
function randomText(): fc.Arbitrary<FuzzCase> {
  return fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((query) => ({ kind: 'random text', valid: false, body: JSON.stringify({ query }) }));
}

/** JSON that is not a GraphQL request: wrong member types, arrays (batches), scalars, persisted-query hashes. */
function badBodyShape(): fc.Arbitrary<FuzzCase> {
  return fc
    .oneof(
      fc.record({ query: anyJson() }),
      fc.record({ query: fc.constant('{ __typename }'), variables: anyJson() }),
      fc.record({ query: fc.constant('query A { __typename } query B { __typename }'), operationName: anyJson() }),
      fc.record({
        extensions: fc.record({ persistedQuery: fc.record({ version: fc.integer(), sha256Hash: fc.stringMatching(/^[0-9a-f]{0,64}$/) }) }),
      }),
      fc.array(fc.record({ query: fc.constant('{ __typename }') }), { maxLength: 3 }),
      anyJson(),
    )
    .map((v) => ({ kind: 'bad body shape', valid: false, body: JSON.stringify(v) ?? 'null' }));
}

/** A search string of 10 kB to 1 MB (under the 5 MB body limit). */
function hugeString(): fc.Arbitrary<FuzzCase> {
  return fc.tuple(fc.integer({ min: 10_000, max: 1_000_000 }), fc.constantFrom('a', 'migrants ', 'é', '(', '*')).map(([n, unit]) => ({
    kind: 'huge string',
    valid: true,
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { score } }',
      variables: { q: unit.repeat(Math.ceil(n / unit.length)) },
    }),
  }));
}
