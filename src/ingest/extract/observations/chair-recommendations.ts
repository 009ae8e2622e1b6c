/**
 * Recommendations the chairs make in running text rather than under an "Observations" title:
 * "The Co-Chairs recommended that States parties should …", "The Chair encouraged civil society
 * organizations to …", "The Chairs invited the secretariat to …". The addressees are as written.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';

const CHAIR_ASKS =
  /\b(?:[Tt]he\s+)?(?:Co-Chairs?|Co-chairs?|Vice-Chairs?|Chair(?:person)?-Rapporteur|Chairs?|Chairperson|President)\s+(?:also\s+|further\s+|therefore\s+)?(?:(recommend(?:ed|s)|suggest(?:ed|s)|propose[ds])\s+that\s+|(encourage[ds]|urge[ds]|invite[ds]|call(?:ed|s)\s+(?:on|upon)|request(?:ed|s))\s+)/g;

export interface ChairRecommendation {
  paragraph: ParsedParagraph;
  /** The addressee phrase as written ("States parties and civil society organizations"). */
  addressees: string;
}

/**
 * Who the chair's recommendation in a text is addressed to: "The Chair-Rapporteur recommends that
 * States:" (the items follow), "… encourages the X and the Y to strengthen …"; null when none.
 */
export function chairAddressees(text: string): string | null {
  for (const m of text.matchAll(CHAIR_ASKS)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const cut = m[1]
      ? /^(.{2,120}?)(?:\s+(?:should|could|must|may|consider|continue|be|take|adopt|ensure|establish|develop|strengthen|provide|make|share)\b|\s*:\s*(?:$|\(a\)))/.exec(
          rest,
        )
      : /^(.{2,120}?)\s+to\s+[a-z]/.exec(rest);
    if (cut && !/[.;:]/.test(cut[1] as string)) return cut[1] as string;
  }
  return null;
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
