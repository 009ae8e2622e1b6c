/**
 * Recommendations the chairs make in running text rather than under an "Observations" title:
 * "The Co-Chairs recommended that States parties should …", "The Chair encouraged civil society
 * organizations to …", "The Chairs invited the secretariat to …". The addressees are as written.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';

const CHAIR_ASKS =
  /\b(?:[Tt]he\s+)?(?:Co-Chairs?|Co-chairs?|Vice-Chairs?|Chairs?|Chairperson|President)\s+(?:also\s+|further\s+|therefore\s+)?(?:(recommended|suggested|proposed)\s+that\s+|(encouraged|urged|invited|called\s+(?:on|upon)|requested)\s+)/g;

export interface ChairRecommendation {
  paragraph: ParsedParagraph;
  /** The addressee phrase as written ("States parties and civil society organizations"). */
  addressees: string;
}

/** The first chair recommendation of each paragraph, when its addressee can be read. */
export function chairRecommendations(doc: ParsedDocument, skip: (p: ParsedParagraph) => boolean): ChairRecommendation[] {
  const out: ChairRecommendation[] = [];
  for (const p of doc.paragraphs) {
    if (skip(p)) continue;
    for (const m of p.text.matchAll(CHAIR_ASKS)) {
      const rest = p.text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      // "recommended that X should …" / "encouraged X to …": the addressee ends at the modal or "to"
      const cut = m[1]
        ? /^(.{2,120}?)\s+(?:should|could|must|may|consider|continue|be|take|adopt|ensure|establish|develop|strengthen|provide|make|share)\b/.exec(
            rest,
          )
        : /^(.{2,120}?)\s+to\s+[a-z]/.exec(rest);
      if (cut && !/[.;:]/.test(cut[1] as string)) {
        out.push({ paragraph: p, addressees: cut[1] as string });
        break;
      }
    }
  }
  return out;
}
