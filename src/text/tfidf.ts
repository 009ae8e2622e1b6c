/**
 * TF-IDF cosine similarity over stemmed content words: the one text-similarity measure of the
 * project, used at ingestion (an observation drawing on a statement, resolve/draws-on.ts) and
 * at query time (a recommendation recurring in the next meeting of a series, an input echoed in
 * a later recommendation). Words are stemmed with the Porter stemmer (`stemmer`) and English
 * stop words (`stopword`) are left out; IDF is computed over the texts being compared, so a word
 * every text of the comparison uses ("ratify", "continue") weighs little.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set(eng.map((w: string) => w.toLowerCase()));

export type Vector = Map<string, number>;

/** Porter stems remembered: texts of one field reuse few words, and stemming is most of the cost. */
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 100_000;
function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (STEMS.size < MAX_REMEMBERED_STEMS) STEMS.set(word, stem);
  }
  return stem;
}

/**
 * Stemmed content words of `text`. `extraStops` are stems the caller's field uses everywhere;
 * `surfaces` remembers a readable word for each stem (to show the words two texts share).
 */
export function tokens(text: string, extraStops: ReadonlySet<string> = new Set(), surfaces?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const word of (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).flatMap((w) => w.split('-'))) {
    if (word.length <= 2 || STOP.has(word)) continue;
    const stem = stemOf(word);
    if (extraStops.has(stem)) continue;
    if (surfaces && !surfaces.has(stem)) surfaces.set(stem, word);
    out.push(stem);
  }
  return out;
}

/** Smoothed inverse document frequency of every word of `docs`. */
export function inverseDocumentFrequency(docs: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return new Map([...df].map(([w, c]) => [w, Math.log((n + 1) / (c + 1)) + 1]));
}

export function tfidf(doc: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const w of doc) tf.set(w, (tf.get(w) ?? 0) + 1);
  return new Map([...tf].map(([w, c]) => [w, c * (idf.get(w) ?? 1)]));
}

export function cosineSimilarity(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

/** `v` scaled to length 1 (the zero vector stays zero), so that cosine is a dot product. */
export function unitVector(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  return norm === 0 ? v : new Map([...v].map(([w, x]) => [w, x / norm]));
}

/** Dot product of two vectors, walking the shorter one. */
export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}

/** The `k` words that weigh most in both vectors, heaviest first (ties by the word). */
export function topSharedWords(a: Vector, b: Vector, k: number): string[] {
  return [...a.keys()]
    .filter((w) => b.has(w))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || x.localeCompare(y))
    .slice(0, k);
}

/** Texts turned into TF-IDF vectors over one shared IDF, with a readable word for each stem. */
export function vectorize(
  texts: readonly string[],
  extraStops?: ReadonlySet<string>,
): { vectors: Vector[]; surfaces: Map<string, string> } {
  const surfaces = new Map<string, string>();
  const docs = texts.map((t) => tokens(t, extraStops, surfaces));
  const idf = inverseDocumentFrequency(docs);
  return { vectors: docs.map((d) => tfidf(d, idf)), surfaces };
}
