import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { buildDoc, emptyVocab } from './fixture.js';

/** Written for this test: a document that defines an acronym the vocabulary gives to another body. */
function orgs(line: string) {
  const vocab = emptyVocab();
  vocab.organizations = [{ name: 'Pan-African Lawyers Union', acronym: 'PALU', aliases: [], kind: 'ngo' } as never];
  return extractOrganizations(buildDoc([line]), vocab).map((o) => [o.name, o.acronym]);
}

describe('an acronym the document defines for another long form', () => {
  it('keeps the document’s own body, not the vocabulary’s namesake', () => {
    expect(orgs('1. The Pacific Alliance of Legal Unions (PALU) trained 30 paralegals.')).toEqual([['Pacific Alliance of Legal Unions', 'PALU']]);
  });

  it('still links the vocabulary’s body when the document uses its own name', () => {
    expect(orgs('1. The Pan-African Lawyers Union (PALU) trained 30 paralegals.')).toEqual([['Pan-African Lawyers Union', 'PALU']]);
  });
});
