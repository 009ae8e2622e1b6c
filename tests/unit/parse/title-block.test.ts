import { describe, expect, it } from 'vitest';
import { parseFixture, parseText } from './helpers.js';

describe('title block: title, symbol, date', () => {
  it('reads a UN cover page (stakeholders summary)', () => {
    const doc = parseFixture('stakeholders-summary-excerpt.md');
    expect(doc.title).toBe('Summary of Stakeholders’ submissions on Slovenia');
    expect(doc.symbol).toBe('A/HRC/WG.6/34/SVN/3');
    expect(doc.date).toBe('2019-08-14');
    expect(doc.titleBlock[0]).toBe('United Nations');
    expect(doc.titleBlock).toContain('Report of the Office of the United Nations High Commissioner for');
  });

  it('joins a title broken over two lines up to its "*" mark (working group report)', () => {
    const doc = parseFixture('working-group-report-excerpt.md');
    expect(doc.title).toBe('Report of the Working Group on the Universal Periodic Review');
    expect(doc.symbol).toBe('A/HRC/43/15');
    expect(doc.date).toBe('2019-12-19');
    expect(doc.titleBlock).toContain('The annex is being circulated without formal editing, in the language of submission only.');
  });

  it('takes the first heading as the title when there is one', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(doc.title).toBe(
      'Constructive dialogue on the review process following the thirteenth session of the Working Group on Trafficking in Persons',
    );
    expect(doc.titleBlock).toEqual([doc.title, 'Summary by the Co-Chairs']);
  });

  it('takes a "# Title" that opens the file as the title even when paragraph 1 follows at once', () => {
    const doc = parseText('# Note by the Secretariat\n\n1. Text.\n');
    expect(doc.title).toBe('Note by the Secretariat');
    expect(doc.sections).toEqual([]);
  });

  it('never takes a symbol or date from the body', () => {
    const doc = parseFixture('co-chairs-summary.md');
    expect(doc.symbol).toBeNull(); // CTOC/COP/WG.4/2023/2 is cited in a footnote, 5 July 2023 in para 2
    expect(doc.date).toBeNull();
  });

  it('falls back to an HTML comment at the top for symbol and date', () => {
    const doc = parseText('<!-- UN document E/CN.4/2005/12, (3 March 2005) -->\n\n# Some report\n\n1. Text.\n');
    expect(doc.symbol).toBe('E/CN.4/2005/12');
    expect(doc.date).toBe('2005-03-03');
    expect(doc.title).toBe('Some report');
  });

  it('reads a plain-text cover page with boilerplate, agenda item and a "Vienna, …" line', () => {
    const doc = parseFixture('plain-summary.txt');
    expect(doc.title).toBe('Constructive dialogue with non-governmental stakeholders');
    expect(doc.symbol).toBe('CTOC/COP/WG.7/2024/4');
    expect(doc.date).toBe('2024-03-03');
  });

  it('does not take an acronym pair (OSCE/ODIHR) for a symbol, nor an invalid date', () => {
    const doc = parseText('OSCE/ODIHR report\n31 February 2019\n\n1. Text.\n', 'doc.txt');
    expect(doc.symbol).toBeNull();
    expect(doc.date).toBeNull();
    expect(doc.title).toBe('OSCE/ODIHR report');
  });

  it('reads a title of six lines up to its "*" mark, with the short subject line after a colon', () => {
    const cover = [
      'United Nations',
      'A/HRC/WG.6/99/XYZ/3',
      'General Assembly',
      'Distr.: General',
      '3 March 2031',
      'Original: English',
      'Human Rights Council',
      'Working Group on the Universal Periodic Review',
      'Ninety-ninth session',
      'Compilation drawn up by the secretariat of the Council from the',
      'information received from treaty bodies and special procedures in',
      'line with the terms set out in the annex of the Council decision on',
      'working methods',
      'Ruritania*',
      '',
      '1. The present compilation was prepared for the review.',
      '',
    ].join('\n');
    const doc = parseText(cover, 'compilation.txt');
    expect(doc.title).toBe(
      'Compilation drawn up by the secretariat of the Council from the information received from treaty bodies and special procedures in line with the terms set out in the annex of the Council decision on working methods: Ruritania',
    );
  });

  it('keeps a title broken once as one title, "*" on its last word', () => {
    const doc = parseText('Human Rights Council\nAnnual report of the Special Rapporteur on the independence of\nJudges*\n\n1. Text.\n', 'r.txt');
    expect(doc.title).toBe('Annual report of the Special Rapporteur on the independence of Judges');
  });

  it('skips a body name broken over cover lines at joining words, to the title below it', () => {
    const doc = parseText(
      'United Nations     XX/YY/2030/1\n\nConference of the Parties to the\nConvention on the Protection of\nAlpine Wetlands\n\nDistr.: General\n3 May 2030\n\nReport on the meeting of the Expert Group held in Bern on 2 April 2030\n\n1. One.\n',
    );
    expect(doc.title).toBe('Report on the meeting of the Expert Group held in Bern on 2 April 2030');
  });

  it('takes the line above a session line for the body it names, and joins an unmarked title over its lines', () => {
    const doc = parseText(
      'United Nations\nXX/MOP/2031/INF.2\nDistr.: Limited\n2 June 2031\n\nAdvisory Board on Inland Fisheries\nTwelfth session\nNairobi, 12-16 May 2031\nAgenda item 4\nCooperation with observers\n\nInformal exchange of views with fishing communities and their\nassociations on access to shared waters\nSummary by the Chair\n\n1. Text.\n',
      'board.txt',
    );
    expect(doc.title).toBe('Informal exchange of views with fishing communities and their associations on access to shared waters');
  });
});
