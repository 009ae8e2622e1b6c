/**
 * A seeded generator of documents shaped like a Co-Chairs' summary (the seed,
 * seeds/ctoc-som-constructive-dialogue-2023.md): title, Roman-numbered sections, a meeting
 * paragraph (date, ordinal, format, participation), Co-Chairs, agenda items, panels with
 * panellists from organizations that recur across documents, anonymous speakers, survey
 * figures and observations. Same seed, same corpus, byte for byte.
 *
 * Why the pools are combinatorial: with a dozen names, every few documents repeat the same
 * people and organizations, so the graph stops growing like a real collection does (new
 * nodes per document fall to zero and every node becomes a hub). Here names come from
 * products of word lists (tens of thousands of people, organizations of several shapes),
 * organizations are drawn with a skew (a few appear in a large share of documents, most in a
 * handful), and document sizes vary (panels, panellists, observations per document).
 *
 * Size: about 100–150 graph elements (nodes + relationships, as the pipeline makes them) per
 * document on average, so 10,000 documents make roughly a million elements.
 */
import {
  ACTIONS,
  CHAIR_POSITIONS,
  CLAIM_OBJECTS,
  CLAIM_VERBS,
  FIRST_NAMES,
  LAST_NAMES,
  ORG_HEADS,
  ORG_PLACES,
  ORG_QUALIFIERS,
  ORG_TOPICS,
  PANEL_TOPICS,
  STAT_SUBJECTS,
  SPEAKER_OPENERS,
  SUBJECTS,
  WORKING_GROUPS,
} from './synthetic-vocabulary.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FORMATS = ['in a hybrid format combining online and in-person participation', 'in person', 'online', 'for a full day, in person'];
/** Words left out of acronyms, as in "Centre for the Study of Crime" → CSC. */
const MINOR_WORDS = new Set(['for', 'the', 'and', 'of', 'on', 'in', 'a']);

export interface OrganizationSpec {
  name: string;
  /** Empty when the organization goes without one (as some do in the seed). */
  acronym: string;
}

/**
 * Organizations reused across documents, so resolution meets the same node from many texts.
 * Names are unique and free of digits (the extractor would drop a trailing number and merge
 * two "different" organizations); acronyms are unique, or empty when one would collide.
 */
export function organizationPool(size: number, rand: () => number): OrganizationSpec[] {
  const out: OrganizationSpec[] = [];
  const names = new Set<string>();
  const acronyms = new Set<string>();
  let attempts = 0;
  while (out.length < size) {
    if (++attempts > size * 50) throw new Error(`organizationPool: cannot make ${size} distinct names`);
    const name = organizationName(rand);
    if (names.has(name)) continue;
    names.add(name);
    const initials = name
      .split(/\s+/)
      .filter((w) => !MINOR_WORDS.has(w.toLowerCase()) && /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    // About a quarter go without an acronym; a colliding one is left out rather than shared.
    const acronym = rand() < 0.75 && initials.length >= 2 && !acronyms.has(initials) ? initials : '';
    if (acronym) acronyms.add(acronym);
    out.push({ name, acronym });
  }
  return out;
}

/** Several shapes, like the seed's "Mixed Migration Centre", "Centre for the Study of Crime", "Africa Group for Justice …". */
function organizationName(rand: () => number): string {
  const qualifier = rand() < 0.35 ? `${pick(ORG_QUALIFIERS, rand)} ` : '';
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `${qualifier}${pick(ORG_TOPICS, rand)} ${pick(ORG_HEADS, rand)} for ${pick(ORG_PLACES, rand)}`;
    case 1:
      return `${qualifier}${pick(ORG_HEADS, rand)} for ${pick(ORG_TOPICS, rand)} in ${pick(ORG_PLACES, rand)}`;
    case 2:
      return `${bare(pick(ORG_PLACES, rand))} ${pick(ORG_HEADS, rand)} for ${pick(ORG_TOPICS, rand)}`;
    default:
      return `${qualifier}${pick(ORG_TOPICS, rand)} ${pick(ORG_HEADS, rand)}`;
  }
}

/**
 * A skewed draw from the pool: index = ⌊n·u³⌋ puts a third of all draws in the first 4 % of
 * the pool, so the first organizations recur in a large share of documents while most of the
 * pool appears in only a few.
 */
export function pickOrganization(pool: readonly OrganizationSpec[], rand: () => number): OrganizationSpec {
  return pool[Math.floor(pool.length * rand() ** 3)]!;
}

