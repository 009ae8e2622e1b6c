/**
 * How the eval compares names: the same person, organization or State written with or
 * without honorifics, diacritics, punctuation or a leading "the" is the same name. Kept
 * deliberately plain, so a match in the table means the extractor found the name, not that
 * the scorer guessed it.
 */

const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'miss', 'dr', 'prof', 'professor', 'he', 'h e', 'ambassador', 'sir', 'dame', 'mme', 'm']);
const STOP = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'its', 'their']);

export function normalizeName(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // "h e mr x", "the ms y": drop leading articles and honorifics, repeatedly
  for (;;) {
    const before = t;
    t = t.replace(/^the\s+/, '');
    t = t.replace(/^h e\s+/, '');
    const first = t.split(' ')[0] ?? '';
    if (HONORIFICS.has(first) && t.includes(' ')) t = t.slice(first.length + 1);
    if (t === before) break;
  }
  return t;
}

/** Content words, for titles and topics compared by overlap rather than equality. */
export function contentTokens(s: string): string[] {
  return normalizeName(s)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Dice coefficient over content-word sets: 1 for the same words, 0 for none shared. */
export function dice(a: string, b: string): number {
  const x = new Set(contentTokens(a));
  const y = new Set(contentTokens(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Any spelling on one side equals any on the other, once normalised; or, given `state` (the
 * gazetteer's identity, see states.ts), both name the same State.
 */
export function namesMatch(
  gold: readonly string[],
  predicted: readonly (string | null | undefined)[],
  state: (name: string) => string | null = () => null,
): boolean {
  const g = new Set(gold.map(normalizeName).filter(Boolean));
  if (predicted.some((p) => p != null && g.has(normalizeName(p)))) return true;
  const gs = new Set(gold.map(state).filter(Boolean));
  return gs.size > 0 && predicted.some((p) => p != null && gs.has(state(p)));
}

/**
 * People's names: equal once normalised, or one the other with middle names left out
 * ("Joy Ezeilo" for "Joy Ngozi Ezeilo": same first and last word, two words at least).
 */
export function personNamesMatch(gold: readonly string[], predicted: readonly (string | null | undefined)[]): boolean {
  if (namesMatch(gold, predicted)) return true;
  for (const gs of gold) {
    const g = normalizeName(gs).split(' ');
    for (const ps of predicted) {
      if (ps == null) continue;
      const p = normalizeName(ps).split(' ');
      if (g.length < 2 || p.length < 2) continue;
      if (g[0] === p[0] && g[g.length - 1] === p[p.length - 1]) return true;
    }
  }
  return false;
}

export function alternatives(v: string | readonly string[] | null | undefined): string[] {
  if (v == null) return [];
  return typeof v === 'string' ? [v] : [...v];
}
