/**
 * Observations whose addressee is not the subject of an active "should" (observations/
 * impersonal.ts): passive invitations, impersonal "It is recommended that X …", and a passive
 * of giving without an agent. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../../src/ingest/extract/observations.js';
import { buildDoc, emptyVocab } from './fixture.js';

describe('observations with a passive or impersonal addressee', () => {
  const doc = buildDoc([
    '## IV. Conclusions and recommendations',
    '20. States are encouraged to share their inspection data.',
    '21. It is recommended that the secretariat circulate a summary of good practices.',
    '22. It is essential that national statistical offices and ombudsman institutions publish disaggregated data.',
    '23. Labour inspectorates should be given the powers and the staff to visit farms without notice.',
    '24. Detention registers should be updated every month.',
    '25. Registers should be reviewed by the Public Defender.',
  ]);
  const obs = new Map(extractObservations(doc, emptyVocab()).map((o) => [o.number, o.addressees]));

  it('reads the invited States, and the subject of a "that" clause after an impersonal lead', () => {
    expect(obs.get('20')).toEqual(['States']);
    expect(obs.get('21')).toEqual(['secretariat']);
    expect(obs.get('22')).toEqual(['national statistical offices', 'ombudsman institutions']);
  });

  it('reads the subject of a passive of giving, the agent of other passives, and no one otherwise', () => {
    expect(obs.get('23')).toEqual(['Labour inspectorates']);
    expect(obs.get('24')).toEqual([]);
    expect(obs.get('25')).toEqual(['Public Defender']);
  });
});
