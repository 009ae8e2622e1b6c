/**
 * States in the text: a gazetteer of country names (the vocabulary's places, plus the States a
 * UPR report itself names as authors of recommendations), the "(France) (Lithuania)"
 * attributions at the end of a recommendation, and the State under review.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Vocabularies } from './vocabulary.js';
import { isOutcomeSection, structureOf } from './text-structure.js';

export interface Attribution {
  name: string;
  start: number;
  end: number;
}

/** Words that make a bracketed group an instrument or a citation rather than a State. */
const NOT_A_STATE =
  /\d|\b(?:Convention|Protocol|Covenant|Act|Rules|Principles|Declaration|Agenda|Plan|Programme|Strategy|Law|Code|Charter|No)\b/;

/**
 * The chain of bracketed groups that ends a clause ("… (France) (Lithuania);" or "… (Portugal,
 * Slovakia);"): those are the recommending States, one Attribution each (the States of one group
 * share its span). Reads right-to-left from each clause end (";", ".", end of text), one
 * level of nested brackets allowed ("(Iran (Islamic Republic of))").
 */
export function trailingAttributions(text: string, known: (name: string) => boolean = () => false): Attribution[] {
  const out: Attribution[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ';') ends.push(i);
  ends.push(text.length);
  const taken = new Set<number>();
  for (const clauseEnd of ends) {
    let e = clauseEnd;
    const found: Attribution[] = [];
    for (;;) {
      while (e > 0 && /[\s.;,]/.test(text[e - 1] as string)) e--;
      if (text[e - 1] !== ')') break;
      // find the matching "(" allowing one nested pair
      let depth = 0;
      let s = e - 1;
      for (; s >= 0 && e - s < MAX_GROUP_CHARS; s--) {
        if (text[s] === ')') depth++;
        else if (text[s] === '(') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (s < 0 || depth !== 0) break;
      const inner = text.slice(s + 1, e - 1).trim();
      // the text end and a final ";" back up to the same group: read it once
      if (taken.has(s)) break;
      // One State per group, or several separated by commas ("(Portugal, Slovakia)"), each a name.
      const names = splitTopLevelCommas(inner);
      // A name is capitalised, unless the caller knows it as a State whatever its case: official
      // names open with lower-case words ("(the former Yugoslav Republic of Macedonia)") and
      // typesetting slips happen ("(netherlands)").
      if (names.some((n) => !(/^\p{Lu}/u.test(n) || known(n)) || NOT_A_STATE.test(n) || n.split(/\s+/).length > 9)) break;
      taken.add(s);
      found.unshift(...names.map((name) => ({ name, start: s, end: e })));
      e = s;
    }
    out.push(...found);
  }
  return out;
}

/**
 * Bracketed groups inside a recommendation that name only States, outside the closing chain:
 * "To ratify (Chile)/consider ratifying (Peru) the Convention … (Chile, Peru) and to accept …
 * (Peru);": whoever is credited with a part of the recommendation made it. `isState` decides
 * (a vocabulary of States), so "(No. 118)" or "(OHCHR)" is never taken.
 */
export function innerAttributions(text: string, isState: (name: string) => boolean, taken: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const starts = new Set(taken.map((a) => a.start));
  for (const m of text.matchAll(/\(([^()]{2,200})\)/g)) {
    if (starts.has(m.index)) continue;
    const names = splitTopLevelCommas(m[1] as string);
    if (!names.every((n) => /^\p{Lu}/u.test(n) && isState(n))) continue;
    out.push(...names.map((name) => ({ name, start: m.index, end: m.index + m[0].length })));
  }
  return out;
}

/** Room for a group of many States ("(Belgium, France, Tunisia, Sierra Leone, Argentina)"). */
const MAX_GROUP_CHARS = 600;

/** "Senegal, Venezuela (Bolivarian Republic of), Peru" → its three names: commas inside brackets do not split. */
function splitTopLevelCommas(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(inner.slice(from).trim());
  return out;
}

/** "Iran (Islamic Republic of)" → "Islamic Republic of Iran": UN lists invert long names. */
export function uninvertStateName(name: string): string {
  const m = /^(.+?)\s*\(([^()]+ of)\)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

export interface StateGazetteer {
  /** Canonical name for a surface form (case-insensitive, without a leading "the"), or null. */
  lookup(surface: string): string | null;
  readonly size: number;
}

function key(surface: string): string {
  return surface
    .trim()
    // "Côte d’Ivoire" as typeset and "Côte d'Ivoire" as listed are one name
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const byVocabulary = new WeakMap<Vocabularies['places'], Map<string, string>>();

function vocabularyStates(vocab: Vocabularies): Map<string, string> {
  let names = byVocabulary.get(vocab.places);
  if (names) return names;
  names = new Map();
  const add = (surface: string, canonical: string): void => {
    const k = key(surface);
    if (k && !names!.has(k)) names!.set(k, canonical);
  };
  for (const place of vocab.places) {
    if (place.kind !== 'country') continue;
    add(place.name, place.name);
    add(uninvertStateName(place.name), place.name);
    for (const alt of place.altLabels) add(alt, place.name);
  }
  byVocabulary.set(vocab.places, names);
  return names;
}

/** Countries from the vocabulary plus the States the document itself names as recommenders. */
/**
 * Built once per document and vocabulary: six extractors ask for it, and each build copies the
 * vocabulary's States (about 2.5% of reading time when it was built six times per document).
 */
const gazetteers = new WeakMap<ParsedDocument, WeakMap<Vocabularies, StateGazetteer>>();

export function stateGazetteer(doc: ParsedDocument, vocab: Vocabularies): StateGazetteer {
  let byVocab = gazetteers.get(doc);
  if (!byVocab) gazetteers.set(doc, (byVocab = new WeakMap()));
  let g = byVocab.get(vocab);
  if (!g) byVocab.set(vocab, (g = buildStateGazetteer(doc, vocab)));
  return g;
}

function buildStateGazetteer(doc: ParsedDocument, vocab: Vocabularies): StateGazetteer {
  // The vocabulary's part is the same for every document: built once per vocabulary.
  const names = new Map(vocabularyStates(vocab));
  const add = (surface: string, canonical: string): void => {
    const k = key(surface);
    if (k && !names.has(k)) names.set(k, canonical);
  };
  const structure = structureOf(doc);
  for (const p of doc.paragraphs) {
    if (!isOutcomeSection(structure, p.sectionKey)) continue;
    for (const a of trailingAttributions(p.text, (n) => names.has(key(n)))) {
      const canonical = names.get(key(a.name)) ?? names.get(key(uninvertStateName(a.name))) ?? uninvertStateName(a.name);
      add(a.name, canonical);
      add(uninvertStateName(a.name), canonical);
    }
  }
  return { lookup: (surface) => names.get(key(surface)) ?? null, size: names.size };
}

/** Longest State name the gazetteer may hold: "United Kingdom of Great Britain and Northern Ireland" is 8 words. */
const MAX_STATE_WORDS = 9;

/**
 * The known State whose name starts at `pos` (an optional "the" included), the longest one.
 * For subjects a capitalised run cannot read: official names with lower-case words ("the former
 * Yugoslav Republic of Macedonia") or an elided article ("Côte d’Ivoire"). At least one word
 * must be capitalised, so the common noun "turkey" is never the State.
 */
export function stateRefAt(text: string, pos: number, states: StateGazetteer): { name: string; start: number; end: number } | null {
  const words = /^(?:[^\s,;:.()]+(?: |$)){1,9}/u.exec(text.slice(pos, pos + 160));
  if (!words) return null;
  const ends: number[] = [];
  for (const m of words[0].matchAll(/[^\s,;:.()]+/gu)) ends.push(pos + (m.index ?? 0) + m[0].length);
  for (let n = Math.min(ends.length, MAX_STATE_WORDS); n > 0; n--) {
    const surface = text.slice(pos, ends[n - 1]);
    if (!/\p{Lu}/u.test(surface) || !states.lookup(surface)) continue;
    return { name: surface.replace(/^the\s+/i, ''), start: pos, end: ends[n - 1]! };
  }
  return null;
}

/**
 * The State a review is about: "The review of Slovenia was held …", "the State under review"
 * with "delegation of Slovenia", "Summary of Stakeholders’ submissions on Slovenia", "UPR of
 * Slovenia (3rd Cycle - 34th Session)" (the header of a list of its recommendations). Only names
 * the gazetteer knows count, so "review of the implementation" never yields a State.
 */
export function stateUnderReview(doc: ParsedDocument, states: StateGazetteer): string | null {
  const cue =
    /\b(?:review of|UPR of|submissions on|delegation of|report on|support of)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|the|\p{Lu}[\p{L}'’-]*)){0,7})/gu;
  const texts = [doc.title ?? '', doc.titleBlock.join(' '), ...doc.paragraphs.slice(0, 40).map((p) => p.text)];
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(cue)) {
      // try the longest prefix of the captured run that is a known State
      const words = (m[1] as string).split(/\s+/);
      for (let n = words.length; n > 0; n--) {
        const state = states.lookup(words.slice(0, n).join(' '));
        if (state) {
          counts.set(state, (counts.get(state) ?? 0) + 1);
          break;
        }
      }
    }
  }
  if (counts.size === 0) {
    // The gazetteer may not know the State (an empty vocabulary): fall back on a single
    // capitalised word the text repeats after these cues ("delegation of Slovenia" twice).
    for (const text of texts) {
      for (const m of text.matchAll(cue)) {
        const word = /^\p{Lu}[\p{L}'’-]+$/u.exec((m[1] as string).split(/\s+/)[0] ?? '')?.[0];
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    for (const [word, count] of counts) if (count < 2) counts.delete(word);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [state, count] of counts) {
    if (count > bestCount) {
      best = state;
      bestCount = count;
    }
  }
  return best;
}
