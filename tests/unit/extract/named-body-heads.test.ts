import { describe, expect, it } from 'vitest';
import { findNamedBodies } from '../../../src/ingest/extract/org-named-bodies.js';

const names = (text: string) =>
  findNamedBodies([{ key: '1', text, kind: 'paragraph', footnoteRefs: [] }], () => false).map((c) => c.name);

describe('named bodies with a board, registry, bureau, department or company head', () => {
  it('reads the whole capitalised name ending on such a head', () => {
    expect(names('The Kenya Film Classification Board fined two stations.')).toContain('Kenya Film Classification Board');
    expect(names('Appeals go to the Central Land Registry first.')).toContain('Central Land Registry');
    expect(names('The Lusaka Power Corporation Limited cut supplies twice.')).toContain('Lusaka Power Corporation Limited');
    expect(names('She wrote to the Statistics Bureau and the Department of Labour Inspection.')).toEqual(
      expect.arrayContaining(['Statistics Bureau', 'Department of Labour Inspection']),
    );
  });

  it('leaves a head used as a modifier and a lone head word', () => {
    expect(names('The Board Secretary resigned; the Registry was closed.')).toEqual([]);
  });
});
