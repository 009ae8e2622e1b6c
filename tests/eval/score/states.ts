/**
 * States compared by identity, as a reader compares them: "United Kingdom" in an attribution and
 * "United Kingdom of Great Britain and Northern Ireland" in the gold file are one State, and so
 * are a former UN name and the current one ("Libyan Arab Jamahiriya", "Libya"). Identity comes
 * from the gazetteer the product ships (the countries of the places vocabulary, with their
 * altLabels), never from the document scored, so a match still means the extractor named that
 * State. Anything the gazetteer does not know as a State is compared as written.
 */
import type { PlaceEntry } from '../../../src/ingest/extract/vocabulary.js';
import { normalizeName } from './normalize.js';

/** The canonical State a name denotes, or null when it names no State. */
export type StateIdentity = (name: string) => string | null;

/** "Iran (Islamic Republic of)" is also "Islamic Republic of Iran". */
const uninverted = (s: string): string | null => {
  const m = /^(.+?)\s*\(([^()]+ (?:of|of the))\)$/.exec(s);
  return m ? `${m[2]} ${m[1]}` : null;
};

export function stateIdentity(places: readonly PlaceEntry[]): StateIdentity {
  const byKey = new Map<string, string>();
  const shared = new Set<string>();
  for (const p of places) {
    if (p.kind !== 'country') continue;
    for (const label of [p.name, uninverted(p.name), ...p.altLabels, ...p.altLabels.map(uninverted)]) {
      if (!label) continue;
      const k = normalizeName(label);
      if (!k) continue;
      // A label two States share identifies neither.
      if (byKey.has(k) && byKey.get(k) !== p.name) shared.add(k);
      else byKey.set(k, p.name);
    }
  }
  for (const k of shared) byKey.delete(k);
  return (name) => byKey.get(normalizeName(name)) ?? null;
}

/** No gazetteer: names are compared as written. */
export const noStateIdentity: StateIdentity = () => null;
