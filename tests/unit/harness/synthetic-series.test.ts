/** The synthetic corpus in series: successive documents record the meetings of one series, as the pipeline reads them. */
import { describe, expect, it } from 'vitest';
import { generateCorpus, seriesFrames } from '../../../harness/corpus/synthetic-corpus.js';
import { Ingestor } from '../../../src/ingest/index.js';

const SIZE = 4;

describe('synthetic corpus in series', () => {
  it('gives each run of k documents one subject of its own, ordinals 1…k, a year apart, the same Co-Chairs', () => {
    const frames = seriesFrames(3 * SIZE, SIZE, 42);
    const first = frames.slice(0, SIZE);
    expect(new Set(first.map((f) => f.subject)).size).toBe(1);
    expect(first.map((f) => f.ordinal)).toEqual([1, 2, 3, 4]);
    expect(first.map((f) => f.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(new Set(first.map((f) => JSON.stringify(f.chairs))).size).toBe(1);
    const subjects = new Set(frames.map((f) => f.subject));
    expect(subjects.size).toBe(3);
    expect(() => seriesFrames(10, 13, 1)).toThrow(/series size/);
  });

  it('states the series in the text: "The second constructive dialogue on the <subject> took place"', () => {
    const docs = generateCorpus({ count: 2 * SIZE, seed: 42, seriesSize: SIZE });
    const subject = seriesFrames(2 * SIZE, SIZE, 42)[0]!.subject;
    expect(docs[1]!.text).toContain(`The second constructive dialogue on the ${subject} took place`);
    expect(docs[SIZE]!.text).not.toContain(subject);
  });

  it('makes the pipeline put a run of documents in one series and the next run in another', async () => {
    const docs = generateCorpus({ count: 2 * SIZE, seed: 42, seriesSize: SIZE });
    const dry = await Ingestor.create(null, { dryRun: true });
    const seriesOf = async (i: number) => {
      const r = await dry.ingestBytes(Buffer.from(docs[i]!.text), docs[i]!.name);
      const rel = r.graph?.relationships.filter((x) => x.type === 'IN_SERIES') ?? [];
      expect(rel).toHaveLength(1);
      return rel[0]!.end;
    };
    const a = await seriesOf(0);
    expect(await seriesOf(SIZE - 1)).toBe(a);
    expect(await seriesOf(SIZE)).not.toBe(a);
  }, 60_000);
});
