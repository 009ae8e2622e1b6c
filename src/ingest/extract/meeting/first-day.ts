/**
 * The meeting's first day when no sentence says "the dialogue took place on …": the date that
 * opens the record ("On 3 July 2025, …", "At its 6th meeting, on 17 June 2025, …"), else the date
 * in the document's title ("… (Vienna, 24 February 2026)"), else the session's dates under the
 * title block's session line ("4-15 November 2019").
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { findDates } from '../text-dates.js';
import { splitSentences } from '../text-sentences.js';

/** A sentence that tells when something met or was held. */
const MET = /\b(?:meeting|held|took place|convened|organi[sz]ed|opened|met)\b/;

/** The meeting itself held: "took place", "was held", "met", "convened" (not "decided that … be held"). */
const HELD_AT = /^(?:The|This|That)\s+[^,;]{2,80}?\s+(?:took\s+place|was\s+held|were\s+held|met|convened)\b/;
/** "The panel discussion took place on …", "The meeting was held on …": the event as the subject of its own happening. */
const EVENT_HELD =
  /\b(?:panel|discussion|dialogue|debate|meeting|consultation|hearing|event)\s+(?:took\s+place|(?:was|were)\s+(?:held|convened))\b/i;

export interface FirstDay {
  date: string;
  endDate: string | null;
  paragraph: string | null;
  start: number;
  end: number;
}

export function firstDay(doc: ParsedDocument): FirstDay | null {
  const first = doc.paragraphs[0];
  // the first sentence of the record that says when it met and gives a date ("… decided that the
  // panel be held at its … session. The discussion took place on 25 September 2024, …")
  for (const sentence of first ? splitSentences(first.text) : []) {
    if (!MET.test(sentence.text)) continue;
    const d = findDates(sentence.text)[0];
    if (d)
      return { date: d.dates[0]!, endDate: null, paragraph: first!.number, start: sentence.start + d.start, end: sentence.start + d.end };
  }
  // "1. By its resolution 60/12, the Council decided … 2. The panel discussion took place on 3 March
  // 2026, at the 9th meeting …": the introduction's next paragraphs, when one says the event itself happened
  for (const p of doc.paragraphs.slice(1, 4)) {
    if (p.sectionKey !== first?.sectionKey) break;
    for (const sentence of splitSentences(p.text)) {
      const held = EVENT_HELD.exec(sentence.text);
      if (!held) continue;
      const d = findDates(sentence.text).find((x) => x.start > held.index);
      if (d) return { date: d.dates[0]!, endDate: null, paragraph: p.number, start: sentence.start + d.start, end: sentence.start + d.end };
    }
  }
  // "… (Vienna, 24 February 2026)", or "Report on the meeting … held in Vienna from 11 to 13 September 2019"
  const inTitle = doc.title ? findDates(doc.title)[0] : undefined;
  if (inTitle)
    return {
      date: inTitle.dates[0]!,
      endDate: inTitle.dates.length > 1 ? inTitle.dates[inTitle.dates.length - 1]! : null,
      paragraph: null,
      start: 0,
      end: 0,
    };
  // "The Social Forum took place at the Palais des Nations from 3 to 5 November 2025.": a report
  // that opens on its mandate says when the meeting was held a paragraph or two later
  for (const p of doc.paragraphs.slice(1, 3)) {
    for (const sentence of splitSentences(p.text)) {
      if (!HELD_AT.test(sentence.text)) continue;
      const d = findDates(sentence.text)[0];
      if (d)
        return {
          date: d.dates[0]!,
          endDate: d.dates.length > 1 ? d.dates[d.dates.length - 1]! : null,
          paragraph: p.number,
          start: sentence.start + d.start,
          end: sentence.start + d.end,
        };
    }
  }
  const lines = doc.titleBlock;
  const session = lines.findIndex((l) => /\bsession$/i.test(l.trim()));
  for (const line of session >= 0 ? lines.slice(session + 1, session + 3) : []) {
    const d = findDates(line)[0];
    if (d)
      return { date: d.dates[0]!, endDate: d.dates.length > 1 ? d.dates[d.dates.length - 1]! : null, paragraph: null, start: 0, end: 0 };
  }
  return null;
}
