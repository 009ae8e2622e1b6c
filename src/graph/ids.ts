/**
 * Deterministic ids: the same thing read twice gets the same id, so re-ingesting is a
 * no-op and two documents that name the same organization meet on one node.
 */

/**
 * Slugs already made: resolve compares the same vocabulary labels (some 2,000 place names)
 * with every speaker and organization of every document, and slugging is most of that cost.
 * Pure, so a cache cannot change an id; cleared when it grows past a bound.
 */
const slugs = new Map<string, string>();
const MAX_CACHED_SLUGS = 100_000;

/** Lower-case ASCII slug: accents folded, punctuation to single dashes. */
export function slug(text: string): string {
  const cached = slugs.get(text);
  if (cached !== undefined) return cached;
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  if (slugs.size >= MAX_CACHED_SLUGS) slugs.clear();
  slugs.set(text, out);
  return out;
}

/** Folds case, accents, punctuation and a leading "the" so that name variants compare equal. */
export function nameKey(name: string): string {
  return slug(name.replace(/^\s*the\s+/i, ''));
}

/**
 * A document's identity: its UN symbol when it has one (`doc:a-hrc-14-2`), else its content:
 * the first words of its title, for a person reading the id, and 12 hex digits of the content
 * fingerprint, which decide (`doc:constructive-dialogue-on-the-review-process-a1e692cdf4b1`;
 * `doc:c-<hex>` without a title). Never its file name, so two different files both named
 * `tiny.txt` are two documents and one document under two names is one.
 */
export function documentKey(symbol: string | null, contentFingerprint: string, title: string | null = null): string {
  if (symbol) return symbol;
  const words = slug(title ?? '')
    .split('-')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  return `${words || 'c'}-${contentFingerprint.slice(0, 12)}`;
}

export const ids = {
  document: (key: string) => `doc:${slug(key)}`,
  section: (docId: string, key: string) => `${docId}/sec:${key}`,
  paragraph: (docId: string, number: string) => `${docId}/para:${number}`,
  footnote: (docId: string, number: string) => `${docId}/fn:${number}`,
  meeting: (docId: string) => `${docId}/meeting`,
  /** The review of one State at one session of a body: every document of that review records this meeting. */
  review: (sessionId: string, state: string) => `${sessionId}/review:${nameKey(state)}`,
  series: (name: string) => `series:${nameKey(name)}`,
  agendaItem: (docId: string, number: string) => `${docId}/agenda:${number}`,
  panel: (docId: string, ordinal: number) => `${docId}/panel:${ordinal}`,
  statement: (docId: string, key: string) => `${docId}/stmt:${key}`,
  observation: (docId: string, number: string) => `${docId}/obs:${number}`,
  statistic: (docId: string, key: string) => `${docId}/stat:${key}`,
  anonymousPerson: (docId: string, key: string) => `${docId}/person:${key}`,
  person: (name: string) => `person:${nameKey(name)}`,
  organization: (name: string) => `org:${nameKey(name)}`,
  workingGroup: (name: string) => `wg:${nameKey(name)}`,
  session: (wgId: string, ordinal: number | string) => `${wgId}/session:${ordinal}`,
  topic: (text: string) => `topic:${nameKey(text).slice(0, 80)}`,
  place: (name: string) => `place:${nameKey(name)}`,
  instrument: (key: string) => `instrument:${nameKey(key)}`,
  project: (key: string) => `project:${nameKey(key)}`,
  group: (name: string) => `group:${nameKey(name)}`,
};
