/**
 * Observations and recommendations: the paragraphs of a part whose title says observations,
 * recommendations or conclusions. A Co-Chairs' observation names who should act ("States
 * parties and non-governmental stakeholders should …"); a UPR recommendation is an imperative
 * addressed to the State under review and ends with the States that made it ("(France)
 * (Lithuania);"). Lead-ins ("… the following observations:") and the parents of sub-numbered
 * recommendation lists are structure, not observations.
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { ObservationFact } from './facts.js';
import type { Vocabularies } from './vocabulary.js';
import { paragraphEvidence } from './text-evidence.js';
import { splitSentences } from './text-sentences.js';
import {
  innerAttributions,
  stateGazetteer,
  stateUnderReview,
  trailingAttributions,
  uninvertStateName,
  type Attribution,
} from './text-states.js';
import { isOutcomeSection, structureOf } from './text-structure.js';
import { ledInObservations, MODAL } from './observations/lead-ins.js';
import { chairAsk, chairRecommendations } from './observations/chair-recommendations.js';
import { impersonalSubject, RECIPIENT_PASSIVE } from './observations/impersonal.js';

/** "In cooperation with UNODC and relevant stakeholders, States parties should …": the partner clause. */
const CONTEXT_CLAUSE =
  /^((?:In\s+(?:close\s+)?(?:cooperation|collaboration|partnership|consultation|coordination)\s+with|Together\s+with|With\s+the\s+(?:support|assistance)\s+of|Through|Based\s+on|In\s+line\s+with|In\s+accordance\s+with|Where\s+appropriate|Where\s+possible|When|To|For|Within|Building\s+on)\b[^,]{0,200}),\s*/;

/** Words that open a sentence but never an imperative recommendation. */
const NOT_IMPERATIVE =
  /^(?:The|This|These|That|Those|All|A|An|It|Its|They|There|States?|In|On|At|As|By|For|With|Some|Several|Many|Most|Each|Every)\b/;

function isLeadIn(p: ParsedParagraph): boolean {
  const t = p.text.trim();
  return (
    (t.endsWith(':') ||
      /\bthe following (?:observations|recommendations|conclusions)\b/i.test(t) ||
      // "adopted the recommendations set out below", "the conclusions contained below"
      /\b(?:observations|recommendations|conclusions)\s+(?:(?:set\s+out|set\s+forth|contained|listed|presented|reproduced)\s+)?below\b/i.test(t)) &&
    !/\bshould\b/.test(t.slice(0, -1))
  );
}

/** One word that qualifies a noun ("requesting", "national", "public"), standing before "and". */
const QUALIFIER = /^\p{L}[\p{Ll}-]*(?:ing|ed|al|ic|ive|ous|ary|ent|ant)$/u;

