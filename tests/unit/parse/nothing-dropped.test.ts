/**
 * Property: for any document built from the constructs UN texts use (Roman sections at
 * varying # depth, numbered paragraphs, bold, links, <sup> footnotes, glued note digits,
 * page-break continuations, lettered items, loose sentences), in Markdown or plain text,
 * the parser keeps every word, keeps the numbering, and leaves no markup in the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRoman } from '../../../src/ingest/parse/numbering.js';
import { outputTokens, parseFixture, parseText, tokens } from './helpers.js';
import { readFileSync } from 'node:fs';
import { FIXTURES } from './helpers.js';

const WORDS = [
  'states',
  'migrants',
  'the',
  'panel',
  'Convention',
  'UNODC',
  'smuggling',
  'review',
  'of',
  'and',
  'data',
  'survivors',
  'Protocol',
  'civil',
  'society',
  'routes',
];
const word = fc.constantFrom(...WORDS);
const lower = fc.constantFrom(...WORDS.filter((w) => w === w.toLowerCase()));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = fc.array(word, { minLength: 3, maxLength: 10 }).map((ws) => `${cap(ws.join(' '))}.`);

const paragraphArb = fc.record({
  sentences: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  bold: fc.boolean(),
  link: fc.boolean(),
  items: fc.boolean(),
  broken: fc.option(fc.array(lower, { minLength: 2, maxLength: 6 }), { nil: null }),
  note: fc.boolean(),
});
const sectionArb = fc.record({
  title: fc.array(word, { minLength: 1, maxLength: 5 }),
  depth: fc.constantFrom(2, 3),
  bold: fc.boolean(),
  paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 4 }),
  loose: fc.option(sentence, { nil: null }),
});
const documentArb = fc.record({
  title: fc.option(fc.array(word, { minLength: 2, maxLength: 8 }), { nil: null }),
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 5 }),
  markdown: fc.boolean(),
});

type Doc = typeof documentArb extends fc.Arbitrary<infer T> ? T : never;

function render(d: Doc): { text: string; numbers: string[]; sectionCount: number } {
  const out: string[] = [];
  const numbers: string[] = [];
  let n = 0;
  let note = 0;
  if (d.title) out.push(d.markdown ? `# ${cap(d.title.join(' '))}` : cap(d.title.join(' ')));
  d.sections.forEach((s, i) => {
    const heading = `${toRoman(i + 1)}. ${cap(s.title.join(' '))}`;
    out.push(d.markdown ? `${'#'.repeat(s.depth)} ${s.bold ? `**${heading}**` : heading}` : heading);
    const notes: string[] = [];
    for (const p of s.paragraphs) {
      n++;
      numbers.push(String(n));
      let text = p.sentences.join(' ');
      if (d.markdown && p.bold) text = text.replace(/^(\S+)/, '**$1**');
      if (d.markdown && p.link) text = text.replace(/(\S+)\.$/, '[$1](#).');
      if (p.note) {
        note++;
        text = d.markdown ? text.replace(/\.$/, `<sup>${note}</sup>.`) : text.replace(/\.$/, `${note}.`);
        notes.push(d.markdown ? `<sup>${note}</sup> Note number ${note}.` : `${note} Note number ${note}.`);
      }
      if (p.items) text += ' Topics: (a) data and routes; and (b) civil society.';
      if (p.broken) text = `${text.replace(/\.$/, '')} ${p.broken.join(' ')}`;
      const [head, ...rest] = p.broken ? [text.slice(0, text.lastIndexOf(p.broken.join(' ')) - 1), p.broken.join(' ') + '.'] : [text];
      out.push(`${n}. ${head}`);
      for (const r of rest) out.push(r);
    }
    if (notes.length > 0) out.push(d.markdown ? '---' : '____', ...notes);
    if (s.loose) out.push(s.loose);
  });
  return { text: out.join('\n\n') + '\n', numbers, sectionCount: d.sections.length };
}

function letterCounts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) if (/^\p{L}+$/u.test(t)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('nothing is dropped', () => {
  it('keeps every word, the numbering and no markup, for generated documents in both formats', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const { text, numbers, sectionCount } = render(d);
        const doc = parseText(text, d.markdown ? 'gen.md' : 'gen.txt');
        expect(doc.paragraphs.map((p) => p.number)).toEqual(numbers);
        expect(doc.sections).toHaveLength(sectionCount);
        const source = text.replace(/<\/?sup>/g, ' ').replace(/\]\(#\)/g, ']');
        const have = letterCounts(outputTokens(doc));
        for (const [t, count] of letterCounts(tokens(source))) expect(have.get(t) ?? 0, t).toBeGreaterThanOrEqual(count);
        for (const p of doc.paragraphs) {
          expect(p.text).not.toMatch(/\*\*|<\/?sup>|\]\(|\s{2}/);
          for (const item of p.items) expect(p.text.slice(item.start, item.end)).toBe(item.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every word of each fixture (digits may move to footnote references)', () => {
    for (const name of [
      'co-chairs-summary.md',
      'stakeholders-summary-excerpt.md',
      'working-group-report-excerpt.md',
      'plain-summary.txt',
    ]) {
      const doc = parseFixture(name);
      const source = readFileSync(FIXTURES + name, 'utf8')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<\/?sup>/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/^```text$/m, '');
      const have = letterCounts(outputTokens(doc));
      for (const [t, count] of letterCounts(tokens(source))) expect(have.get(t) ?? 0, `${name}: ${t}`).toBeGreaterThanOrEqual(count);
      const digits = new Set(outputTokens(doc));
      for (const t of tokens(source))
        if (/^\d+$/.test(t) && !digits.has(t)) {
          // Only a glued note digit may be absorbed ("JS310" = "JS3" + note "10").
          expect(name).toBe('stakeholders-summary-excerpt.md');
          expect(t).toBe('310');
        }
    }
  });
});
