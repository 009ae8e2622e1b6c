/**
 * The HTTP status of a GraphQL request error (the operation never ran: the answer has no
 * `data`), by the media type Apollo negotiated. Apollo answers 400 when the document does
 * not parse or validate, the operation is not found, or the variables do not coerce,
 * whatever the media type. GraphQL over HTTP asks:
 * - `application/graphql-response+json`: a 4xx (400 for these), which tells the client and
 *   every proxy that nothing ran; Apollo's answer, kept;
 * - `application/json` (the legacy media type, for clients and intermediaries that read only
 *   a 200's body): 200 with the errors in the body (a SHOULD).
 *
 * Stays 400 in both: a request refused by one of the server's limits (depth, cost, aliases,
 * directives, tokens: errors carrying `extensions.limit`). That is policy, not a mistake in the
 * document, and the API promises a 4xx for every limit (docs/api.md, "Safe by default").
 * Errors outside GraphQL (bad JSON, no query: BAD_REQUEST) keep their 4xx too.
 */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  // Variable coercion; an argument out of range (also BAD_USER_INPUT) comes with `data`.
  'BAD_USER_INPUT',
]);

interface ErrorBody {
  data?: unknown;
  errors?: { extensions?: { code?: unknown; limit?: unknown } }[];
}

export function requestErrorStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || contentType?.split(';')[0]?.trim().toLowerCase() !== 'application/json') return status;
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return status;
  }
  if (typeof parsed !== 'object' || parsed === null || 'data' in parsed) return status;
  const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
  const documentErrorsOnly =
    errors.length > 0 && errors.every((e) => REQUEST_ERROR_CODES.has(String(e?.extensions?.code)) && e.extensions?.limit === undefined);
  return documentErrorsOnly ? 200 : status;
}
