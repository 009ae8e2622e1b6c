/**
 * graphql-armor for Apollo: depth, cost, alias and directive limits as validation rules
 * (validation runs before execution, so a rejected operation never touches Neo4j; Apollo
 * answers 400 GRAPHQL_VALIDATION_FAILED), and field suggestions masked outside development
 * so error messages do not reveal the schema to someone probing without introspection.
 *
 * Each rejection is reported with `extensions.limit` naming the limit ("depth", "cost"…):
 * a client can tell a refused operation from a mistyped one, and the HTTP layer keeps a
 * limit's 400 whatever the media type (http/request-error-status.ts).
 *
 * The token limit is not armor's: its Apollo plugin throws from parsingDidStart, which
 * Apollo turns into a 500. graphql-js's parser has the same limit built in (maxTokens), and
 * a parse failure is a proper 400 GRAPHQL_PARSE_FAILED (see server.ts parseOptions); it is
 * tagged `limit: "tokens"` in plugins/mask-errors.ts.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { LIMITS, type LimitName } from './limits.js';

/** Why each limit exists and what to do instead, appended to armor's "X limit of N exceeded, found M". */
const WHY: Record<Exclude<LimitName, 'tokens'>, string> = {
  depth:
    'each level of nesting multiplies the rows one request reads; query the deeper part from its own root (node, neighbourhood) in a second request',
  cost: "the request's estimated work (fields, nesting, list sizes) is capped so one request cannot occupy the database; ask for fewer fields, smaller pages (first:) or split it",
  aliases:
    'each alias runs its field again, so many aliases are many requests in one; the cost limit still applies to them all; send several requests or fewer aliases',
  directives: 'each directive is evaluated for every field it marks; use fewer @include/@skip or variables to choose fields',
};

/**
 * Report the rejection as a validation error naming the limit (instead of armor's untagged
 * one) and saying why it is there. Armor prefixes "Syntax Error:", which it is not.
 */
function reportAs(limit: Exclude<LimitName, 'tokens'>) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) =>
        ctx?.reportError(
          new GraphQLError(
            `${error.message
              .replace(/^Syntax Error:\s*/, '')
              .replace(/\.$/, '')
              .replace(/found (\d+\.\d+)/, (_m, n: string) => `found ${Math.round(Number(n))}`)}: ${WHY[limit]}.`,
            {
              extensions: { limit },
            },
          ),
        ),
    ],
  };
}

export function armorProtection(development: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs('depth') },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true, ...reportAs('cost') },
    maxAliases: { n: LIMITS.maxAliases, ...reportAs('aliases') },
    maxDirectives: { n: LIMITS.maxDirectives, ...reportAs('directives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !development },
  });
  return armor.protect();
}
