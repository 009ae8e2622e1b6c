/**
 * Observations announced by a lead-in rather than by a section title: "In closing, the Chair drew
 * out the following points, …", "Ms. X closed the event by setting out three conclusions.", "The
 * following observations emerged from the exchanges." The paragraphs after the lead-in, in the
 * same section, are observations for as long as each asks someone to act (a modal: should,
 * could, may wish to, are encouraged/invited to …).
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';

const LEAD_IN =
  /\b(?:the following|(?:two|three|four|five|six|seven|eight|several|some|a number of|key|main)(?:\s+[a-z]+)?)\s+(?:observations|conclusions|recommendations|points|proposals|messages|suggestions|takeaways)\b/i;
/** Who is asked to act, and how. */
export const MODAL =
  /\b(?:should|could|may wish to|might|must|need to|(?:is|are)\s+(?:also\s+)?(?:encouraged|invited|urged|called upon|requested|asked|recommended)\s+to)\b/;

export function ledInObservations(doc: ParsedDocument, isOutcome: (p: ParsedParagraph) => boolean): ParsedParagraph[] {
  const out: ParsedParagraph[] = [];
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const lead = ps[i]!;
    if (isOutcome(lead) || !LEAD_IN.test(lead.text) || MODAL.test(lead.text)) continue;
    for (let j = i + 1; j < ps.length; j++) {
      const p = ps[j]!;
      if (p.sectionKey !== lead.sectionKey || isOutcome(p) || !MODAL.test(p.text)) break;
      out.push(p);
      i = j;
    }
  }
  return out;
}
