/**
 * The curated mutations. plugins/require-editor.ts has already refused any mutation without
 * an editor key before execution; `editorOf` only narrows the type (and guards against a
 * future mutation path that skips the plugin).
 */
import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { ApiContext } from '../context.js';
import type { Editor } from '../auth/editor-keys.js';
import { unauthenticated } from '../errors.js';
import { correctNode } from '../curation/correct.js';
import { mergeOrganizations } from '../curation/merge.js';
import { removeFact } from '../curation/remove.js';
import { undo } from '../curation/undo.js';
import { ingestDocument } from '../curation/ingest.js';
import { diffDocument } from '../curation/diff.js';
import { nonEmptyId } from './args.js';

function editorOf(ctx: ApiContext): Editor {
  if (!ctx.editor) throw unauthenticated('Writes need an editor API key (Authorization: Bearer <key> or x-api-key).');
  return ctx.editor;
}

export const mutations: MutationResolvers = {
  correctNode: (_p, args, ctx) =>
    correctNode(ctx.services.db, editorOf(ctx), nonEmptyId('correctNode', 'id', args.id), args.set, args.reason),
  mergeOrganizations: (_p, args, ctx) =>
    mergeOrganizations(
      ctx.services.db,
      editorOf(ctx),
      nonEmptyId('mergeOrganizations', 'keep', args.keep),
      nonEmptyId('mergeOrganizations', 'absorb', args.absorb),
      args.reason,
    ),
  removeFact: (_p, args, ctx) => removeFact(ctx.services.db, editorOf(ctx), nonEmptyId('removeFact', 'id', args.id), args.reason),
  undo: (_p, args, ctx) => undo(ctx.services.db, editorOf(ctx), nonEmptyId('undo', 'auditId', args.auditId), args.reason),
  ingestDocument: (_p, args, ctx) => ingestDocument(ctx.services, editorOf(ctx), args.filename, args.text, args.contentBase64),
  diffDocument: (_p, args, ctx) => {
    editorOf(ctx);
    return diffDocument(ctx.services, args.filename, args.text, args.contentBase64);
  },
};
