/**
 * Recommendations whose addressee is not the grammatical subject of "should":
 *
 *   impersonal   "It is recommended that the secretariat compile …", "It is essential that States
 *                ensure …": the subject of the "that" clause is asked to act; its verb is a bare
 *                (subjunctive) form or a modal;
 *   recipient    "National mechanisms should be given the mandate …", "Civil society should be
 *                consulted …": a passive of giving, enabling or involving has no agent, and its
 *                subject is the party the text asks to be put in a position to act.
 */

const IMPERSONAL =
  /^It\s+(?:is|was|would\s+be)\s+(?:(?:also|therefore|further|strongly|highly)\s+)?(?:recommended|suggested|proposed|advised|essential|important|crucial|critical|vital|necessary|imperative)\s+that\s+/i;

/** Verbs a "that" clause's subject may take in its bare form, or a modal: where the subject ends. */
export const CLAUSE_VERB =
  /^(?:should|must|could|shall|may|continue|consider|ensure|adopt|establish|prepare|develop|take|provide|strengthen|promote|review|ratify|publish|compile|allocate|increase|make|give|be|seek|support|undertake|improve|include|create|share|report|engage|collect|monitor|implement|amend|raise|conduct|facilitate|organi[sz]e|explore|use|address|step|intensify|set|invite|work|cooperate|coordinate|submit|disseminate|translate|update|assess|evaluate|identify|maintain|enhance|expand|reinforce|refrain|respect|protect|guarantee|grant|enable|involve|consult|train|fund|finance|mainstream|integrate|circulate|distribute|draft|produce|hold|convene|designate|appoint|issue|launch|introduce|remove|repeal|abolish|end|stop|reduce|adapt|align|apply|extend|follow|help|offer|pursue|put|reach|receive|revise|simplify|study|think|redouble|keep|place|retain|regard|treat|seize)$/;

/** "It is recommended that <subject> <verb> …": the subject, and the clause from its verb; null when not this shape. */
export function impersonalSubject(sentence: string): { subject: string; action: string } | null {
  const m = IMPERSONAL.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  const words = [...rest.matchAll(/\S+/g)];
  for (let i = 1; i < Math.min(words.length, 16); i++) {
    const w = words[i]!;
    if (CLAUSE_VERB.test(w[0])) {
      return { subject: rest.slice(0, w.index).trim(), action: rest.slice(w.index).replace(/[\s.;]+$/, '') };
    }
  }
  return null;
}

/** Passives whose subject receives the means to act (no agent named): its subject is the addressee. */
export const RECIPIENT_PASSIVE =
  /^should\s+(?:not\s+)?(?:also\s+)?be\s+(?:given|granted|provided|allowed|enabled|empowered|equipped|mandated|consulted|involved|supported|encouraged|invited|urged|requested|asked|trained|funded|resourced|entrusted|tasked)\b/;
