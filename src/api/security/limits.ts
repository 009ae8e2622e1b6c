/**
 * Request limits, checked before anything runs: a request that breaks one is answered 400
 * with a message naming the limit, and never reaches the database.
 *
 * Sized for this schema: the generated model nests connections four levels per hop
 * (xConnection → edges → node → field), so the eight-panellists query with organizations,
 * panel and paragraph reaches depth 8 at a cost (armor's estimate) of ~100; the costliest
 * GraphiQL example (aggregates) is ~700. The ceilings leave room for real research
 * questions and stop amplification (deep cycles, fifteen copies of a wide query).
 */
export const LIMITS = {
  maxDepth: 12,
  maxCost: 1500,
  // 50, not 15: a research query compares many countries or organizations side by side with
  // aliases, and the cost limit already bounds their total work (a cheap alias costs ~3, so
  // fifty of them stay far below 1500; fifteen copies of a wide query are refused by cost).
  // This only stops floods of near-free aliases.
  maxAliases: 50,
  maxDirectives: 20,
  /** Lexer tokens per document, enforced by graphql-js's own parser (parseOptions.maxTokens). */
  maxTokens: 2000,
  /** Bytes of a request body. Big enough for ingestDocument with a long UN report. */
  maxBodyBytes: 5 * 1024 * 1024,
  /** Bytes of a GET query string. */
  maxUrlBytes: 16 * 1024,
} as const;

/** The names a refused request's error carries in `extensions.limit`. */
export type LimitName = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens';
