import { describe, it, expect } from 'vitest';
import { requestErrorStatus } from '../../../src/api/http/request-error-status.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const body = (value: unknown) => JSON.stringify(value);
const error = (code: string, extra: Record<string, unknown> = {}) => ({ message: 'x', extensions: { code, ...extra } });

describe('the status of a GraphQL request error', () => {
  it('is 200 as application/json when the document did not parse, validate or coerce', () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']) {
      expect(requestErrorStatus(400, JSON_TYPE, body({ errors: [error(code)] })), code).toBe(200);
    }
  });

  it('stays 400 as application/graphql-response+json', () => {
    expect(
      requestErrorStatus(400, 'application/graphql-response+json; charset=utf-8', body({ errors: [error('GRAPHQL_PARSE_FAILED')] })),
    ).toBe(400);
  });

  it('stays 400 for a limit, for errors outside GraphQL, and once the operation ran', () => {
    const limited = body({ errors: [error('GRAPHQL_VALIDATION_FAILED'), error('GRAPHQL_VALIDATION_FAILED', { limit: 'depth' })] });
    expect(requestErrorStatus(400, JSON_TYPE, limited)).toBe(400);
    expect(requestErrorStatus(400, JSON_TYPE, body({ errors: [error('BAD_REQUEST')] }))).toBe(400);
    expect(
      requestErrorStatus(400, JSON_TYPE, body({ data: { node: null }, errors: [error('BAD_USER_INPUT', { argument: 'depth' })] })),
    ).toBe(400);
    expect(requestErrorStatus(400, JSON_TYPE, body({ errors: [] }))).toBe(400);
    expect(requestErrorStatus(400, JSON_TYPE, 'not json')).toBe(400);
  });

  it('leaves every other status alone', () => {
    for (const status of [200, 401, 405, 503]) {
      expect(requestErrorStatus(status, JSON_TYPE, body({ errors: [error('GRAPHQL_PARSE_FAILED')] }))).toBe(status);
    }
  });
});
