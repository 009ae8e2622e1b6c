/**
 * Known organizations written slightly wrong: "Organizations for Security and Co-operation in
 * Europe" (a stray plural), "Organisation" for "Organization". Records transcribe names by hand,
 * and a name the vocabulary knows should still resolve to its entry.
 *
 * Tolerance is narrow: word by word, a final plural "s" and the British "-isation" are folded
 * away, and only names of three words or more take part (short names are too easily another
 * thing). A folded name shared by two different entries matches neither: tolerant matching is
 * used only when it cannot pick the wrong body. Exact matches are read first; this runs on what
 * they left.
 */
import type { KnownOrganization } from '../vocabulary.js';
import { TermMatcher, tokenize, type TermMatch } from '../term-matcher.js';

/** "organisations" → "organization", "rights" → "right"; short words and "-ss/-us/-is" endings stay. */
export function foldWord(norm: string): string {
  const z = norm.replace(/isation(s?)$/, 'ization$1');
  return z.length > 4 && /[^su]s$/.test(z) && !/is$/.test(z) ? z.slice(0, -1) : z;
}

function foldedKey(label: string): string {
  return tokenize(label)
    .map((t) => foldWord(t.norm))
    .join(' ');
}

/** A matcher of the vocabulary's long names (and aliases), tolerant as above, each folded form naming one entry only. */
export function tolerantMatcher(known: readonly KnownOrganization[]): TermMatcher<KnownOrganization> {
  const owners = new Map<string, KnownOrganization | null>();
  const labels = new Map<string, string>();
  for (const k of known) {
    for (const label of [k.name, ...k.aliases]) {
      if (tokenize(label).length < 3) continue;
      const key = foldedKey(label);
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, k);
        labels.set(key, label);
      } else if (owner !== k) owners.set(key, null);
    }
  }
  const entries = [...owners]
    .filter((e): e is [string, KnownOrganization] => e[1] !== null)
    .map(([key, value]) => ({ label: labels.get(key)!, value, requireCapital: true }));
  return new TermMatcher(entries, { fold: foldWord });
}

/** Tolerant matches in `text` that overlap none of the exact ones. */
export function tolerantMatches(
  matcher: TermMatcher<KnownOrganization>,
  text: string,
  exact: readonly { start: number; end: number }[],
): TermMatch<KnownOrganization>[] {
  return matcher.scan(text).filter((m) => !exact.some((e) => e.start < m.end && m.start < e.end));
}
