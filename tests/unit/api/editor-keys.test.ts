import { describe, it, expect } from 'vitest';
import { HeaderMap } from '@apollo/server';
import { EditorKeys, presentedKey } from '../../../src/api/auth/editor-keys.js';

const headers = (entries: Record<string, string>) => new HeaderMap(Object.entries(entries));

describe('editor API keys', () => {
  const keys = new EditorKeys([
    { name: 'alice', key: 'key-of-alice' },
    { name: 'bob', key: 'key-of-bob-which-is-longer' },
  ]);

  it('accepts a Bearer token or x-api-key and names the editor', () => {
    expect(keys.authenticate(headers({ authorization: 'Bearer key-of-alice' }))).toEqual({ kind: 'editor', editor: { name: 'alice' } });
    expect(keys.authenticate(headers({ 'x-api-key': 'key-of-bob-which-is-longer' }))).toEqual({ kind: 'editor', editor: { name: 'bob' } });
  });

  it('treats no key as anonymous and a wrong key as invalid', () => {
    expect(keys.authenticate(headers({}))).toEqual({ kind: 'none' });
    expect(keys.authenticate(headers({ authorization: 'Basic dXNlcjpwYXNz' }))).toEqual({ kind: 'none' });
    expect(keys.authenticate(headers({ authorization: 'Bearer key-of-alic' })).kind).toBe('invalid');
    expect(keys.authenticate(headers({ 'x-api-key': '' })).kind).toBe('invalid');
    expect(keys.authenticate(headers({ 'x-api-key': 'key-of-alice-and-more' })).kind).toBe('invalid');
  });

  it('never accepts anything when no keys are configured', () => {
    const none = new EditorKeys([]);
    expect(none.configured).toBe(false);
    expect(none.authenticate(headers({ 'x-api-key': 'anything' })).kind).toBe('invalid');
  });

  it('reads x-api-key before Authorization', () => {
    expect(presentedKey(headers({ 'x-api-key': 'a', authorization: 'Bearer b' }))).toBe('a');
    expect(presentedKey(headers({ authorization: 'bearer   b  ' }))).toBe('b');
  });
});
