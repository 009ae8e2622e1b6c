import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../src/ingest/extract/document-kind.js';
import { buildDoc, parsedSeed } from './fixture.js';

describe('classifyDocument', () => {
  it('reads a Co-Chairs’ summary from its title block, in either wording', () => {
    expect(classifyDocument(buildDoc(['# Constructive dialogue on trafficking', 'Summary by the Co-Chairs', '1. Text.']))).toBe(
      'co-chairs-summary',
    );
    expect(classifyDocument(buildDoc(['# Chair’s summary of the informal consultation', '1. Text.']))).toBe('co-chairs-summary');
  });

  it('reads a summary of stakeholders’ submissions even though its title block names the UPR Working Group', () => {
    const doc = buildDoc([], {
      titleBlock: [
        'Working Group on the Universal Periodic Review',
        'Thirty-fifth session',
        'Summary of Stakeholders’ submissions on Ghana*',
      ],
    });
    expect(classifyDocument(doc)).toBe('stakeholder-summary');
  });

  it('reads a Working Group report whose title is broken across lines', () => {
    const doc = buildDoc([], { titleBlock: ['Report of the Working Group on the Universal Periodic  ', 'Review*', 'Ghana'] });
    expect(classifyDocument(doc)).toBe('working-group-report');
  });

  it('falls back on the opening paragraphs, then on "unknown"', () => {
    const cued = buildDoc([
      '## I. Introduction',
      '1. This document contains a summary of discussions at the dialogue, prepared by the Co-Chair of the session.',
    ]);
    expect(classifyDocument(cued)).toBe('co-chairs-summary');
    expect(classifyDocument(buildDoc(['# Annual report', '1. The year was busy.']))).toBe('unknown');
  });

  it('classifies the parsed seed as a Co-Chairs’ summary', () => {
    expect(classifyDocument(parsedSeed())).toBe('co-chairs-summary');
  });
});
