/**
 * An initiative the text calls a project is not an organization (organizations/named-projects.ts);
 * an organization named "… Initiative" stays one. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { makeDoc, vocab } from './mention-fixture.js';

const names = (paragraphs: string[]) => extractOrganizations(makeDoc(paragraphs), vocab()).map((o) => o.name);

describe('an initiative that is a project', () => {
  it('is dropped when the text calls it a project, in any of its mentions', () => {
    expect(
      names([
        'The Clean Wells Initiative, a pilot project of the water board, reached 40 villages.',
        'Peru praised the Clean Wells Initiative.',
      ]),
    ).not.toContain('Clean Wells Initiative');
    expect(names(['The Open Courts Initiative is a three-year programme funded by donors.'])).not.toContain('Open Courts Initiative');
    expect(names(['Kenya described projects such as the Safe Schools Initiative in rural districts.'])).not.toContain(
      'Safe Schools Initiative',
    );
  });

  it('stays an organization when nothing says it is a project', () => {
    expect(names(['The Coastal Justice Initiative, an NGO based in Mombasa, made a statement.'])).toContain('Coastal Justice Initiative');
    expect(names(['A representative of the Coastal Justice Initiative described its project in Lamu.'])).toContain(
      'Coastal Justice Initiative',
    );
  });
});
