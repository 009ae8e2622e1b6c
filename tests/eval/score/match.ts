/**
 * One-to-one matching of gold items to predicted items, and the counts precision and recall
 * are made of. Greedy in gold order: annotations are short lists, and a gold item that could
 * take either of two predictions takes the first, which is how a reader would check them.
 */

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Gold items not found, and predictions that match no gold item, for `npm run eval -- --why`. */
  missed: string[];
  extra: string[];
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, missed: [], extra: [] };
}

export function addTally(into: Tally, t: Tally): Tally {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
  into.missed.push(...t.missed);
  into.extra.push(...t.extra);
  return into;
}

export function matchItems<G extends { optional?: boolean | undefined }, P>(
  gold: readonly G[],
  predicted: readonly P[],
  same: (g: G, p: P) => boolean,
  show: { gold: (g: G) => string; predicted: (p: P) => string },
): Tally {
  const used = new Set<number>();
  const t = emptyTally();
  // Required items first, so an optional one never takes a prediction a required one needs.
  const order = [...gold.keys()].sort((a, b) => Number(!!gold[a]!.optional) - Number(!!gold[b]!.optional));
  for (const gi of order) {
    const g = gold[gi]!;
    const pi = predicted.findIndex((p, i) => !used.has(i) && same(g, p));
    if (pi >= 0) {
      used.add(pi);
      if (!g.optional) t.tp++;
    } else if (!g.optional) {
      t.fn++;
      t.missed.push(show.gold(g));
    }
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    // A second prediction of an optional item is as harmless as the first.
    if (gold.some((g) => g.optional && same(g, p))) return;
    t.fp++;
    t.extra.push(show.predicted(p));
  });
  return t;
}

export function precision(t: Tally): number | null {
  return t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
}
export function recall(t: Tally): number | null {
  return t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn);
}
/** F1; with nothing to find and nothing predicted the category is perfect, not undefined. */
export function f1(t: Tally): number | null {
  if (t.tp + t.fp + t.fn === 0) return null;
  return (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}
