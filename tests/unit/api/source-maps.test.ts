/**
 * Serving turns source-mapped stack traces off unless the log level asks for source lines
 * (src/api/source-maps.ts): they cost on every query, since neo4j-driver reads a stack per result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sourceMapsForServing, wantsSourceMappedStacks } from '../../../src/api/source-maps.js';

describe('source-mapped stacks while serving', () => {
  const before = process.sourceMapsEnabled;
  afterEach(() => process.setSourceMapsEnabled(before));

  it('are kept at debug and trace only', () => {
    for (const level of ['debug', 'trace', 'DEBUG']) expect(wantsSourceMappedStacks(level, [], '')).toBe(true);
    for (const level of ['info', 'warn', 'error', 'fatal', 'silent']) expect(wantsSourceMappedStacks(level, [], '')).toBe(false);
  });

  it('are kept when Node was started with --enable-source-maps', () => {
    expect(wantsSourceMappedStacks('info', ['--enable-source-maps'], '')).toBe(true);
    expect(wantsSourceMappedStacks('info', [], '--max-old-space-size=512 --enable-source-maps')).toBe(true);
    expect(wantsSourceMappedStacks('info', [], '--enable-source-maps-x')).toBe(false);
  });

  it('are switched for the whole process', () => {
    process.setSourceMapsEnabled(true);
    expect(sourceMapsForServing('info', [], '')).toBe(false);
    expect(process.sourceMapsEnabled).toBe(false);
    expect(sourceMapsForServing('debug', [], '')).toBe(true);
    expect(process.sourceMapsEnabled).toBe(true);
  });
});
