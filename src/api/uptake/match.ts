/**
 * Which texts of one meeting recur in (or are echoed by) texts of a later one: for each earlier
 * text, the later text most like it by TF-IDF cosine (src/text/tfidf.ts), kept when the score
 * reaches the threshold. Pure: the API feeds it what Cypher read, and the measuring script
 * (scripts/uptake/recurring-recommendations.ts) what extraction read, so both measure the same.
 *
 * The threshold (RECURRENCE_MIN_SCORE) was set by reading the pairs the Slovenia reviews give
 * around it (2014 → 2019 Working Group reports); see the script and tests/unit/uptake/.
 */
import { dot, tokens, topSharedWords, unitVector, vectorize } from '../../text/tfidf.js';

export interface ComparedText {
  id: string;
  text: string;
  /** Names to leave out before comparing: the recommending States printed after a recommendation. */
  ignore?: readonly string[];
}

export interface TextMatch {
  from: ComparedText;
  to: ComparedText;
  /** TF-IDF cosine of the two texts, 0–1, rounded to 3 decimals. */
  score: number;
  /** The content words that weigh most in both, as written in one of them. */
  shared: string[];
}

/** An earlier text nothing later reached the threshold with, and the nearest it came. */
export interface Unmatched {
  from: ComparedText;
  nearest: TextMatch | null;
}

/**
 * At and above this cosine a later recommendation asks for the same thing as an earlier one.
 * Read on real pairs: from about 0.35 up the two ask for the same act on the same subject
 * ("ratify the Convention on migrant workers" / "consider ratifying the Convention on migrant
 * workers"); under about 0.3 they share a subject but ask for different things.
 */
export const RECURRENCE_MIN_SCORE = 0.35;
/**
 * Stakeholder inputs are longer and worded as findings ("JS3 noted that … and recommended …"),
 * so a recommendation taking one up shares fewer of its words: a lower bar, read the same way.
 */
export const ECHO_MIN_SCORE = 0.25;

/** Words every recommendation uses: they say nothing about what a recommendation asks. */
const RECOMMENDATION_STOPS = ['recommend', 'state', 'govern', 'ensur', 'continu', 'effort', 'measur', 'take', 'step'];

/** `text` without the names in `ignore` (whole words, any case) and without the parentheses they leave. */
export function withoutNames(text: string, ignore: readonly string[] = []): string {
  let out = text;
  for (const name of [...ignore].sort((a, b) => b.length - a.length)) {
    if (name.trim() === '') continue;
    out = out.replace(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu'), ' ');
  }
  return out
    .replace(/\(\s*[,\s]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One earlier text with the later texts that reach the threshold (best first) and the nearest of all. */
export interface Matched {
  from: ComparedText;
  matches: TextMatch[];
  nearest: TextMatch | null;
}

/**
 * For each text of `earlier`, in order, the texts of `later` at or above `minScore` (best first,
 * ties by `later`'s order, at most `perText`) and the nearest later text whatever its score.
 * `subjectStops` are further words to ignore (the State under review is named everywhere).
 */
export function matchTexts(
  earlier: readonly ComparedText[],
  later: readonly ComparedText[],
  minScore: number,
  subjectStops: readonly string[] = [],
  perText = 1,
): Matched[] {
  const stops = new Set([...RECOMMENDATION_STOPS, ...subjectStops.flatMap((s) => tokens(s))]);
  const texts = [...earlier, ...later].map((t) => withoutNames(t.text, t.ignore));
  const { vectors: raw, surfaces } = vectorize(texts, stops);
  // unit vectors once, so each of the earlier × later comparisons is one sparse dot product
  const vectors = raw.map(unitVector);
  return earlier.map((from, i) => {
    const a = vectors[i]!;
    const scored = later
      .map((to, j) => {
        const b = vectors[earlier.length + j]!;
        return { from, to, score: Math.round(dot(a, b) * 1000) / 1000, b };
      })
      .sort((x, y) => y.score - x.score);
    const withWords = (x: (typeof scored)[number]): TextMatch => ({
      from: x.from,
      to: x.to,
      score: x.score,
      shared: topSharedWords(a, x.b, 6).map((w) => surfaces.get(w) ?? w),
    });
    return {
      from,
      matches: scored
        .filter((x) => x.score >= minScore)
        .slice(0, perText)
        .map(withWords),
      nearest: scored[0] ? withWords(scored[0]) : null,
    };
  });
}

/** The best later match of each earlier text: `matched` at or above `minScore`, `unmatched` with the nearest. */
export function bestMatches(
  earlier: readonly ComparedText[],
  later: readonly ComparedText[],
  minScore: number,
  subjectStops: readonly string[] = [],
): { matched: TextMatch[]; unmatched: Unmatched[] } {
  const all = matchTexts(earlier, later, minScore, subjectStops, 1);
  return {
    matched: all.flatMap((m) => m.matches),
    unmatched: all.filter((m) => m.matches.length === 0).map((m) => ({ from: m.from, nearest: m.nearest })),
  };
}