/** "States parties and non-governmental stakeholders" → both; "Ministry of Migration and Asylum" stays one. */
export function splitAddressees(subject: string): string[] {
  const out: string[] = [];
  for (const piece of subject.split(/\s*,\s*(?:and\s+)?|\s+as\s+well\s+as\s+/)) {
    // "the Food and Agriculture Organization and the International Fund …": "and the" parts two names, a bare "and" stays inside one
    const parts = /\sand\s+the\s+\p{Lu}/u.test(piece) && /^(?:the\s+)?\p{Lu}/u.test(piece) ? piece.split(/\s+and\s+(?=the\s+\p{Lu})/u) : piece.split(/\s+and\s+/);
    let acc = parts[0] ?? '';
    for (let i = 1; i < parts.length; i++) {
      const right = parts[i] as string;
      // inside a name ("Ministry of Migration and Asylum"): a capitalised "X of Y" joined to a capitalised word
      if (/^(?:the\s+)?\p{Lu}/u.test(acc) && /\b(?:of|on|for|against)\b/.test(acc) && /^\p{Lu}/u.test(right)) acc = `${acc} and ${right}`;
      // "Countries of origin and destination": one word completing the "of" phrase
      else if (/\bof\s+\p{Ll}+$/u.test(acc) && /^\p{Ll}+$/u.test(right)) acc = `${acc} and ${right}`;
      // "Institutes of the … crime prevention and criminal justice programme network": two modifiers
      // of one singular head inside the "of" phrase (a plural after "and" is another addressee)
      else if (/\bof\b[^,]*\s\p{Ll}+$/u.test(acc) && /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,4}$/u.test(right) && !/s$/.test(right))
        acc = `${acc} and ${right}`;
      // "requesting and requested States", "regional and national authorities": two qualifiers of one noun
      else if (QUALIFIER.test(acc) && /^\p{Ll}[\p{L}-]*\s+[\p{L}-]+$/u.test(right)) {
        out.push(`${acc.toLowerCase()} ${right.split(/\s+/)[1] as string}`);
        acc = right;
      }
      else {
        out.push(acc);
        acc = right;
      }
    }
    out.push(acc);
  }
  return out
    .map((a) =>
      a
        .trim()
        .replace(/^(?:the|The)\s+/, '')
        .replace(/[.;:,]+$/, '')
        // "United Nations Office on Drugs and Crime (UNODC)": the name as the addressee
        .replace(/\s*\(\p{Lu}[\p{L}\p{N}/-]*\)$/u, ''),
    )
    .filter((a) => a.length > 0);
}

interface Reading {
  addressees: string[];
  action: string | null;
}

/** The "should" clause and who it is addressed to. */
function readShould(text: string): Reading | null {
  for (const s of splitSentences(text)) {
    const impersonal = impersonalSubject(s.text);
    if (impersonal) return { addressees: splitAddressees(impersonal.subject), action: impersonal.action };
    const m = MODAL.exec(s.text);
    if (!m) continue;
    let subject = s.text.slice(0, m.index).trim();
    let context: string | null = null;
    const c = CONTEXT_CLAUSE.exec(subject);
    if (c) {
      context = c[1] as string;
      subject = subject.slice(c[0].length);
    }
    let action = s.text.slice(m.index).replace(/[\s.;]+$/, '');
    // A partner named before the subject still takes part in the action.
    if (context) action = `${action}, ${context.charAt(0).toLowerCase()}${context.slice(1)}`;
    const passive = /^should\s+(?:not\s+)?(?:also\s+)?be\s+[a-z]+(?:ed|en|wn|ne)\b/.test(s.text.slice(m.index));
    let addressees: string[];
    if (passive) {
      const by = /\bby\s+((?:the\s+)?\p{Lu}[^,.;]{1,80})/u.exec(s.text.slice(m.index));
      // "X should be given the means …": no agent, and X is who is put in a position to act
      addressees = by ? splitAddressees(by[1] as string) : RECIPIENT_PASSIVE.test(s.text.slice(m.index)) ? splitAddressees(subject) : [];
    } else addressees = splitAddressees(subject);
    return { addressees, action };
  }
  return null;
}

/** Remove "(France)" groups so the action reads as the recommendation itself. */
function withoutAttributions(text: string, attributions: Attribution[]): string {
  let out = '';
  let from = 0;
  for (const a of attributions) {
    out += text.slice(from, a.start);
    from = a.end;
  }
  out += text.slice(from);
  return out
    .replace(/\s+([;.,/])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s.;]+$/, '')
    .trim();
}

