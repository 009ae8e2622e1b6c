import { describe, it, expect } from 'vitest';
import { countVoices, type Voice, type VoicedStatement } from '../../../../src/api/voices/count.js';

const none: Voice = { personId: null, gender: null, actorId: null, actorLabel: null, actorKind: null, actorName: null };
const state = (name: string): Voice => ({ ...none, actorId: `place:${name}`, actorLabel: 'Place', actorKind: 'country', actorName: name });
const org = (id: string, kind: string): Voice => ({ ...none, actorId: id, actorLabel: 'Organization', actorKind: kind, actorName: id });
const st = (id: string, paragraph: string, ...speakers: Voice[]): VoicedStatement => ({
  id,
  documentId: 'doc:a',
  paragraph,
  speakerKind: null,
  speakers,
});
const regions = new Map([
  ['France', 'Europe'],
  ['Fiji', 'Oceania'],
] as const);

describe('countVoices', () => {
  it('counts participants, statements and paragraphs by kind, region and gender', () => {
    const delegate: Voice = { ...state('France'), personId: 'person:ana', gender: 'woman' };
    const out = countVoices(
      [
        st('s1', '10', state('France')),
        st('s2', '11', delegate),
        st('s3', '11', state('Fiji')),
        st('s4', '12', org('org:ai', 'ngo'), org('org:coe', 'igo')),
        st('s5', '13', org('org:unhcr', 'un-entity')),
        st('s6', '14'),
        st('s7', '14'),
      ],
      regions,
    );
    expect(out.statements).toBe(7);
    expect(out.paragraphs).toBe(5);
    expect(out.byActorKind).toEqual([
      { category: 'STATE', participants: 2, statements: 3, paragraphs: 2 },
      { category: 'NGO', participants: 1, statements: 1, paragraphs: 1 },
      { category: 'INTERGOVERNMENTAL', participants: 2, statements: 2, paragraphs: 2 },
      // two anonymous statements ("several speakers"): one voice each, in one paragraph
      { category: 'NOT_STATED', participants: 2, statements: 2, paragraphs: 1 },
    ]);
    expect(out.byRegion.map((r) => [r.category, r.participants])).toEqual([
      ['EUROPE', 1],
      ['OCEANIA', 1],
      ['NOT_STATED', 5],
    ]);
    expect(out.byGender).toEqual([
      { category: 'WOMAN', participants: 1, statements: 1, paragraphs: 1 },
      // France, Fiji, three organizations, two anonymous voices; statements s1, s3–s7 in paragraphs 10–14
      { category: 'NOT_STATED', participants: 7, statements: 6, paragraphs: 5 },
    ]);
  });
});
