/** The aliases an organization keeps when another is merged into it (API merge and its replay alike). */

/** keep's aliases plus absorb's name, acronym and aliases, without keep's own name. */
export function mergedAliases(keep: Record<string, unknown>, absorb: Record<string, unknown>): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? [v] : []);
  const all = [...list(keep.aliases), ...str(absorb.name), ...str(absorb.acronym), ...list(absorb.aliases)];
  return [...new Set(all)].filter((a) => a !== keep.name && a !== keep.acronym).sort();
}
