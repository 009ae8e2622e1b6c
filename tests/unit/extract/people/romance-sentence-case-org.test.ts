import { describe, expect, it } from 'vitest';
import { orgFromRemainder, splitAffiliation } from '../../../../src/ingest/extract/people/affiliation.js';

const lookup = (s: string) => (['Peru', 'Senegal', 'Brazil'].includes(s) ? s : null);

describe('an organization named in sentence case in French, Spanish or Portuguese', () => {
  it('keeps the whole name after a Romance connector', () => {
    expect(orgFromRemainder('Asociación de mujeres artesanas del Cusco')?.name).toBe('Asociación de mujeres artesanas del Cusco');
    expect(orgFromRemainder('Rede de mulheres pescadoras')?.name).toBe('Rede de mulheres pescadoras');
  });

  it('leaves a bracket after the name out of it, in a comma-listed description', () => {
    const r = splitAffiliation('Secrétaire générale, Collectif des femmes pour la paix (Senegal)', lookup);
    expect(r.organization?.name).toBe('Collectif des femmes pour la paix');
    expect(r.position).toBe('Secrétaire générale');
  });

  it('still cuts an English clause after a capitalised name', () => {
    expect(orgFromRemainder('Commission at its forty-second session')?.name).toBe('Commission');
    expect(orgFromRemainder('Red de apoyo for the region')?.name).toBe('Red');
  });
});
