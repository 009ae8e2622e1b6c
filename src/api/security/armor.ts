/**
 * graphql-armor for Apollo: depth, cost, alias and directive limits as validation rules
 * (validation runs before execution, so a rejected operation never touches Neo4j; Apollo
 * answers 400 GRAPHQL_VALIDATION_FAILED), and field suggestions masked outside development
 * so error messages do not reveal the schema to someone probing without introspection.
 *
 * The token limit is not armor's: its Apollo plugin throws from parsingDidStart, which
 * Apollo turns into a 500. graphql-js's parser has the same limit built in (maxTokens), and
 * a parse failure is a proper 400 GRAPHQL_PARSE_FAILED (see server.ts parseOptions).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LIMITS } from './limits.js';

export function armorProtection(development: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  });
  return armor.protect();
}
