/**
 * Puts the translation cache in front of the generated Query fields of a schema built by
 * @neo4j/graphql (people, observations, organizationsConnection…). The custom operations
 * (search, neighbourhood…) send their own parameterised Cypher and are left as they are;
 * mutations are never cached.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { TranslationCache } from './cache.js';

/** Wraps each generated Query field's resolver; returns the names of the fields wrapped. */
export function cacheGeneratedQueries(schema: GraphQLSchema, cache: TranslationCache, customFields: Iterable<string>): string[] {
  const custom = new Set(customFields);
  const wrapped: string[] = [];
  if (!cache.enabled) return wrapped;
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (custom.has(field.name) || field.name.startsWith('__') || !field.resolve) continue;
    field.resolve = cache.wrap(field.resolve as GraphQLFieldResolver<unknown, Record<PropertyKey, unknown>>) as typeof field.resolve;
    wrapped.push(field.name);
  }
  return wrapped;
}
