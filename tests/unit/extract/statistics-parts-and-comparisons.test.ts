/**
 * Figures whose counted noun is given once for several of them: the base of a partitive ("Out of
 * 90 inspections …, only 12 found …", "… were issued in 5"), the other side of a comparison
 * ("… 300 permits in 2024, compared with 45 in 2020"); the reporter when two speakers share a
 * sentence; and "by the count of the secretariat". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { countsIn } from '../../../src/ingest/extract/statistics/plain-counts.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const counts = (s: string) => countsIn(s, { start: 0, end: s.length }).map((c) => [c.value, c.unit]);

describe('counts that borrow their noun', () => {
  it('reads the part after a partitive base, hedged or closing the sentence', () => {
    expect(counts('Of the 90 inspections carried out in the port, only 12 found irregular cargo.')).toEqual([
      [90, 'inspections'],
      [12, 'inspections'],
    ]);
    expect(counts('Out of 64 complaints lodged with the ombudsman, decisions were issued in 5.')).toEqual([
      [64, 'complaints'],
      [5, 'complaints'],
    ]);
  });

  it('reads the other side of a comparison with the noun of the figure before it', () => {
    expect(counts('The agency granted 300 permits in 2024, compared with 45 in 2020.')).toEqual([
      [300, 'permits'],
      [45, 'permits'],
    ]);
  });
});

describe('who reports a figure', () => {
  const vocab = emptyVocab(countries('Chile'));
  const reporters = (lines: string[], paragraph: string) => {
    const f = extractFacts(buildDoc(lines), vocab);
    return f.statistics
      .filter((s) => s.evidence[0]?.paragraph === paragraph)
      .map((s) => [s.value, s.reportedBy?.acronym ?? s.reportedBy?.name ?? null]);
  };

  it('is the speaker named last before the figure when two share a sentence', () => {
    const lines = [
      '1. The observer for the Coastal Research Centre (CRC) presented a map of dumping sites, and the observer for the Fisheries Justice Network (FJN) reported 230 arrests of vessel owners.',
    ];
    expect(reporters(lines, '1')).toEqual([[230, 'FJN']]);
  });

  it('is the secretariat when the text gives its count', () => {
    const lines = ['1. By the count of the secretariat, 57 delegations and 19 organizations attended.'];
    expect(reporters(lines, '1')).toEqual([
      [57, 'secretariat'],
      [19, 'secretariat'],
    ]);
  });
});