export function extractObservations(doc: ParsedDocument, vocab: Vocabularies): ObservationFact[] {
  const structure = structureOf(doc);
  const gazetteer = stateGazetteer(doc, vocab);
  const reviewed = stateUnderReview(doc, gazetteer);
  // compared without case, a leading "the" or the apostrophe's typography ("(the former Yugoslav
  // Republic of Macedonia)", "(Côte d’Ivoire)")
  const countryKey = (n: string) =>
    n
      .trim()
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/^the\s+/, '');
  const vocabCountries = new Set(
    vocab.places
      .filter((p) => p.kind === 'country')
      .flatMap((p) => [p.name, ...p.altLabels])
      .map(countryKey),
  );

  const inOutcome = (p: ParsedParagraph): boolean => isOutcomeSection(structure, p.sectionKey);
  const ledIn = new Set(ledInObservations(doc, inOutcome));
  const isCountry = (name: string) => vocabCountries.has(countryKey(name)) || vocabCountries.has(countryKey(uninvertStateName(name)));
  // A sub-numbered item ending in the States that made it ("121.3 Ratify … (France)") is a
  // recommendation wherever it stands: lists of them also come as tables with no outcome heading.
  const attributedItem = (p: ParsedParagraph): boolean =>
    /^\d+\.\d+$/.test(p.number) && trailingAttributions(p.text, isCountry).some((a) => isCountry(a.name));
  const outcome = doc.paragraphs.filter((p) => inOutcome(p) || ledIn.has(p) || attributedItem(p));
  // Where the part numbers its recommendations "121.1, 121.2 …", the plain-numbered paragraphs
  // around them are lead-ins and disclaimers ("They should not be construed as endorsed …").
  const subNumbered = new Set(outcome.filter((p) => p.parentNumber !== null).map((p) => structure.top(p.sectionKey)));

  const out: ObservationFact[] = [];
  for (const p of outcome) {
    if (subNumbered.has(structure.top(p.sectionKey)) && p.parentNumber === null) continue;
    if (isLeadIn(p)) continue;
    const trailing = trailingAttributions(p.text, isCountry).filter((a) => {
      if (isCountry(a.name)) return true;
      // unknown to the vocabulary: trust the UPR layout (a sub-numbered item), never an acronym such as "(EPPO)"
      return p.parentNumber !== null && !/^[\p{Lu}\d/-]+$/u.test(a.name);
    });
    // a State credited with one part of the recommendation ("To ratify (X)/consider ratifying (Y) …") made it too
    const inner = trailing.length > 0 && p.parentNumber !== null ? innerAttributions(p.text, isCountry, trailing) : [];
    const attributions = [...inner, ...trailing].sort((a, b) => a.start - b.start);
    const recommendedBy = [...new Set(attributions.map((a) => a.name))];
    const body = withoutAttributions(p.text, attributions);

    let reading = readShould(body);
    // "The Co-Chairs invite requested States to consider …": the chairs' own request names who acts
    const asked = reading ? null : chairAsk(body);
    if (asked !== null) reading = { addressees: splitAddressees(asked), action: body };
    if (!reading) {
      const first = /^\s*(\p{Lu}\p{Ll}+)\b(?![-’'])/u.exec(body);
      const imperative =
        first !== null && !NOT_IMPERATIVE.test(first[1] as string) && (p.parentNumber !== null || recommendedBy.length > 0);
      reading = imperative ? { addressees: reviewed ? [reviewed] : [], action: body } : { addressees: [], action: null };
    }
    out.push({
      number: p.number,
      text: p.text,
      addressees: reading.addressees,
      action: reading.action,
      recommendedBy,
      method: 'rule',
      confidence: reading.action ? (reading.addressees.length > 0 ? 0.9 : 0.75) : 0.6,
      evidence: [paragraphEvidence(p)],
    });
  }
  // the chairs' recommendations in running text, where no outcome part holds them
  const taken = new Set(out.map((o) => o.number));
  for (const r of chairRecommendations(doc, (p) => inOutcome(p) || ledIn.has(p))) {
    if (taken.has(r.paragraph.number)) continue;
    out.push({
      number: r.paragraph.number,
      text: r.paragraph.text,
      addressees: splitAddressees(r.addressees),
      action: null,
      recommendedBy: [],
      method: 'pattern',
      confidence: 0.7,
      evidence: [paragraphEvidence(r.paragraph)],
    });
  }
  return out;
}
