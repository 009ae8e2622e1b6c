/** search(query, types, first, mode): full-text over the indexes, ranked, with snippets. */
import type { QueryResolvers, SearchHit } from '../generated/resolvers-types.js';
import { indexesFor, searchQuery } from '../cypher/search.js';
import { luceneQuery, queryWords } from '../search/lucene.js';
import { snippetFor, wordMatcher } from '../search/snippet.js';
import { badInput } from '../errors.js';
import { cypherInt, intInRange } from './args.js';
import type { NodeLabel } from '../../graph/model.js';

type Row = Omit<SearchHit, 'field' | 'snippet' | 'highlights'>;

export const search: NonNullable<QueryResolvers['search']> = async (_parent, args, ctx) => {
  const first = intInRange('search', 'first', args.first, 1, 100);
  const mode = args.mode;
  const query = luceneQuery(args.query, mode);
  const types = args.types && args.types.length > 0 ? ([...new Set(args.types)] as NodeLabel[]) : null;
  let rows: Row[];
  try {
    // Each index gives a few more than asked: hits of other labels are filtered out after.
    rows = await ctx.services.db.query<Row>(searchQuery(indexesFor(types)), {
      query,
      types,
      first: cypherInt(first),
      fetch: cypherInt(Math.min(first * 3, 300)),
    });
  } catch (err) {
    if (mode === 'LUCENE' && isLuceneSyntaxError(err))
      throw badInput('search: `query` is not valid Lucene syntax (use mode: WORDS for plain words)');
    throw err;
  }
  const matcher = wordMatcher(queryWords(args.query));
  return rows.map((r) => ({ ...r, ...snippetFor(r.node.properties as Record<string, unknown>, matcher) }));
};

function isLuceneSyntaxError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /parse|lexical|syntax/i.test(e.message ?? '');
}
