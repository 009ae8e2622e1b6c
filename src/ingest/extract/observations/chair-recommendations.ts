/**
 * Recommendations the chairs make in running text rather than under an "Observations" title:
 * "The Co-Chairs recommended that States parties should …", "The Chair encouraged civil society
 * organizations to …", "The Chairs invited the secretariat to …". The addressees are as written.
 */
import type { ParsedDocument, ParsedParagraph } from '../../parse/parsed-document.js';
import { CLAUSE_VERB } from './impersonal.js';

/** In the past ("recommended", a summary of the meeting) or the present ("recommend", the chairs' own observations). */
const CHAIR_ASKS =
  /\b(?:[Tt]he\s+)?(?:Co-Chairs?|Co-chairs?|Vice-Chairs?|Chair(?:person)?-Rapporteur|Chairs?|Chairperson|President)\s+(?:also\s+|further\s+|therefore\s+)?(?:((?:recommend|suggest|propose)(?:s|ed)?)\s+that\s+|((?:encourage|urge|invite)[sd]?|call(?:s|ed)?\s+(?:on|upon)|request(?:s|ed)?)\s+)/g;

export interface ChairRecommendation {
  paragraph: ParsedParagraph;
  /** The addressee phrase as written ("States parties and civil society organizations"). */
  addressees: string;
}

/** "recommended that X should …", "recommend that X keep …": X, up to its modal or bare verb. */
function thatSubject(rest: string): string | null {
  const words = [...rest.slice(0, 120).matchAll(/\S+/g)];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    if (CLAUSE_VERB.test(w[0])) return rest.slice(0, w.index).trim();
  }
  return null;
}

/** The addressee phrase of the first chair's request in `text` ("The Co-Chairs invite X to …"), as written. */
export function chairAsk(text: string): string | null {
  for (const m of text.matchAll(CHAIR_ASKS)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    // "recommended that X should …" / "encouraged X to …": the addressee ends at the modal or "to"
    // "The Chair-Rapporteur recommends that States:" with the items after the colon
    const listed = m[1] ? /^(.{2,120}?)\s*:\s*(?:$|\(a\))/.exec(rest)?.[1] : undefined;
    const cut = m[1] ? (listed ?? thatSubject(rest)) : /^(.{2,120}?)\s+to\s+[a-z]/.exec(rest)?.[1];
    if (cut && !/[.;:]/.test(cut)) return cut;
  }
  return null;
}

/** The first chair recommendation of each paragraph, when its addressee can be read. */
export function chairRecommendations(doc: ParsedDocument, skip: (p: ParsedParagraph) => boolean): ChairRecommendation[] {
  const out: ChairRecommendation[] = [];
  for (const p of doc.paragraphs) {
    if (skip(p)) continue;
    const addressees = chairAsk(p.text);
    if (addressees !== null) out.push({ paragraph: p, addressees });
  }
  return out;
}
