/**
 * The evidence pass of organizations.ts: once every finder has run, every name, alias and
 * acronym found (and every vocabulary organization) is looked up again in all numbered
 * paragraphs ("HRORS noted", "EU-FRA103" with a glued footnote number), so evidence is complete;
 * a known name slightly misspelt is matched tolerantly (tolerant.ts), and the known parent that
 * ends a qualified name is named too.
 */
import type { Evidence } from '../facts.js';
import type { KnownOrganization, Vocabularies } from '../vocabulary.js';
import { evidenceAt, type CitableText } from '../citable-texts.js';
import { candidateKeys, nameKey } from '../org-candidate.js';
import { knownCandidate, type Group, type Registry } from '../org-registry.js';
import { isAcronymWord, isCapitalised } from '../proper-names.js';
import { TermMatcher } from '../term-matcher.js';
import { acronymScanner } from './acronyms.js';
import { tolerantMatcher, tolerantMatches } from './tolerant.js';
import { parentSplits } from './parent-qualified.js';

/** The tolerant matcher of a vocabulary's names, built once per vocabulary. */
const tolerantByVocab = new WeakMap<Vocabularies['organizations'], ReturnType<typeof tolerantMatcher>>();

/**
 * A known name inside a longer one is not a mention of it: "High Commissioner for Human Rights"
 * is not the CoE "Commissioner for Human Rights", "European Commission for Democracy through
 * Law" is not the "European Commission", the "Human Rights Ombudsman Act" is not the
 * Ombudsman. A capitalised word just before (not opening the sentence), or a capitalised word
 * or "of/for/on/against + Capital" just after, means the name goes on.
 */
function partOfLongerName(text: string, start: number, end: number): boolean {
  if (/^(?:\s+(?:of|for|on|against)\s+(?:the\s+)?\p{Lu}| \p{Lu}\p{Ll})/u.test(text.slice(end, end + 30))) return true;
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!m || !isCapitalised(m[1]!)) return false;
  const wordStart = start - m[0].length;
  const before = text.slice(Math.max(0, wordStart - 10), wordStart).trimEnd();
  return !((before === '' && wordStart < 10) || /[.!?:;]$/.test(before));
}

/**
 * The vocabulary organizations a qualified name ends with ("… of the Organization for Security
 * and Co-operation in Europe"), by exact name or tolerantly (a misspelt parent), with the parent
 * as written.
 */
function knownParents(
  surface: string,
  knownByKey: Map<string, KnownOrganization>,
  tolerant: ReturnType<typeof tolerantMatcher>,
): { text: string; known: KnownOrganization }[] {
  if (!surface.includes(' of the ')) return [];
  const out: { text: string; known: KnownOrganization }[] = [];
  for (const split of parentSplits(surface)) {
    const exact = knownByKey.get(nameKey(split.parent));
    const loose = exact ? null : tolerant.scan(split.parent).find((t) => t.start === 0 && t.end === split.parent.length);
    const known = exact ?? loose?.value;
    if (known) out.push({ text: split.parent, known });
  }
  return out;
}

/**
 * `notes` (footnotes, endnotes) are read for one thing only: a known parent that ends a name
 * found there ("… Human Rights of the Organisation for Security and Co-operation in Europe" in
 * a list of submitters), the only place some parents are named; the names themselves are
 * already found there by the endnote readers, and citations in notes are no mentions.
 */
export function evidencePass(registry: Registry, vocab: Vocabularies, paragraphs: CitableText[], notes: CitableText[] = []): void {
  type Target = { group: Group } | { known: KnownOrganization };
  const entries: { label: string; value: Target; requireCapital: boolean }[] = [];
  const acronymTargets = new Map<string, Target>();
  const seenLabel = new Set<string>();
  const addName = (label: string, value: Target): void => {
    const key = nameKey(label);
    if (seenLabel.has(key) || key.length < 3) return;
    seenLabel.add(key);
    entries.push({ label, value, requireCapital: true });
  };
  for (const group of registry.live()) {
    for (const n of [...group.names, ...group.aliases]) {
      if (isAcronymWord(n)) acronymTargets.set(n, { group });
      else if (n.length <= 120) addName(n, { group });
    }
    for (const a of group.acronyms) acronymTargets.set(a, { group });
  }
  for (const known of vocab.organizations) {
    const target = registry.find(candidateKeys(known));
    const value: Target = target ? { group: target } : { known };
    for (const n of [known.name, ...known.aliases]) {
      if (isAcronymWord(n)) {
        if (!acronymTargets.has(n)) acronymTargets.set(n, value);
      } else addName(n, value);
    }
    if (known.acronym && !acronymTargets.has(known.acronym)) acronymTargets.set(known.acronym, value);
  }
  const matcher = new TermMatcher(entries);
  const record = (target: Target, ev: Evidence): void => {
    if ('group' in target) target.group.evidence.push(ev);
    else registry.add(knownCandidate(target.known, [ev])).known = target.known;
  };
  const acronyms = acronymScanner([...acronymTargets.keys()]);
  const knownByKey = new Map<string, KnownOrganization>();
  for (const known of vocab.organizations) for (const n of [known.name, ...known.aliases]) knownByKey.set(nameKey(n), known);
  let tolerant = tolerantByVocab.get(vocab.organizations);
  if (!tolerant) tolerantByVocab.set(vocab.organizations, (tolerant = tolerantMatcher(vocab.organizations)));
  for (const p of paragraphs) {
    const exact = matcher.scan(p.text);
    for (const m of exact) {
      if (partOfLongerName(p.text, m.start, m.end)) continue;
      record(m.value, evidenceAt(p.key, p.text, m.start, m.end));
      // "Office for X of the <known organization>": the parent is named too, where it stands
      for (const parent of knownParents(m.surface, knownByKey, tolerant)) {
        const start = m.end - parent.text.length;
        const group = registry.find(candidateKeys(parent.known));
        record(group ? { group } : { known: parent.known }, evidenceAt(p.key, p.text, start, m.end));
      }
    }
    // a known name slightly misspelt ("Organizations for …"): its entry, when only one entry
    // fits; the spelling is kept as an alias so that "the X stated" resolves to the entry too
    for (const m of tolerantMatches(tolerant, p.text, exact)) {
      if (partOfLongerName(p.text, m.start, m.end)) continue;
      const group = registry.find(candidateKeys(m.value)) ?? registry.add(knownCandidate(m.value, []));
      group.known ??= m.value;
      group.evidence.push(evidenceAt(p.key, p.text, m.start, m.end));
      if (!group.aliases.includes(m.surface)) group.aliases.push(m.surface);
    }
    for (const m of acronyms(p.text, p.footnoteRefs)) {
      record(acronymTargets.get(m.acronym)!, evidenceAt(p.key, p.text, m.start, m.end));
    }
  }
  for (const n of notes) {
    for (const m of matcher.scan(n.text)) {
      if (partOfLongerName(n.text, m.start, m.end)) continue;
      for (const parent of knownParents(m.surface, knownByKey, tolerant)) {
        const start = m.end - parent.text.length;
        const group = registry.find(candidateKeys(parent.known));
        record(group ? { group } : { known: parent.known }, evidenceAt(n.key, n.text, start, m.end));
      }
    }
  }
}
