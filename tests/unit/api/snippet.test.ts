import { describe, it, expect } from 'vitest';
import { snippetFor, window as cut, wordMatcher } from '../../../src/api/search/snippet.js';

const window = (text: string, words: string[]) => cut(text, wordMatcher(words));
import { luceneQuery, queryWords } from '../../../src/api/search/lucene.js';

describe('search snippets', () => {
  it('returns short texts whole, with every match highlighted', () => {
    const { snippet, highlights } = window('Smugglers and smuggled migrants', ['smuggl']);
    expect(snippet).toBe('Smugglers and smuggled migrants');
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['Smuggl', 'smuggl']);
  });

  it('cuts long texts around the first match, at word boundaries', () => {
    const text = `${'lorem ipsum '.repeat(60)}the non-liability principle applies ${'dolor sit '.repeat(60)}`;
    const { snippet, highlights } = window(text, ['liability']);
    expect(snippet.length).toBeLessThanOrEqual(242);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toHaveLength(1);
    expect(snippet.slice(highlights[0]!.start, highlights[0]!.end)).toBe('liability');
  });

  it('does not highlight matches inside other words', () => {
    expect(window('the migrant emigrant', ['migrant']).highlights).toEqual([{ start: 4, end: 11 }]);
  });

  it('explains a hit by the field that matched', () => {
    const s = snippetFor({ name: 'Mixed Migration Centre', acronym: 'MMC', text: undefined }, wordMatcher(['mmc']));
    expect(s.field).toBe('acronym');
    expect(s.snippet).toBe('MMC');
  });
});

describe('lucene query building', () => {
  it('escapes Lucene syntax in WORDS mode and lower-cases operators', () => {
    expect(luceneQuery('non-liability AND (principle)', 'WORDS')).toBe('non\\-liability and \\(principle\\)');
    expect(luceneQuery('A/HRC/43/15', 'WORDS')).toBe('a\\/hrc\\/43\\/15');
  });

  it('quotes phrases and passes Lucene through', () => {
    expect(luceneQuery('root causes', 'PHRASE')).toBe('"root causes"');
    expect(luceneQuery('smuggl* AND corrupt~', 'LUCENE')).toBe('smuggl* AND corrupt~');
  });

  it('refuses empty and wordless queries with a clear message', () => {
    expect(() => luceneQuery('   ', 'WORDS')).toThrow(/empty/);
    expect(() => luceneQuery('***', 'WORDS')).toThrow(/no words/);
    expect(() => luceneQuery('x'.repeat(501), 'WORDS')).toThrow(/longer than 500/);
  });

  it('keeps the words of a query for highlighting', () => {
    expect(queryWords('Smugglers AND "root causes" OR x')).toEqual(['smugglers', 'root', 'causes']);
  });
});
