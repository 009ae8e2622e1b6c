/**
 * Constructions of a UPR Working Group report written in the fourth cycle's way: the State as
 * the subject of "was reviewed", delegates named without an honorific and followed by their
 * post, a post's holder after ", and", "Others …" and a passive whose agent is unnamed
 * delegations, figures given as a part of a base or inside an attributed recommendation, and
 * names the organization reader must take whole or leave. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/ingest/extract/index.js';
import { extractMeeting } from '../../../src/ingest/extract/meeting.js';
import { isInstrumentName } from '../../../src/ingest/extract/org-candidate.js';
import { extractOrganizations } from '../../../src/ingest/extract/organizations.js';
import { countsIn } from '../../../src/ingest/extract/statistics/plain-counts.js';
import { readCardinalAt } from '../../../src/ingest/extract/text-numbers.js';
import { buildDoc, countries, emptyVocab } from './fixture.js';

const vocab = emptyVocab(countries('Paraguay', 'Norway', 'Chile', 'Peru'));

describe('the State as the subject of "was reviewed"', () => {
  it('anchors the review at the meeting and date the sentence gives', () => {
    const doc = buildDoc(
      [
        '## Introduction',
        '1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1, held its forty-seventh session from 4 to 15 November 2024. Paraguay was reviewed at the 11th meeting, on 8 November 2024, by a delegation headed by its Minister of Justice.',
      ],
      { titleBlock: ['Report of the Working Group on the Universal Periodic Review*', 'Paraguay'] },
    );
    expect(extractMeeting(doc, vocab)).toMatchObject({
      subject: 'Paraguay',
      ordinal: 11,
      date: '2024-11-08',
      workingGroup: { name: 'Working Group on the Universal Periodic Review', sessionOrdinal: 47 },
    });
  });

  it('is no review when no meeting is named', () => {
    const doc = buildDoc(['1. The draft strategy was reviewed by an expert panel on 3 March 2023.']);
    expect(extractMeeting(doc, vocab)).toBeNull();
  });
});

describe('delegates of the State under review', () => {
  const doc = buildDoc(
    [
      '## Introduction',
      '1. Paraguay was reviewed at the 11th meeting, on 8 November 2024. The delegation was headed by the Minister of Justice, Rosa Benítez Ayala.',
      '2. Mr. Hugo Cabral Giménez and Ms. Lidia Ortiz also took part.',
      '## I. Summary of the proceedings',
      '5. Of the 120 recommendations of the previous cycle, Paraguay had accepted 98, and the Minister indicated that 60 of them had been carried out.',
      '6. Replying to those questions, Hugo Cabral Giménez, Director of the National Statistics Office, said that the census would be held in 2026.',
      '7. Some delegations asked about prison overcrowding. Others urged Paraguay to reform pretrial detention.',
      '8. The protection of indigenous land was raised by a number of delegations.',
    ],
    { titleBlock: ['Report of the Working Group on the Universal Periodic Review*', 'Paraguay'] },
  );
  const f = extractFacts(doc, vocab);
  const at = (n: string) => f.statements.filter((s) => s.paragraph === n);

  it('takes the post after a name as that person’s, not as a second speaker', () => {
    const six = at('6');
    expect(six).toHaveLength(1);
    expect(f.persons.find((p) => p.key === six[0]!.speaker.personKey)?.name).toBe('Hugo Cabral Giménez');
  });

  it('reads a post named after ", and" as its holder speaking', () => {
    const holders = at('5').map((s) => f.persons.find((p) => p.key === s.speaker.personKey)?.name);
    expect(holders).toContain('Rosa Benítez Ayala');
  });

  it('reads "Others urged …" and a passive with unnamed delegations as anonymous speakers', () => {
    expect(at('7').map((s) => s.speaker.kind)).toEqual(['participant', 'participant']);
    expect(at('8').map((s) => [s.speaker.kind, s.speaker.quantifier])).toEqual([['participant', 'a number of']]);
  });

  it('counts the part of a base that ends its clause as the object of a perfect', () => {
    const five = f.statistics.filter((s) => s.evidence[0]?.paragraph === '5').map((s) => s.value);
    expect(five).toEqual([120, 98, 60]);
  });
});

describe('a bare figure after a base', () => {
  it('is not counted without the perfect or when a noun follows', () => {
    const s = 'Of the 75 complaints received, the Ombudsman rejected 31 complaints as unfounded.';
    expect(countsIn(s, { start: 0, end: s.length }).map((c) => [c.value, c.unit])).toEqual([
      [75, 'complaints'],
      [31, 'complaints'],
    ]);
    const t = 'Of the 75 complaints received, the Ombudsman had upheld 31; the rest were pending.';
    expect(countsIn(t, { start: 0, end: t.length }).map((c) => [c.value, c.unit])).toEqual([
      [75, 'complaints'],
      [31, 'complaints'],
    ]);
  });
});

describe('a figure inside an attributed recommendation', () => {
  it('is given by the recommending State', () => {
    const doc = buildDoc([
      '## II. Conclusions and/or recommendations',
      '80. The following recommendations will be examined by Paraguay:',
      '80.1 Raise official development assistance to 0.7 per cent of gross national income (Norway);',
    ]);
    const f = extractFacts(doc, vocab);
    const stat = f.statistics.find((s) => s.value === 0.7);
    expect(stat?.reportedBy?.name).toBe('Norway');
  });
});

describe('numbers written as words', () => {
  it('leave out a word that goes on in a hyphenated compound', () => {
    const read = (s: string) => readCardinalAt(s, 0)?.value ?? null;
    expect(read('Thirty one-room clinics were built')).toBe(30);
    expect(read('Twenty-one clinics were built')).toBe(21);
    expect(read('Forty three clinics were built')).toBe(43);
  });
});

describe('names of bodies', () => {
  it('treats a treaty word before the first "of" as an instrument', () => {
    expect(isInstrumentName('Rome Statute of the International Criminal Court')).toBe(true);
    expect(isInstrumentName('Code of Conduct for Law Enforcement Officials')).toBe(true);
    expect(isInstrumentName('Council of Europe')).toBe(false);
    expect(isInstrumentName('Office of the Ombudsman')).toBe(false);
  });

  it('keeps a plural possessive inside a name and reads "Think Tank" and "Unit" heads', () => {
    const doc = buildDoc([
      "1. Shelters were run with the Rural Teachers' Association, a trade union, and with the Chaco Research Think Tank.",
      '2. The Gender Violence Unit had registered 85 complaints.',
    ]);
    const names = extractOrganizations(doc, vocab).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Rural Teachers' Association", 'Chaco Research Think Tank', 'Gender Violence Unit']));
  });
});

describe('unnamed delegations with examples, and named States with an aside', () => {
  const v = emptyVocab(countries('Chile', 'Peru', 'Uruguay', 'Georgia', 'Armenia', 'Fiji', 'Samoa'));
  const speakersOf = (line: string) =>
    extractFacts(buildDoc([line]), v).statements.map((s) => (s.speaker.kind === 'state' ? s.speaker.state : s.speaker.kind));

  it('makes the States given as examples speakers beside the group', () => {
    expect(speakersOf('4. Several delegations, among them Chile, Peru and Uruguay, asked about access to water.')).toEqual([
      'participant',
      'Chile',
      'Peru',
      'Uruguay',
    ]);
    expect(speakersOf('5. Delegations from the region, including Fiji and Samoa, stressed the risks of rising seas.')).toEqual([
      'participant',
      'Fiji',
      'Samoa',
    ]);
  });

  it('names no State when the aside gives none', () => {
    expect(speakersOf('6. Some delegations, including those of small island States, stressed climate risks.')).toEqual(['participant']);
  });

  it('reads "A and B, among others, welcomed …"', () => {
    expect(speakersOf('7. Georgia and Armenia, among others, welcomed the new law on assemblies.')).toEqual(['Georgia', 'Armenia']);
  });
});


describe('a delegate named with a post as title', () => {
  it('speaks when the document named that person before', () => {
    const doc = buildDoc([
      '1. Paraguay was reviewed at the 11th meeting, on 8 November 2024, by a delegation headed by the Minister of Health, Nilda Acosta Ramírez.',
      '5. Turning to nutrition, Minister Acosta Ramírez said that stunting had declined.',
      '6. Minister Counsellor Pedro Gómez said that the plan was ready.',
    ]);
    const f = extractFacts(doc, vocab);
    const five = f.statements.filter((s) => s.paragraph === '5');
    expect(five.map((s) => f.persons.find((p) => p.key === s.speaker.personKey)?.name)).toEqual(['Nilda Acosta Ramírez']);
    // a two-word post before a name not met before: the post is whole, the person is new
    const six = f.statements.filter((s) => s.paragraph === '6').map((s) => f.persons.find((p) => p.key === s.speaker.personKey));
    expect(six.map((p) => [p?.name, p?.position])).toEqual([['Pedro Gómez', 'Minister Counsellor']]);
  });
});

describe('figures of a change and ratios', () => {
  const counts = (t: string) => countsIn(t, { start: 0, end: t.length }).map((c) => [c.value, c.unit]);

  it('counts the old level too, also with its year', () => {
    expect(counts('Registered complaints had risen from 950 in 2020 to 1,730 in 2024.')).toEqual([
      [950, 'complaints'],
      [1730, 'complaints'],
    ]);
    expect(counts('Reported evictions fell from 412 to 268.')).toEqual([
      [412, 'evictions'],
      [268, 'evictions'],
    ]);
  });

  it('reads no count in "one in five" or "1 in 3"', () => {
    expect(counts('The survey found that one in five girls had left school early.')).toEqual([]);
    const doc = buildDoc(['3. The delegation reported that 1 in 3 detainees were held without trial, and that 120 detainees were released.']);
    expect(extractFacts(doc, vocab).statistics.map((s) => s.value)).toEqual([120]);
  });
});

describe('a named sub-unit of a ministry', () => {
  it('gives the unit and the ministry it belongs to, each on its own', () => {
    const doc = buildDoc(['1. Mr. Tomás Riquelme, Head of the Landless Farmers’ Division of the Ministry of Agrarian Reform, said that titles were issued.']);
    const names = extractOrganizations(doc, vocab).map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Landless Farmers’ Division', 'Ministry of Agrarian Reform']));
    expect(names.some((n) => n?.includes('Division of the Ministry'))).toBe(false);
  });
});

describe('delegates named without an honorific, with a minister’s portfolio', () => {
  const doc = buildDoc([
    '1. Paraguay was reviewed at the 11th meeting, on 8 November 2024. The delegation was headed by the Minister of Public Health, Nilda Acosta Ramírez.',
    '5. Replying to questions on schooling, Óscar Villalba, Vice-Minister of Education, explained that 210 schools had been rebuilt.',
    '6. Asunción, Capital District, reported floods.',
  ]);
  const f = extractFacts(doc, vocab);

  it('reads a name not seen before when a post between commas and a reporting verb follow it', () => {
    const five = f.statements.filter((s) => s.paragraph === '5');
    const villalba = f.persons.find((p) => p.key === five[0]?.speaker.personKey);
    expect(villalba?.name).toBe('Óscar Villalba');
    expect(villalba?.organization?.name).toBe('Ministry of Education');
    expect(f.persons.some((p) => p.name === 'Asunción')).toBe(false);
  });

  it('affiliates a minister with the ministry of the portfolio', () => {
    const acosta = f.persons.find((p) => p.name === 'Nilda Acosta Ramírez');
    expect(acosta?.organization?.name).toBe('Ministry of Public Health');
    expect(acosta?.position).toBe('Minister of Public Health');
  });
});