export interface DocumentOptions {
  /** Fixed number of panels (default: 1–3, mostly 1). */
  panels?: number;
  /** Fixed number of panellists per panel (default: 2–3). */
  panellists?: number;
  /** The meeting's place in a series (synthetic-series.ts): its subject, ordinal, year and Co-Chairs. */
  series?: SeriesFrame;
}

/** What makes successive meetings one series, as the text states it (see src/ingest/resolve/meeting-identity.ts). */
export interface SeriesFrame {
  /** The dialogues' subject: the same for every meeting of the series, different from every other series'. */
  subject: string;
  /** 1-based: the meeting's ordinal in the series. */
  ordinal: number;
  year: number;
  /** The Co-Chairs, who serve the whole series. */
  chairs: { title: string; name: string }[];
}

export function generateDocument(index: number, pool: OrganizationSpec[], rand: () => number, opts: DocumentOptions = {}): string {
  // The draws are made whether or not a series frame overrides them, so that without one the
  // corpus stays byte for byte what it was.
  const frame = opts.series;
  const subject = frame?.subject ?? pick(SUBJECTS, rand);
  const wg = pick(WORKING_GROUPS, rand);
  const year = frame?.year ?? 2019 + (index % 7);
  const month = pick(MONTHS, rand);
  const day = 1 + Math.floor(rand() * 27);
  const drawnOrdinal = 1 + Math.floor(rand() * 11);
  const ordinal = frame?.ordinal ?? drawnOrdinal;
  const session = 5 + Math.floor(rand() * 7);
  const drawnChairs = [person(rand), person(rand)];
  const chairs = frame?.chairs ?? drawnChairs;
  const u = rand();
  const panels = opts.panels ?? (u < 0.78 ? 1 : u < 0.97 ? 2 : 3);
  const lines: string[] = [];
  let n = 0;
  const para = (text: string) => lines.push(`${++n}. ${text}`, '');
  let section = 0;
  const heading = (title: string) => lines.push(`## **${ROMAN[section++]}. ${title}**`, '');

  lines.push(
    `# **Constructive dialogue number ${index + 1} on the ${subject} following the ${ORDINALS[session - 1]} session of the ${wg}**`,
    '',
    'Summary by the Co-Chairs',
    '',
  );
  heading('Introduction');
  para(
    `The ${ORDINALS[ordinal - 1]} constructive dialogue on the ${subject} took place on ${day} ${month} ${year}, ${pick(FORMATS, rand)}, after the conclusion of the ${ORDINALS[session - 1]} session of the ${wg}. It was chaired by the Co-Chairs of the Working Group, ${chairs[0]!.title} ${chairs[0]!.name}, ${pick(CHAIR_POSITIONS, rand)}, and ${chairs[1]!.title} ${chairs[1]!.name}, ${pick(CHAIR_POSITIONS, rand)}. ${capitalise(words(10 + Math.floor(rand() * 40)))} non-governmental organizations and ${words(2 + Math.floor(rand() * 4))} other relevant stakeholders participated in the constructive dialogue, in addition to ${words(20 + Math.floor(rand() * 40))} Member States.`,
  );
  if (rand() < 0.5) {
    heading('Briefing on the developments and outcomes of the review process');
    para(
      'Under agenda item 2, the secretariat shared an overview of the status of the review process and of the support provided by the United Nations Office on Drugs and Crime (UNODC).',
    );
  }
  heading(`Spotlight on the topics of the ${ORDINALS[session - 1]} session of the ${wg}`);
  const perPanel = Array.from({ length: panels }, () => opts.panellists ?? 2 + Math.floor(rand() * 2));
  const total = perPanel.reduce((s, k) => s + k, 0);
  para(
    `Under agenda item 3, ${words(panels)} panel ${panels === 1 ? 'discussion' : 'discussions'} with a total of ${total} representatives of non-governmental organizations addressed the topics of the session.`,
  );
  for (let p = 1; p <= panels; p++) {
    para(`The ${ORDINALS[p - 1]} panel discussed ${pick(PANEL_TOPICS, rand)}.`);
    for (let k = 1; k <= perPanel[p - 1]!; k++) {
      const org = pickOrganization(pool, rand);
      const named = org.acronym ? `${org.name} (${org.acronym})` : org.name;
      const pronoun = rand() < 0.5 ? 'She' : 'He';
      const opener =
        k === 1
          ? `The first panellist, from the ${named},`
          : `${k === perPanel[p - 1] && k > 2 ? 'Finally, the' : 'The'} panellist from the ${named}`;
      const stat = rand() < 0.35 ? ` ${pronoun} reported that ${1 + Math.floor(rand() * 98)}% of ${pick(STAT_SUBJECTS, rand)}.` : '';
      const more = rand() < 0.3 ? ` ${pronoun} ${claim(rand)}.` : '';
      para(`${opener} ${claim(rand)}.${stat}${more}`);
    }
    if (rand() < 0.45) para(`${pick(SPEAKER_OPENERS, rand)} ${claim(rand)}.`);
  }
  heading('Observations by the Co-Chairs based on the discussions held during the constructive dialogue');
  para('Based on the discussions held during the constructive dialogue, the Co-Chairs have identified the following observations:');
  const obs = 1 + Math.floor(rand() * 2);
  for (let o = 0; o < obs; o++) para(`States parties should ${pick(ACTIONS, rand)}.`);
  return lines.join('\n');
}

