/** The synthetic corpus: seeded and byte-identical, varied names, skewed organizations, sizes that vary. */
import { describe, expect, it } from 'vitest';
import { generateCorpus, mulberry32, organizationPool, pickOrganization } from '../../../harness/corpus/synthetic-corpus.js';

describe('synthetic corpus', () => {
  it('is byte-identical for the same seed and differs for another', () => {
    const a = generateCorpus({ count: 30, seed: 7 });
    const b = generateCorpus({ count: 30, seed: 7 });
    const c = generateCorpus({ count: 30, seed: 8 });
    expect(a).toEqual(b);
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
    expect(new Set(a.map((d) => d.name)).size).toBe(30);
  });

  it('makes distinct organization names with no digits and unique acronyms', () => {
    const pool = organizationPool(5000, mulberry32(1));
    expect(new Set(pool.map((o) => o.name)).size).toBe(5000);
    expect(pool.some((o) => /\d/.test(o.name))).toBe(false);
    const acronyms = pool.map((o) => o.acronym).filter(Boolean);
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });

  it('draws organizations with a skew: a few often, most rarely', () => {
    const rand = mulberry32(3);
    const pool = organizationPool(1000, rand);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20000; i++) {
      const o = pickOrganization(pool, rand);
      counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((x, y) => y - x);
    // The first 4 % of the pool take a third of all draws; most organizations get fewer
    // than their even share (20 each).
    expect(sorted.slice(0, 40).reduce((s, n) => s + n, 0)).toBeGreaterThan(20000 / 3);
    expect(sorted.filter((n) => n < 20).length + (1000 - counts.size)).toBeGreaterThan(500);
  });

  it('varies names of people and document sizes', () => {
    const docs = generateCorpus({ count: 200, seed: 42 });
    const chairs = new Set(docs.flatMap((d) => [...d.text.matchAll(/(?:Ms\.|Mr\.) ([A-Z][a-z]+ [A-Z][\w-]+)/g)].map((m) => m[1])));
    expect(chairs.size).toBeGreaterThan(300);
    const lengths = docs.map((d) => d.text.length);
    expect(Math.max(...lengths)).toBeGreaterThan(1.8 * Math.min(...lengths));
  });
});
