/**
 * Organizations named as a speaker's affiliation without an acronym: "the panellist from the
 * Centre for the Study of Crime", "a representative of Citizens for a Common Cause". Being
 * introduced this way is itself the cue that the name is an organization (an NGO unless its
 * name or the vocabulary says otherwise).
 */
import type { CitableText } from './citable-texts.js';
import { evidenceAt } from './citable-texts.js';
import type { Evidence } from './facts.js';
import type { OrgCandidate } from './org-candidate.js';
import { BODY_HEADS, KIND_RANK, conjuncts, isInstrumentName, isNotOrganization } from './org-candidate.js';
import { kindFromName } from './org-kind.js';
import { nameAfter } from './proper-names.js';
import { extendName } from './name-lists.js';

/**
 * "from X" after a speaker noun introduces an affiliation; "representatives/members of X" only when
 * X is named as a body; "a presenter with X", "a lawyer at X": the employer of a person described.
 */
const AFFILIATION =
  /\b(?:panell?ists?|speakers?|representatives?|experts?|delegates?|participants?|researchers?|presenters?)\b,?\s+(?:\w+\s+)?(from)\s+|\b(?:representatives?|members?)\s+(of)\s+|\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:presenter|journalist|reporter|correspondent|editor|lawyer|researcher|activist|volunteer|nurse|teacher|doctor|officer|organizer|organiser)\s+(with|at)\s+/gi;

/**
 * "the establishment of the Advocate of the Principle of Equality", "the mandate of the X",
 * "the independence of the X", "support the work of the X", "the functioning of the X": what
 * is established, mandated, independent, at work or functioning is an institution, even when
 * its name has no body noun (a recommendation may name the body only this way). Kept weak:
 * only a capitalised name of two words or more counts, never a programme, treaty or place.
 */
const INSTITUTION_OF = /\b(?:establishment|establishing|creation|mandates?|independence|work|functioning)\s+of\s+the\s+/gi;

/**
 * "the equality body in charge of …, called the Advocate of the Principle of Equality", "an
 * independent institution known as the Public Defender": a body the text names with "called",
 * "named" or "known as" is an institution under that name, whatever its words. The body noun
 * must come first, in the same clause (no sentence or clause stop between).
 */
const BODY_CALLED =
  /\b(?:body|bodies|institution|organi[sz]ation|office|agency|authority|entity|mechanism)\b[^.;:()]{0,80}?,?\s+(?:called|named|known\s+as)\s+(?:the\s+)?/gi;

export function findInstitutions(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    for (const m of [...t.text.matchAll(INSTITUTION_OF), ...t.text.matchAll(BODY_CALLED)]) {
      // "the mandates of the X and the Y": each institution of the pair
      for (let at = m.index + m[0].length, k = 0; k < 2; k++) {
        const span = nameAfter(t.text, at);
        if (!span || span.start !== at || !/\s/.test(span.text)) break;
        if (!isInstrumentName(span.text) && !isNotOrganization(span.text) && !isPlace(span.text)) {
          const c = candidate(span.text, false, evidenceAt(t.key, t.text, span.start, span.end));
          out.push({ ...c, confidence: 0.6 });
        }
        const and = /^\s+and\s+the\s+(?=\p{Lu})/u.exec(t.text.slice(span.end, span.end + 12));
        if (!and) break;
        at = span.end + and[0].length;
      }
    }
  }
  return out;
}

export function findAffiliations(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    AFFILIATION.lastIndex = 0;
    for (let m = AFFILIATION.exec(t.text); m !== null; m = AFFILIATION.exec(t.text)) {
      const read = nameAfter(t.text, m.index + m[0].length);
      if (!read) continue;
      // an employer's town is where it sits, not its name: "a presenter with Radio X in Tamale"
      const seat = m[3] !== undefined ? /\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.exec(read.text) : null;
      const span = seat ? { ...read, end: read.end - seat[0].length, text: read.text.slice(0, seat.index) } : extendName(t.text, read);
      let offset = 0;
      for (const name of conjuncts(span.text)) {
        const start = span.start + span.text.indexOf(name, offset);
        offset = start - span.start + name.length;
        const speaker = m[1] !== undefined;
        // "a presenter with Radio X", "a lawyer at Y": a person's employer, whatever its words
        const employer = m[3] !== undefined;
        // "members of the Roma minority", "Members of Their Families": "of" needs a body's head noun.
        if (!speaker && !employer && !name.split(' ').some((w) => BODY_HEADS.test(w))) continue;
        if (isInstrumentName(name) || isNotOrganization(name) || isPlace(name)) continue;
        out.push(candidate(name, speaker, evidenceAt(t.key, t.text, start, start + name.length)));
      }
    }
  }
  return out;
}

/** A speaker's affiliation with no better cue is an NGO (the dialogues are with civil society). */
function candidate(name: string, speaker: boolean, evidence: Evidence): OrgCandidate {
  const cue = kindFromName(name);
  const fallback = speaker ? { kind: 'ngo' as const, kindRank: KIND_RANK.speaker } : { kind: null, kindRank: KIND_RANK.none };
  return {
    name,
    acronym: null,
    aliases: [],
    ...(cue ? { kind: cue.kind, kindRank: cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName } : fallback),
    location: null,
    method: 'pattern',
    confidence: speaker ? 0.75 : 0.65,
    evidence: [evidence],
  };
}
