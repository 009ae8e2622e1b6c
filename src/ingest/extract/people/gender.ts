/**
 * Gender as the text gives it, with the words that give it: an honorific before the person's
 * name ("Ms.", "Mrs.", "Madam", "Mr."), or else a pronoun the text uses for the person (found by
 * the extractors that read panellists and speakers, PersonFact.pronoun) located in one of the
 * person's paragraphs after their mention. Never from a name: "Dr. Miro Cerar" with no pronoun
 * stays unstated. The API counts who is heard by it (src/api/voices/count.ts).
 */
import type { ParsedDocument } from '../../parse/parsed-document.js';
import type { Evidence, PersonFact, PersonGender } from '../facts.js';
import { pronounForHonorific } from '../text-names.js';

const PRONOUN_WORDS = { she: /\b(?:she|her|hers|herself)\b/i, he: /\b(?:he|him|his|himself)\b/i } as const;
const GENDER_OF = { she: 'woman', he: 'man' } as const;

/** Each person with the gender the text gives them (unchanged when it gives none). */
export function withGender(persons: PersonFact[], doc: ParsedDocument): PersonFact[] {
  const texts = new Map(doc.paragraphs.map((p) => [p.number, p.text] as const));
  return persons.map((p) => {
    const gender = genderOf(p, texts);
    return gender ? { ...p, gender } : p;
  });
}

export function genderOf(p: PersonFact, texts: ReadonlyMap<string, string>): PersonGender | null {
  const byHonorific = pronounForHonorific(p.honorific);
  if (byHonorific && p.honorific) {
    const evidence = p.evidence.find((e) => e.quote?.includes(p.honorific!));
    if (evidence) return { gender: GENDER_OF[byHonorific], source: 'honorific', evidence: honorificEvidence(evidence, p.honorific) };
  }
  if (p.pronoun === 'she' || p.pronoun === 'he') {
    for (const e of p.evidence) {
      const text = texts.get(e.paragraph);
      if (!text) continue;
      const from = e.end ?? 0;
      const m = PRONOUN_WORDS[p.pronoun].exec(text.slice(from));
      if (m) {
        const start = from + m.index;
        return {
          gender: GENDER_OF[p.pronoun],
          source: 'pronoun',
          evidence: { paragraph: e.paragraph, start, end: start + m[0].length, quote: m[0] },
        };
      }
    }
  }
  return null;
}

/** The honorific's own words inside the evidence that introduces the person. */
function honorificEvidence(e: Evidence, honorific: string): Evidence {
  const at = e.quote!.indexOf(honorific);
  const start = e.start !== undefined ? e.start + at : undefined;
  return { paragraph: e.paragraph, ...(start !== undefined ? { start, end: start + honorific.length } : {}), quote: honorific };
}
