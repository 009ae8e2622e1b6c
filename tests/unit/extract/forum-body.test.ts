import { describe, expect, it } from 'vitest';
import { forumBodyOf } from '../../../src/ingest/extract/people/forum-body.js';

describe("a body named by its head noun is the record's own body", () => {
  it('"member of the Committee" in the Committee\'s record: the Committee by its full name', () => {
    expect(forumBodyOf({ name: 'Committee', acronym: null }, 'Committee against Torture')).toEqual({
      name: 'Committee against Torture',
      acronym: null,
    });
    expect(forumBodyOf({ name: 'Council', acronym: null }, 'Human Rights Council')?.name).toBe('Human Rights Council');
  });
  it('another noun, a longer name or an acronym stays as written', () => {
    expect(forumBodyOf({ name: 'Commission', acronym: null }, 'Committee against Torture')).toBeNull();
    expect(forumBodyOf({ name: 'Legal Committee', acronym: null }, 'Committee against Torture')).toBeNull();
    expect(forumBodyOf({ name: 'Committee', acronym: 'CTTE' }, 'Committee against Torture')).toBeNull();
    expect(forumBodyOf({ name: 'Committee', acronym: null }, null)).toBeNull();
  });
});
