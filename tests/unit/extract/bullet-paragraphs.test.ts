import { describe, it, expect } from 'vitest';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import { withBulletParagraphs } from '../../../src/ingest/extract/bullet-paragraphs.js';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { emptyVocab } from './fixture.js';

const md = (text: string) => parseDocument(Buffer.from(text), 'bullets.md');

const SUMMARY = `# Expert group meeting on decent work for domestic workers

## Chair's summary

1. The expert group met in Geneva on 3 May 2025 under the chairmanship of Ms. Ana Pereira Lobo (Portugal).

2. The following points were made during the exchange:

### Main points

• Professor Ruth Adeyemi underlined that fewer than 40 per cent of domestic workers in her region had a written contract.

- Several participants regretted that labour inspectors could not enter private homes without a warrant.

### Annex

• Mr. Jonas Weber, Head of Unit, Federal Labour Office, Berne;
`;

describe('prose bullet items read as paragraphs', () => {
  it('keeps the parser from numbering bullets but marks them, with their place in reading order', () => {
    const doc = md(SUMMARY);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    const bullets = doc.unnumbered.filter((b) => b.bullet);
    expect(bullets.map((b) => b.paragraphsBefore)).toEqual([2, 2, 2]);
  });

  it('gives each prose bullet the key of its block, after the paragraphs it follows, and leaves annex lists alone', () => {
    const view = withBulletParagraphs(md(SUMMARY));
    expect(view.paragraphs.map((p) => p.number)).toEqual(['1', '2', 'annex-0', 'annex-1']);
    expect(view.paragraphs.map((p) => p.order)).toEqual([0, 1, 2, 3]);
    expect(view.paragraphs[2]!.text).toMatch(/^Professor Ruth Adeyemi underlined/);
  });

  it('takes a bullet list inside a sentence ending with a colon into that paragraph, as before', () => {
    const doc = md('# T\n\n1. The participants stressed the following:\n\n• labour codes should cover households;\n• inspection should be possible.\n');
    expect(doc.paragraphs).toHaveLength(1);
    expect(withBulletParagraphs(doc).paragraphs).toHaveLength(1);
  });

  it('lets the extractors cite a bullet item as a statement of its speaker', () => {
    const facts = extractFacts(md(SUMMARY), emptyVocab());
    expect(facts.statements.map((s) => s.paragraph)).toEqual(expect.arrayContaining(['annex-0', 'annex-1']));
  });
});
