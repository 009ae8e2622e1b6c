/** Two versions of a document's share, compared on stable ids, each difference with its evidence. */
import { describe, it, expect } from 'vitest';
import { compareShares } from '../../../src/ingest/diff/compare.js';
import type { DocumentShare, ShareNode, ShareRelationship } from '../../../src/ingest/diff/share.js';
import { formatDiff } from '../../../src/cli/commands/diff.js';

const D = 'doc:x';
const para = (n: string, text: string): ShareNode => ({
  id: `${D}/para:${n}`,
  label: 'Paragraph',
  properties: { number: n, text, documentId: D },
});
const rel = (type: string, start: string, end: string, properties: Record<string, unknown> = {}): ShareRelationship => ({
  id: `${type}:${start}->${end}@${D}`,
  type,
  start,
  end,
  startName: null,
  endName: end === 'org:a' ? 'Alpha Aid' : null,
  properties: { documentId: D, ...properties },
});
function share(nodes: ShareNode[], rels: ShareRelationship[]): DocumentShare {
  return { nodes: new Map(nodes.map((n) => [n.id, n])), relationships: new Map(rels.map((r) => [r.id, r])) };
}

const stat = (value: number): ShareNode => ({ id: `${D}/stat:1`, label: 'Statistic', properties: { value, unit: '%', documentId: D } });

describe('compareShares', () => {
  const p1old = para('1', 'Alpha Aid said 40% of arrivals were children.');
  const p1new = para('1', 'Alpha Aid said 45% of arrivals were children.');
  const before = share(
    [p1old, stat(40), para('2', 'Beta Watch called for more data.')],
    [
      rel('EVIDENCED_BY', `${D}/stat:1`, `${D}/para:1`, { paragraphs: ['1'], quote: 'said 40% of arrivals' }),
      rel('REPORTED_BY', `${D}/stat:1`, 'org:b', { paragraphs: ['2'] }),
      rel('NEXT', `${D}/para:1`, `${D}/para:2`),
    ],
  );
  const after = share(
    [p1new, stat(45)],
    [
      rel('EVIDENCED_BY', `${D}/stat:1`, `${D}/para:1`, { paragraphs: ['1'], quote: 'said 45% of arrivals' }),
      rel('REPORTED_BY', `${D}/stat:1`, 'org:a', { paragraphs: ['1'] }),
    ],
  );
  const diff = compareShares(before, after);

  it('a changed property: before and after, with the new evidence', () => {
    const s = diff.facts.find((f) => f.id === `${D}/stat:1`)!;
    expect(s.change).toBe('changed');
    expect(s.properties).toEqual([{ key: 'value', before: 40, after: 45 }]);
    expect(s.evidence).toEqual({ paragraphs: ['1'], quote: 'said 45% of arrivals' });
  });

  it('what disappeared carries the old evidence, what appeared the new', () => {
    const gone = diff.facts.find((f) => f.id === `REPORTED_BY:${D}/stat:1->org:b@${D}`)!;
    expect(gone).toMatchObject({ change: 'disappeared', evidence: { paragraphs: ['2'], quote: 'Beta Watch called for more data.' } });
    const came = diff.facts.find((f) => f.id === `REPORTED_BY:${D}/stat:1->org:a@${D}`)!;
    expect(came).toMatchObject({ change: 'appeared', name: `${D}/stat:1 → Alpha Aid`, evidence: { paragraphs: ['1'] } });
    expect(came.evidence.quote).toMatch(/45%/);
    expect(diff.facts.find((f) => f.id === `${D}/para:2`)).toMatchObject({ change: 'disappeared', fact: 'node' });
  });

  it('the layout is counted, not listed; identical versions differ in nothing', () => {
    expect(diff.structure).toEqual({ appeared: 0, disappeared: 1, changed: 0 });
    expect(diff.facts.some((f) => f.kind === 'NEXT')).toBe(false);
    expect(compareShares(before, before)).toEqual({ facts: [], structure: { appeared: 0, disappeared: 0, changed: 0 } });
  });

  it('prints one line per fact with its paragraph and quote, and the conflicts', () => {
    const text = formatDiff({
      file: 'x.md',
      documentId: D,
      status: 'changed',
      facts: diff.facts,
      structure: diff.structure,
      counts: { appeared: 1, disappeared: 2, changed: 3 },
      curationApplied: 1,
      curationConflicts: [
        {
          opId: 'curation:1',
          auditId: 'audit:1',
          action: 'correctNode',
          targets: [`${D}/stat:1`],
          who: 'alice',
          at: '2026-01-01T00:00:00.000Z',
          reason: 'gone',
        },
      ],
      error: null,
    });
    expect(text).toMatch(
      /^changed +x\.md → doc:x: 1 appeared, 2 disappeared, 3 changed; layout: \+0 -1 ~0 relationships; curation: 1 op\(s\) would apply again, 1 would conflict\n/,
    );
    expect(text).toContain(`  ~ Statistic ${D}/stat:1\n      value: 40 → 45\n      ¶1 "said 45% of arrivals"\n`);
    expect(text).toContain('  conflict  curation:1 (correctNode by alice, 2026-01-01T00:00:00.000Z): gone\n');
  });
});
