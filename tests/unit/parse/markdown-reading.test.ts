import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { markdownChunks } from '../../../src/ingest/parse/markdown-chunks.js';
import { fastPathBlock } from '../../../src/ingest/parse/markdown-fast-path.js';
import { markdownBlocks } from '../../../src/ingest/parse/markdown-blocks.js';
import { paragraph, parseText } from './helpers.js';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
const gfm = unified().use(remarkParse).use(remarkGfm);

describe('reading Markdown', () => {
  it('the one-line fast path says exactly what the parser says, or steps aside', () => {
    const lines = [
      '12. Hello (a) x; (b) y.',
      '1.  two spaces',
      '1.     five spaces',
      '3) paren',
      '- bullet',
      'Para with trailing   ',
      '2019. Year',
      '123456789. big',
      '1234567890. too long',
      'Setext',
      '===',
      '0. zero',
      '007. Bond',
      '# heading',
      '> quote',
      'A **bold** word',
      'See www.un.org',
      'a | b',
      'x &amp; y',
      'Plain prose, with (parentheses) and - dashes.',
    ];
    for (const line of lines) {
      const fast = fastPathBlock(line);
      if (!fast) continue;
      const tree = gfm.parse(line) as unknown as Node;
      expect(tree.children, line).toHaveLength(1);
      const node = tree.children?.[0] as Node;
      const inner = (n: Node): string => (n.children ?? []).map((c) => c.value ?? inner(c)).join('');
      if (fast.list === 'ordered') {
        expect(node.type, line).toBe('list');
        expect(fast.text, line).toBe(`${Number(/^\d+/.exec(line)?.[0])}. ${inner(node.children?.[0] as Node)}`);
      } else {
        expect(node.type, line).toBe('paragraph');
        expect(fast.text, line).toBe(inner(node));
      }
    }
    expect(fastPathBlock('A **bold** word')).toBeNull();
    expect(fastPathBlock('# heading')).toBeNull();
    expect(fastPathBlock('1.     five spaces')).toBeNull();
  });

  it('never cuts inside a fenced block, even across blank lines', () => {
    const text = '1. One.\n\n```text\n1 first note\n\n2 second note\n```\n\n2. Two.\n';
    const chunks = markdownChunks(text).map((c) => c.text);
    expect(chunks).toEqual(['1. One.\n', '```text\n1 first note\n\n2 second note\n```\n', '2. Two.\n']);
  });

  it('parses the file whole when a footnote or link definition refers across it', () => {
    expect(markdownChunks('1. A[^1].\n\n[^1]: n\n')).toHaveLength(1);
    expect(markdownChunks('1. A [x][y].\n\n[y]: http://example.org\n')).toHaveLength(1);
  });

  it('gives the same blocks in pieces as parsing whole', () => {
    const text =
      '# T\n\n## **I. A**\n\n1. One *it* [l](#).\n2. Two.\n\n   Two, second part.\n\n---\n\n<sup>1</sup> Note.\n\nlower continuation.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    // A footnote definition forces a whole-file parse; drop the block it adds.
    const whole = markdownBlocks(text + '\n[^unused]: x\n').slice(0, -1);
    expect(markdownBlocks(text)).toEqual(whole);
  });

  it('reads a piece too dense in markup for the parser with the light reader, keeping the words', () => {
    const dense = '1. ' + '[a](b) **c** '.repeat(3000) + 'end.\n\n2. After <sup>1</sup>.\n\n---\n\n<sup>1</sup> A note.\n';
    const doc = parseText(dense);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(paragraph(doc, '1').text.startsWith('a c a c')).toBe(true);
    expect(paragraph(doc, '1').text.endsWith('a c end.')).toBe(true);
    expect(paragraph(doc, '2')).toMatchObject({ text: 'After .', footnoteRefs: ['1'] });
  });
});
