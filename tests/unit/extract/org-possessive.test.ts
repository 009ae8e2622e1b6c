import { describe, it, expect } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { parseDocument } from '../../../src/ingest/parse/index.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';

const vocab: Vocabularies = { concepts: [], drivers: [], organizations: [], places: [], projects: [] };

describe('organization names with a possessive inside', () => {
  it('keeps "Women\'s Link Worldwide" whole, and drops the possessive at a name\'s end', () => {
    const doc = parseDocument(
      Buffer.from(
        [
          "1. The third panellist, from Women's Link Worldwide, stressed the non-punishment principle.",
          '',
          "2. The Harbour Rights Network (HRN) presented HRN's survey.",
        ].join('\n'),
      ),
      'possessive.md',
    );
    const names = extractOrganizations(doc, vocab).map((o) => o.name);
    expect(names).toContain("Women's Link Worldwide");
    expect(names).not.toContain('Women');
    expect(names).toContain('Harbour Rights Network');
    expect(names.some((n) => n?.includes("'s survey"))).toBe(false);
  });
});
