/**
 * Programmes and projects a document names: “Quoted Name” (ACR) project, Name (ACR)
 * programme, "the project entitled “Name”", "the ACR project", and known projects from the
 * vocabulary by name or acronym. One ProjectFact per project, evidence every mention.
 */
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Evidence, ProjectFact } from './facts.js';
import type { KnownProject, Vocabularies } from './vocabulary.js';
import { dropNested, evidenceAt, footnoteTexts, paragraphTexts } from './citable-texts.js';
import { acronymKey, nameKey } from './org-candidate.js';
import { nameBefore } from './proper-names.js';
import { TermMatcher } from './term-matcher.js';

const ACR = String.raw`[A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*`;
const NOUN = String.raw`(?:project|programme|program|initiative)`;
/** “Name” (ACR) project — the quotes mark the title, so the name needs no capitalisation rules. */
const QUOTED = new RegExp(String.raw`[“"]([^”"]{3,200})[”"]\s*\((${ACR})\)\s*${NOUN}\b`, 'g');
/** Name (ACR) project. */
const UNQUOTED = new RegExp(String.raw`\((${ACR})\)\s*${NOUN}\b`, 'g');
/** the project entitled “Name” */
const ENTITLED = new RegExp(String.raw`\b${NOUN}\s+(?:entitled|called|named|known as)\s+[“"]([^”"]{3,200})[”"](?:\s*\((${ACR})\))?`, 'gi');
/** the ACR project */
const BARE = new RegExp(String.raw`\bthe\s+(${ACR})\s+${NOUN}\b`, 'g');

interface Found {
  name: string | null;
  acronym: string | null;
  confidence: number;
  method: ProjectFact['method'];
  evidence: Evidence[];
}

function hasCapitals(acronym: string): boolean {
  return (acronym.match(/[A-Z]/g) ?? []).length >= 2;
}

export function extractProjects(doc: ParsedDocument, vocab: Vocabularies): ProjectFact[] {
  const texts = [...paragraphTexts(doc), ...footnoteTexts(doc)];
  const found: Found[] = [];
  const byKey = new Map<string, Found>();
  const add = (name: string | null, acronym: string | null, known: KnownProject | null, confidence: number, ev: Evidence): void => {
    const keys = [
      acronym && `a:${acronymKey(acronym)}`,
      name && `n:${nameKey(name)}`,
      known && `n:${nameKey(known.name)}`,
      known?.acronym && `a:${acronymKey(known.acronym)}`,
    ].filter((k): k is string => !!k);
    let f = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
    if (!f) {
      f = { name: null, acronym: null, confidence: 0, method: 'pattern', evidence: [] };
      found.push(f);
    }
    f.name = known?.name ?? f.name ?? name;
    f.acronym = f.acronym ?? acronym ?? known?.acronym ?? null;
    if (confidence > f.confidence) {
      f.confidence = confidence;
      f.method = known ? 'gazetteer' : 'pattern';
    }
    f.evidence.push(ev);
    for (const k of keys) byKey.set(k, f);
  };
  const knownOf = (name: string | null, acronym: string | null): KnownProject | null =>
    vocab.projects.find(
      (p) => (name && nameKey(p.name) === nameKey(name)) || (acronym && p.acronym && acronymKey(p.acronym) === acronymKey(acronym)),
    ) ?? null;

  for (const t of texts) {
    const ev = (s: number, e: number): Evidence => evidenceAt(t.key, t.text, s, e);
    for (const m of t.text.matchAll(QUOTED)) add(m[1]!, m[2]!, knownOf(m[1]!, m[2]!), 0.9, ev(m.index, m.index + m[0].length));
    for (const m of t.text.matchAll(ENTITLED))
      add(m[1]!, m[2] ?? null, knownOf(m[1]!, m[2] ?? null), 0.85, ev(m.index, m.index + m[0].length));
    for (const m of t.text.matchAll(UNQUOTED)) {
      if (!hasCapitals(m[1]!) || /[”"]\s*$/.test(t.text.slice(Math.max(0, m.index - 3), m.index))) continue; // quoted ones were taken above
      const span = nameBefore(t.text, m.index);
      if (span) add(span.text, m[1]!, knownOf(span.text, m[1]!), 0.8, ev(span.start, m.index + m[0].length));
    }
    for (const m of t.text.matchAll(BARE)) {
      if (!hasCapitals(m[1]!)) continue;
      add(null, m[1]!, knownOf(null, m[1]!), 0.7, ev(m.index + m[0].indexOf(m[1]!), m.index + m[0].length));
    }
  }

  // Every further mention of a project's name or acronym, and known projects named outright.
  const labels = new Map<string, KnownProject | Found>();
  for (const f of found) for (const l of [f.name, f.acronym]) if (l) labels.set(l, f);
  for (const p of vocab.projects) for (const l of [p.name, p.acronym]) if (l && !labels.has(l)) labels.set(l, p);
  const matcher = new TermMatcher(
    [...labels].map(([label, value]) => ({ label, value, caseSensitive: !/\s/.test(label), requireCapital: true })),
  );
  for (const t of paragraphTexts(doc)) {
    for (const m of matcher.scan(t.text)) {
      const ev = evidenceAt(t.key, t.text, m.start, m.end);
      if ('evidence' in m.value) m.value.evidence.push(ev);
      else add(m.value.name, m.value.acronym, m.value, 0.9, ev);
    }
  }
  const order = new Map(texts.map((t, i) => [t.key, i]));
  const position = (e: Evidence): number => (order.get(e.paragraph) ?? 0) * 1e9 + (e.start ?? 0);
  return found
    .filter((f) => f.name !== null || f.acronym !== null)
    .map((f) => ({
      name: f.name ?? f.acronym!,
      acronym: f.acronym,
      method: f.method,
      confidence: f.confidence,
      evidence: dropNested(f.evidence).sort((a, b) => position(a) - position(b)),
    }))
    .sort((a, b) => position(a.evidence[0]!) - position(b.evidence[0]!));
}
