/**
 * A word from the drivers vocabulary is a driver of migration only where the text speaks of
 * why people move: "drivers of migration", "people fleeing conflict", "forced to leave",
 * "root causes". Elsewhere the same word is something else ("On abuse and violence,
 * smugglers were the most commonly reported perpetrators" is about smugglers, not about why
 * people left). So a driver occurrence counts when its sentence carries such a cue; the
 * others are dropped rather than kept at low confidence, because rankings count mentions.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, MentionFact } from './facts.js';
import { splitSentences, type Sentence } from './text-sentences.js';

const MIGRATION_CUE =
  /\b(?:driv(?:er|ers|es|e|ing|en)|reasons?\s+(?:for|to|why)|root\s+causes?|push(?:es|ed|ing)?\s+(?:[a-z]+\s+){0,2}(?:people|persons|migrants|families|women|men|children|youth|them)|fle(?:e|es|eing|d)|escap(?:e|es|ing|ed)|(?:forced|compelled|obliged)\s+to\s+(?:leave|flee|migrate|move)|leav(?:e|es|ing)\s+(?:their|his|her)\s+(?:home|homes|country|countries)|away\s+from\s+(?:their|his|her)\s+home|migrat\w*\s+(?:because|due\s+to|owing\s+to)|in\s+search\s+of|seek(?:s|ing)?\s+(?:safety|protection|work|asylum))\b/i;

export function keepDriverMentions(doc: ParsedDocument, mentions: MentionFact[]): MentionFact[] {
  const sentencesOf = new Map<string, Sentence[]>();
  const texts = new Map(doc.paragraphs.map((p) => [p.number, p.text]));
  const cued = (e: Evidence): boolean => {
    const text = texts.get(e.paragraph);
    if (text === undefined || e.start === undefined) return false;
    let sentences = sentencesOf.get(e.paragraph);
    if (!sentences) sentencesOf.set(e.paragraph, (sentences = splitSentences(text)));
    const s = sentences.find((x) => e.start! >= x.start && e.start! < x.end);
    return s !== undefined && MIGRATION_CUE.test(text.slice(s.start, s.end));
  };
  const out: MentionFact[] = [];
  for (const m of mentions) {
    const evidence = m.evidence.filter(cued);
    if (evidence.length > 0) out.push({ ...m, evidence });
  }
  return out;
}
