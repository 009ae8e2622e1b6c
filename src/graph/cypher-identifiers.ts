/**
 * Labels, relationship types and property keys cannot be Cypher parameters, so whatever
 * writes them into query text (load, restore) checks them here first: a strict identifier
 * pattern, and for labels and types membership in the model's list.
 */
export const CYPHER_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function checkedIdentifier(name: string, allowed: readonly string[]): string {
  if (!CYPHER_IDENTIFIER.test(name) || !allowed.includes(name))
    throw new Error(`refusing unknown graph identifier ${JSON.stringify(name)}`);
  return name;
}