/** `count` documents from `seed`, named like files (`synthetic-00001.md`). */
export function generateCorpus({
  count,
  seed,
  seriesSize,
}: {
  count: number;
  seed: number;
  /** When set, documents i·k … i·k+k−1 record the successive meetings of one series of k (k ≤ 12). */
  seriesSize?: number;
}): { name: string; text: string }[] {
  const rand = mulberry32(seed);
  const pool = organizationPool(Math.max(50, Math.ceil(count / 2)), rand);
  const width = Math.max(5, String(count).length);
  const frames = seriesSize ? seriesFrames(count, seriesSize, seed) : [];
  return Array.from({ length: count }, (_, i) => ({
    name: `synthetic-${String(i + 1).padStart(width, '0')}.md`,
    text: generateDocument(i, pool, rand, frames[i] ? { series: frames[i] } : {}),
  }));
}

/**
 * Frames for series of `size` successive meetings: series g is the dialogues on a subject of
 * its own ("smuggling of migrants in the Sahel and East Africa"), its meetings a year apart
 * and numbered first, second, …, with the same Co-Chairs throughout.
 */
export function seriesFrames(count: number, size: number, seed: number): SeriesFrame[] {
  if (!Number.isInteger(size) || size < 1 || size > ORDINALS.length) throw new Error(`series size must be 1–${ORDINALS.length}, got ${size}`);
  const rand = mulberry32(seed ^ 0x5e7135);
  const series = Math.ceil(count / size);
  const places = ORG_PLACES.length;
  if (series > SUBJECTS.length * places * places) throw new Error(`too many series (${series}) for distinct subjects`);
  const out: SeriesFrame[] = [];
  for (let g = 0; g < series; g++) {
    const topic = SUBJECTS[g % SUBJECTS.length]!;
    const ai = Math.floor(g / SUBJECTS.length) % places;
    const a = ORG_PLACES[ai]!;
    const b = ORG_PLACES[(ai + 1 + Math.floor(g / (SUBJECTS.length * places))) % places]!;
    const subject = a === b ? `${topic} in ${a}` : `${topic} in ${a} and ${bare(b)}`;
    const chairs = [person(rand), person(rand)];
    for (let k = 0; k < size && out.length < count; k++) out.push({ subject, ordinal: k + 1, year: 2010 + k, chairs });
  }
  return out;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "noted that …", "stressed the importance of …": a verb and an object, a few thousand combinations. */
function claim(rand: () => number): string {
  return `${pick(CLAIM_VERBS, rand)} ${pick(CLAIM_OBJECTS, rand)}`;
}

function person(rand: () => number) {
  const female = rand() < 0.5;
  // A second family name now and then makes the pool of people far larger than first × last.
  const last = rand() < 0.25 ? `${pick(LAST_NAMES, rand)}-${pick(LAST_NAMES, rand)}` : pick(LAST_NAMES, rand);
  return { title: female ? 'Ms.' : 'Mr.', name: `${pick(FIRST_NAMES, rand)} ${last}` };
}

function bare(place: string): string {
  return place.replace(/^the /, '');
}

function words(n: number): string {
  if (n < 21) return NUMBER_WORDS[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  const unit = n % 10;
  return unit === 0 ? tens : `${tens}-${NUMBER_WORDS[unit]}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)]!;
}
