import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../src/ingest/extract/places.js';
import { loadVocabularies } from '../../../src/ingest/extract/load-vocabularies.js';
import type { PlaceEntryWithForms } from '../../../src/ingest/extract/load-vocabularies.js';
import { makeDoc, parsedSeed, vocab } from './mention-fixture.js';

const places: PlaceEntryWithForms[] = [
  { name: 'Türkiye', kind: 'country', altLabels: ['Turkey'], adjectives: ['Turkish'] },
  { name: 'Chad', kind: 'country', altLabels: [], adjectives: ['Chadian'] },
  {
    name: 'United Kingdom',
    kind: 'country',
    altLabels: ['United Kingdom of Great Britain and Northern Ireland', 'UK'],
    adjectives: ['British'],
  },
  { name: 'Republic of Korea', kind: 'country', altLabels: [], adjectives: [] },
  { name: "Democratic People's Republic of Korea", kind: 'country', altLabels: [], adjectives: [] },
  { name: 'Latin America', kind: 'region', altLabels: [] },
  { name: 'Caribbean', kind: 'region', altLabels: [] },
  { name: 'Latin America and the Caribbean', kind: 'region', altLabels: [] },
  { name: 'Europe', kind: 'region', altLabels: [] },
  { name: 'Africa', kind: 'region', altLabels: [] },
];

describe('extractPlaces', () => {
  it('names each place by its canonical name, whatever form the text uses', () => {
    const doc = makeDoc([
      'The United Kingdom of Great Britain and Northern Ireland and the UK mission met Turkey.',
      "The Democratic People's Republic of Korea and the Republic of Korea spoke.",
    ]);
    const facts = extractPlaces(doc, vocab({ places }));
    expect(facts.map((f) => [f.term, f.evidence.map((e) => e.quote)])).toEqual([
      ['United Kingdom', ['United Kingdom of Great Britain and Northern Ireland', 'UK']],
      ['Türkiye', ['Turkey']],
      ["Democratic People's Republic of Korea", ["Democratic People's Republic of Korea"]],
      ['Republic of Korea', ['Republic of Korea']],
    ]);
    expect(facts.every((f) => f.method === 'gazetteer')).toBe(true);
  });

  it('prefers the longest region and needs a capital letter', () => {
    const doc = makeDoc(['Flows from Latin America and the Caribbean grew; a turkey is not a State, nor is chad paper.']);
    expect(extractPlaces(doc, vocab({ places })).map((f) => f.term)).toEqual(['Latin America and the Caribbean']);
  });

  it('reads adjectives only before an institution noun', () => {
    const doc = makeDoc(['The Turkish coast guard and the Chadian authorities met British researchers and Turkish speakers.']);
    const facts = extractPlaces(doc, vocab({ places }));
    expect(facts.map((f) => [f.term, f.surface])).toEqual([
      ['Türkiye', 'Turkish'],
      ['Chad', 'Chadian'],
    ]);
  });

  it('skips places that are part of an organization name', () => {
    const doc = makeDoc(['The Council of Europe and the Africa Group for Justice met in Europe and Africa.']);
    const facts = extractPlaces(doc, vocab({ places }));
    expect(facts.map((f) => [f.term, f.evidence.length])).toEqual([
      ['Europe', 1],
      ['Africa', 1],
    ]);
  });

  it('on the parsed seed: Greece (from "Greek Ministry"), Asia, Latin America and the Caribbean', async () => {
    const facts = extractPlaces(parsedSeed(), await loadVocabularies());
    const where = (t: string) => facts.filter((f) => f.term === t).map((f) => f.evidence[0]!.paragraph);
    expect(where('Greece')).toEqual(['3']);
    expect(where('Latin America and the Caribbean')).toEqual(['13', '25']);
    expect(where('Asia')).toEqual(['13']);
    expect(where('Latin America')).toEqual([]);
  });
});
