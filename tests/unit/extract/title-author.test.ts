import { describe, expect, it } from 'vitest';
import { findTitleAuthor } from '../../../src/ingest/extract/organizations/title-author.js';
import { makeDoc, vocab } from './mention-fixture.js';
import type { Vocabularies } from '../../../src/ingest/extract/vocabulary.js';

const v: Vocabularies = vocab({
  organizations: [
    { name: 'United Nations Children’s Fund', acronym: 'UNICEF', aliases: [], kind: 'un-entity' },
    { name: 'Office of the United Nations High Commissioner for Refugees', acronym: 'UNHCR', aliases: [], kind: 'un-entity' },
  ],
});

function author(titleBlock: string[]) {
  const doc = { ...makeDoc(['The report covers 2020.']), titleBlock };
  return findTitleAuthor(doc, v).map((c) => [c.name, c.acronym, c.evidence[0]!.paragraph, c.evidence[0]!.quote]);
}

describe('the author a title block names', () => {
  it('reads "Study prepared by the <known body>", also broken over two lines', () => {
    expect(author(['Human Rights Council', 'Study prepared by the United Nations Children’s Fund'])).toEqual([
      ['United Nations Children’s Fund', 'UNICEF', 'title-1', 'United Nations Children’s Fund'],
    ]);
    expect(author(['Report of the Office of the United Nations High Commissioner for', 'Refugees*'])).toEqual([
      ['Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'title-0', 'Office of the United Nations High Commissioner for'],
    ]);
  });

  it('takes nothing the vocabulary does not know, nor a line that is no author line', () => {
    expect(author(['Report of the Working Group on Arbitrary Detention', 'United Nations Children’s Fund'])).toEqual([]);
  });
});
