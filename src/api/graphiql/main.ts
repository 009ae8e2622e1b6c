/**
 * GraphiQL, bundled (no CDN: machines here have no internet), served at /graphiql/ by the
 * API itself. Requests are same-origin POSTs with JSON, which pass CSRF prevention; the
 * headers tab takes an editor key (Authorization: Bearer …) for the curation mutations.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { EXAMPLES } from './examples.js';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

async function fetcher(params: FetcherParams, opts?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(opts?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return res.json();
}

const tabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: fetcher as never,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
