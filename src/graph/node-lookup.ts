/**
 * Finding a node by id whatever its label. Every label has a uniqueness constraint on `id`
 * (src/db/migrations.ts), but an unlabelled `MATCH (n {id: $id})` cannot use any of them
 * and scans the whole store; a UNION of one index seek per label stays fast however big the
 * graph grows. Labels come from the model (src/graph/model.ts), never from a request.
 */
import { NODE_LABELS, type NodeLabel } from './model.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a Cypher identifier: ${JSON.stringify(name)}`);
  return name;
}

/**
 * A `CALL { … }` that binds `variable` to the node whose id is `idExpr` (a parameter such as
 * `$id`, or an expression over `imports`). Yields no row when there is none.
 */
export function lookupNode(variable: string, idExpr: string, imports: string[] = []): string {
  const v = ident(variable);
  const withClause = imports.length ? `WITH ${imports.map(ident).join(', ')} ` : '';
  const branches = NODE_LABELS.map((l) => `${withClause}MATCH (${v}:${l} {id: ${idExpr}}) RETURN ${v}`);
  return `CALL {\n  ${branches.join('\n  UNION\n  ')}\n}`;
}

/** A node matched with a label known in advance (from the model or an audit record). */
export function matchLabelled(variable: string, label: NodeLabel, idExpr: string): string {
  if (!NODE_LABELS.includes(label)) throw new Error(`unknown label ${JSON.stringify(label)}`);
  return `MATCH (${ident(variable)}:${label} {id: ${idExpr}})`;
}
