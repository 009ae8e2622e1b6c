import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { speechVerbAt } from '../../../src/ingest/extract/text-speech-verbs.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Ghana'));

describe('"began by <reporting verb>-ing" as a reporting verb', () => {
  it('reads "began by welcoming", "opened her remarks by recalling"', () => {
    const a = 'The Minister began by welcoming the delegations.';
    expect(speechVerbAt(a, 'The Minister'.length)).toBeGreaterThan(0);
    const b = 'The Chair opened her remarks by recalling the mandate.';
    expect(speechVerbAt(b, 'The Chair'.length)).toBeGreaterThan(0);
  });

  it('does not read "began by building" or "opened the door" as reporting', () => {
    expect(speechVerbAt('The Ministry began by building two schools.', 'The Ministry'.length)).toBe(-1);
    expect(speechVerbAt('The guard opened the door.', 'The guard'.length)).toBe(-1);
  });
});

describe('people referred to by post after their introduction', () => {
  const doc = buildDoc([
    '## III. Contributions of panellists',
    '1. The panellists were Kofi Mensah-Arthur, Professor of Labour Law at the University of Cape Coast; and Ama Darko, Executive Secretary of the Domestic Workers Forum.',
    '2. Ms. Darko described the situation of live-in workers.',
    '3. In her closing remarks, the professor warned that inspections had stalled.',
    '4. The Professor added that courts rarely awarded damages.',
  ]);
  const f = extractFacts(doc, vocab);
  const key = (name: string) => f.persons.find((p) => p.name === name)?.key;
  const speakersAt = (n: string) => f.statements.filter((s) => s.paragraph === n).map((s) => s.speaker.personKey);

  it('gives "the professor" to the one professor, not to the person who spoke before', () => {
    expect(speakersAt('3')).toEqual([key('Kofi Mensah-Arthur')]);
    expect(speakersAt('4')).toEqual([key('Kofi Mensah-Arthur')]);
  });

  it('still continues the person before after "In her view, the <noun> …" that is not a speaker', () => {
    const d = buildDoc([
      '## III. Contributions of panellists',
      '1. The panellists were Efua Sackey, Director of the Coastal Rights Centre; and Yaw Boadu, Senior Researcher at the Fisheries Institute.',
      '2. Ms. Sackey described evictions along the shore.',
      '3. In her view, the Government had to consult fishing communities before any relocation.',
    ]);
    const g = extractFacts(d, vocab);
    const sackey = g.persons.find((p) => p.name === 'Efua Sackey')?.key;
    expect(g.statements.filter((s) => s.paragraph === '3').map((s) => s.speaker.personKey)).toEqual([sackey]);
  });
});

describe('"The <post> of <body>" as the one person given that post in that body', () => {
  it('reads "The Chair of the Committee added" as the committee chair named before, not as an organization', () => {
    const d = buildDoc([
      '## III. Contributions of panellists',
      '1. The panellists were Nadia Kaboré, Chair of the Committee on Migrant Workers; and Tomás Ibarra, Director of the Border Legal Clinic.',
      '2. Mr. Ibarra described detention at the border.',
      '3. The Chair of the Committee added that few States had ratified the Convention.',
    ]);
    const g = extractFacts(d, vocab);
    const kabore = g.persons.find((p) => p.name === 'Nadia Kaboré')?.key;
    const at3 = g.statements.filter((s) => s.paragraph === '3');
    expect(at3.map((s) => s.speaker.personKey)).toEqual([kabore]);
    expect(at3.map((s) => s.speaker.organization?.name)).not.toContain('Chair of the Committee');
  });
});
