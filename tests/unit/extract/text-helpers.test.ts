import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/extract/text-sentences.js';
import { cardinalValue, ordinalValue, readCardinalAt } from '../../../src/ingest/extract/text-numbers.js';
import { findDates } from '../../../src/ingest/extract/text-dates.js';
import { isAcronymToken, readOrgRef, readPersonName } from '../../../src/ingest/extract/text-names.js';
import { cleanItem, findLetteredItems } from '../../../src/ingest/extract/text-items.js';
import { trailingAttributions, uninvertStateName } from '../../../src/ingest/extract/text-states.js';
import { speechVerbAt } from '../../../src/ingest/extract/text-speech-verbs.js';

describe('splitSentences', () => {
  it('keeps honorifics, citations and decimals inside a sentence, with offsets', () => {
    const text = 'It was chaired by Ms. Kakosimou and Mr. Testa (para. 53, No. 29). About 48.5 per cent agreed. Done?';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'It was chaired by Ms. Kakosimou and Mr. Testa (para. 53, No. 29).',
      'About 48.5 per cent agreed.',
      'Done?',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('ends a sentence at a full stop followed by a glued footnote number', () => {
    const s = splitSentences('Slovenia had not ratified the Convention.6 JS2 recommended ratification.7');
    expect(s).toHaveLength(2);
    expect(s[1]?.text.startsWith('JS2')).toBe(true);
  });

  it('does not split before a lower-case continuation', () => {
    expect(splitSentences('The U.N. system e.g. the secretariat, agreed. Next one.')).toHaveLength(2);
  });
});

describe('numbers', () => {
  it('reads ordinals in words and digits', () => {
    expect(ordinalValue('second')).toBe(2);
    expect(ordinalValue('tenth')).toBe(10);
    expect(ordinalValue('Thirty-fourth')).toBe(34);
    expect(ordinalValue('2nd')).toBe(2);
    expect(ordinalValue('10th')).toBe(10);
    expect(ordinalValue('twenty first')).toBe(21);
    expect(ordinalValue('session')).toBeNull();
  });

  it('reads cardinals in words and digits', () => {
    expect(cardinalValue('Forty')).toBe(40);
    expect(cardinalValue('thirty-eight')).toBe(38);
    expect(cardinalValue('one hundred and two')).toBe(102);
    expect(cardinalValue('48,415')).toBe(48415);
    expect(cardinalValue('81')).toBe(81);
    expect(cardinalValue('many')).toBeNull();
    const m = readCardinalAt('Forty non-governmental organizations', 0);
    expect(m).toMatchObject({ value: 40, end: 5 });
  });
});

describe('findDates', () => {
  it('reads single days, lists and ranges', () => {
    expect(findDates('took place on 9 October 2023, for a full day')[0]).toMatchObject({ dates: ['2023-10-09'], kind: 'single' });
    expect(findDates('held on 5 and 6 October 2023.')[0]).toMatchObject({ dates: ['2023-10-05', '2023-10-06'], kind: 'list' });
    expect(findDates('from 4 to 15 November 2019')[0]).toMatchObject({ dates: ['2019-11-04', '2019-11-15'], kind: 'range' });
    expect(findDates('4-15 November 2019')[0]?.dates).toEqual(['2019-11-04', '2019-11-15']);
    expect(findDates('24 February–20 March 2020')[0]?.dates).toEqual(['2020-02-24', '2020-03-20']);
    expect(findDates('on March 3, 2021 in Vienna')[0]?.dates).toEqual(['2021-03-03']);
    expect(findDates('from 1 June 2022 to 3 June 2022')[0]).toMatchObject({ kind: 'range', dates: ['2022-06-01', '2022-06-03'] });
  });

  it('gives offsets into the text', () => {
    const text = 'It met on 12 May 2024.';
    const d = findDates(text)[0];
    expect(text.slice(d?.start, d?.end)).toBe('12 May 2024');
  });
});

describe('names', () => {
  it('reads an organization name up to the verb, a comma or its acronym', () => {
    const a = 'from Citizens for a Common Cause explained how';
    expect(readOrgRef(a, 5)).toMatchObject({ name: 'Citizens for a Common Cause', acronym: null });
    const b = 'the Counter Human Trafficking Trust – East Africa (CHTEA) elaborated';
    expect(readOrgRef(b, 0)).toMatchObject({ name: 'Counter Human Trafficking Trust – East Africa', acronym: 'CHTEA' });
    const c = 'the Regional Support Office of the Bali Process shared analysis';
    expect(readOrgRef(c, 0)?.name).toBe('Regional Support Office of the Bali Process');
    expect(readOrgRef('Joint Submission (JS) 4 reported', 0)).toMatchObject({ name: 'Joint Submission 4', acronym: 'JS4' });
    expect(readOrgRef('EU-FRA and JS1 noted', 0)).toMatchObject({ name: null, acronym: 'EU-FRA' });
    expect(readOrgRef('the panel discussed', 0)).toBeNull();
  });

  it('tells acronyms from words', () => {
    for (const t of ['MMC', 'JS2', 'CoE-Commissioner', 'OSCE/ODIHR']) expect(isAcronymToken(t)).toBe(true);
    for (const t of ['Rwanda', 'The', 'panel']) expect(isAcronymToken(t)).toBe(false);
  });

  it('reads a person name with or without an honorific', () => {
    expect(readPersonName('Ms. Vasiliki Kakosimou, Head', 0)).toMatchObject({ honorific: 'Ms.', name: 'Vasiliki Kakosimou' });
    expect(readPersonName('Miro Cerar.', 0)).toMatchObject({ honorific: null, name: 'Miro Cerar' });
    expect(readPersonName('Prosecutor at', 0)).toBeNull();
  });
});

describe('lettered items', () => {
  it('finds (a) (b) (c) in sequence and ignores citations such as "paragraph 3 (c)"', () => {
    const text = 'Under article 32, paragraph 3 (c), along three points: (a) the role of X; (b) needs; and, (c) gender.';
    const items = findLetteredItems(text);
    expect(items.map((i) => i.label)).toEqual(['a', 'b', 'c']);
    expect(items.map((i) => cleanItem(i.text, i.start).text)).toEqual(['the role of X', 'needs', 'gender']);
  });
});

describe('recommendation attributions', () => {
  it('reads the States at the end of each clause, not instrument numbers', () => {
    const text =
      'Ratify the Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);';
    expect(trailingAttributions(text).map((a) => a.name)).toEqual(['United Kingdom of Great Britain and Northern Ireland']);
    const two = 'Complete ratification (Ukraine); Increase efforts (Slovakia) (Iran (Islamic Republic of));';
    expect(trailingAttributions(two).map((a) => a.name)).toEqual(['Ukraine', 'Slovakia', 'Iran (Islamic Republic of)']);
    expect(uninvertStateName('Iran (Islamic Republic of)')).toBe('Islamic Republic of Iran');
  });

  it('reads every State of a group that lists several, commas inside a name kept', () => {
    const text =
      'Strengthen the independence of the ombudsperson institution (Chile, Bolivia (Plurinational State of), Kenya, Papua New Guinea, Viet Nam, Lesotho, Bosnia and Herzegovina);';
    const found = trailingAttributions(text);
    expect(found.map((a) => a.name)).toEqual([
      'Chile',
      'Bolivia (Plurinational State of)',
      'Kenya',
      'Papua New Guinea',
      'Viet Nam',
      'Lesotho',
      'Bosnia and Herzegovina',
    ]);
    // They share the group's span, so the recommendation's text loses the whole group.
    expect(new Set(found.map((a) => text.slice(a.start, a.end))).size).toBe(1);
    // A bracket of prose is not a list of States.
    expect(trailingAttributions('Review the law (as it stands, see above);')).toEqual([]);
  });
});

describe('reporting verbs', () => {
  const verbAfter = (text: string, subject: string) => {
    const end = speechVerbAt(text, subject.length);
    return end < 0 ? null : text.slice(subject.length, end).trim();
  };
  it('reads a verb after a time phrase between subject and verb, and "took note"', () => {
    expect(verbAfter('The Panel in 2019 observed that rents rose.', 'The Panel')).toBe('in 2019 observed');
    expect(verbAfter('The Panel in May 2021, recalled its view.', 'The Panel')).toBe('in May 2021, recalled');
    expect(verbAfter('The Panel took note of the new decree.', 'The Panel')).toBe('took');
    expect(verbAfter('The Panel took office in 2020.', 'The Panel')).toBeNull();
    expect(verbAfter('The Panel in 2019 moved to Vienna.', 'The Panel')).toBeNull();
  });
  it('reads "provided" only with an informational complement', () => {
    expect(verbAfter('Peru provided further details on the budget.', 'Peru')).toBe('provided');
    expect(verbAfter('Peru provided free meals to pupils.', 'Peru')).toBeNull();
  });
});
