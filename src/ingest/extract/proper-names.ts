/**
 * Finds the extent of a capitalised name next to a position: leftwards from just before
 * "(ACR)" or an instrument's head word, rightwards after "the panellist from". A name is a run
 * of capitalised words joined by lowercase connectors (of, the, for, and, on, in, de,
 * against…) and dashes ("Trust – East Africa"). It ends at punctuation, at any other
 * lowercase word, at an article that does not follow a preposition ("and the", "by the"), and
 * at sentence openers ("However", "In", "The"), so the name never swallows its sentence.
 */

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

export interface ScanOptions {
  /** Extra lowercase words allowed inside the name (instrument titles: "from", "by"). */
  connectors?: readonly string[];
  /** When given, only these lowercase words may join the name (a treaty's left side: "of", "and"). */
  onlyConnectors?: readonly string[];
  maxWords?: number;
}

interface WordToken {
  /** Offsets of the word without surrounding punctuation. */
  start: number;
  end: number;
  word: string;
  /** Opening punctuation glued before the word: "(", "“". */
  lead: string;
  /** Closing punctuation or possessive glued after it: ",", ")", "’s". */
  trail: string;
  /** A number read as a word of the name ("Group of 77"). */
  numeral?: boolean;
}

const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'les',
  'los',
  'las',
  'against',
  'to',
  'or',
  'a',
  'an',
  'with',
  'y',
  'et',
  'und',
  'da',
  'do',
  'dos',
  'van',
  'von',
]);
/** "the" stays inside a name only after these: "Office of the …", "Centre for the Study". */
const THE_AFTER = new Set(['of', 'for', 'on', 'in', 'against', 'to', 'from', 'by']);
const DASHES = new Set(['–', '—', '-']);

/**
 * Prepositions and discourse words that open an adverbial ("Regarding the Office of X, AI
 * asserted …", "Despite the Commission's efforts, …", "Moreover, …"): capitalised only because
 * they open the sentence, never the first word of a name, and what follows them is not the
 * sentence's subject.
 */
const CLAUSE_OPENERS = new Set([
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'With',
  'Within',
  'Without',
  'During',
  'After',
  'Before',
  'Under',
  'Through',
  'Between',
  'Among',
  'As',
  'If',
  'When',
  'Where',
  'While',
  'Although',
  'Since',
  'Despite',
  'According',
  'Also',
  'Moreover',
  'Furthermore',
  'However',
  'Finally',
  'Similarly',
  'Additionally',
  'Further',
  'Thus',
  'Then',
  'Hence',
  'Following',
  'Whereas',
  'Likewise',
  'Meanwhile',
  'Nonetheless',
  'Nevertheless',
  'Notably',
  'Regarding',
  'Concerning',
  'Unlike',
  'Given',
  'Consequently',
  'Accordingly',
  'Pursuant',
  'Referring',
  'Upon',
  'Via',
]);

/** Capitalised words that open sentences or clauses rather than names: the clause openers, articles, determiners, honorifics, the verbs that open a resolution's paragraphs. */
const OPENERS = new Set([
  ...CLAUSE_OPENERS,
  'The',
  'A',
  'An',
  'Both',
  'Welcoming',
  'Noting',
  'Recalling',
  'This',
  'These',
  'That',
  'Those',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'Several',
  'Some',
  'One',
  'Two',
  'Many',
  'Each',
  'Every',
  'All',
  'Other',
  'Another',
  'Such',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Only',
  'Like',
  'Reaffirming',
  'Taking',
  'Bearing',
  'Having',
  'Guided',
  'Based',
  'Acting',
  'Per',
]);

export function isClauseOpener(word: string): boolean {
  return CLAUSE_OPENERS.has(word.replace(/[.,]$/, ''));
}

const CAPITALISED = /^(?:\p{Lu}|[dl]['’]\p{Lu})[\p{L}\p{N}'’&.\-/]*$/u;
const ACRONYM_LIKE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\-/.&]*$/u;

export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** "UNODC", "JS2", "EU-FRA": two or more capitals and nothing lowercase. */
export function isAcronymWord(word: string): boolean {
  return ACRONYM_LIKE.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function wordTokens(text: string, from: number, to: number): WordToken[] {
  const out: WordToken[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const raw = m[0];
    const lead = /^[([“"‘']+/.exec(raw)?.[0] ?? '';
    const rest = raw.slice(lead.length);
    const trail = /(?:['’]s)?[,;:.!?)\]”"’']*$/.exec(rest)?.[0] ?? '';
    const word = rest.slice(0, rest.length - trail.length);
    const start = from + m.index + lead.length;
    out.push({ start, end: start + word.length, word, lead, trail });
  }
  // A possessive inside a name ("Women's Link Worldwide", "Children's Fund", a plural's
  // "Workers' Union") belongs to the word when a capitalised word follows; at a name's end
  // ("MMC's survey") it stays a trail.
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1]!;
    // a plural's possessive too: "Migrant Workers' Rights" (not a closing quote: "'Workers' Rights")
    const possessive = /^['’]s$/.test(t.trail) || (/^['’]$/.test(t.trail) && /s$/.test(t.word) && t.lead === '');
    if (possessive && next.lead === '' && CAPITALISED.test(next.word) && !isAcronymWord(t.word)) {
      out[i] = { ...t, word: t.word + t.trail, end: t.end + t.trail.length, trail: '' };
    }
  }
  return out;
}

type Kind = 'cap' | 'connector' | 'dash' | 'stop';

interface Connectors {
  extra: ReadonlySet<string>;
  only: ReadonlySet<string> | null;
}

function connectorsOf(options: ScanOptions): Connectors {
  return { extra: new Set(options.connectors ?? []), only: options.onlyConnectors ? new Set(options.onlyConnectors) : null };
}

/** "Group of 77", "Group of 20": a number that completes a group's name is one of its words. */
function numberedGroup(word: string, twoBefore: string | undefined, before: string | undefined): boolean {
  return /^\d{1,3}$/.test(word) && before === 'of' && twoBefore === 'Group';
}

function kindOf(word: string, c: Connectors): Kind {
  if (DASHES.has(word)) return c.only ? 'stop' : 'dash';
  if (c.only ? c.only.has(word) : CONNECTORS.has(word) || c.extra.has(word)) return 'connector';
  if (word !== '' && isCapitalised(word)) return 'cap';
  return 'stop';
}

function span(text: string, words: WordToken[]): NameSpan | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** Drops connectors and dashes at either end, and sentence openers at the start. */
function trimmed(words: WordToken[], extra: Connectors): WordToken[] {
  let lo = 0;
  let hi = words.length;
  const edge = (w: WordToken): boolean => !w.numeral && kindOf(w.word, extra) !== 'cap';
  for (;;) {
    const before = `${lo}:${hi}`;
    while (lo < hi && edge(words[lo]!)) lo++;
    while (lo < hi && OPENERS.has(words[lo]!.word.replace(/\.$/, ''))) lo++;
    while (hi > lo && edge(words[hi - 1]!)) hi--;
    if (`${lo}:${hi}` === before) break;
  }
  return words.slice(lo, hi);
}

/** The capitalised name that ends at `end` (exclusive; trailing spaces before `end` are skipped). */
export function nameBefore(text: string, end: number, options: ScanOptions = {}): NameSpan | null {
  const extra = connectorsOf(options);
  const maxWords = options.maxWords ?? 20;
  const tokens = wordTokens(text, Math.max(0, end - 400), end);
  const taken: WordToken[] = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < maxWords; i--) {
    const t = tokens[i]!;
    // Punctuation after this word separates it from the name on its right.
    if (taken.length > 0 && t.trail !== '') break;
    if (taken.length === 0 && t.trail !== '') break;
    const kind = numberedGroup(t.word, tokens[i - 2]?.word, tokens[i - 1]?.word) ? 'cap' : kindOf(t.word, extra);
    if (kind === 'stop') break;
    if (taken.length === 0 && kind !== 'cap') break;
    if (t.word === 'the' || t.word === 'The') {
      const left = tokens[i - 1];
      if (t.word === 'The' || !left || left.trail !== '' || !THE_AFTER.has(left.word)) break;
    }
    // An acronym followed by a lowercase connector is another name ("JS2 and the …").
    const right = taken[0];
    if (kind === 'cap' && isAcronymWord(t.word) && right && kindOf(right.word, extra) === 'connector') break;
    taken.unshift(kind === 'cap' && !isCapitalised(t.word) ? { ...t, numeral: true } : t);
    if (t.lead !== '') break;
  }
  return span(text, trimmed(taken, extra));
}

/** The capitalised name that starts at or after `start` (a leading "the" is skipped). */
export function nameAfter(text: string, start: number, options: ScanOptions = {}): NameSpan | null {
  const extra = connectorsOf(options);
  const maxWords = options.maxWords ?? 20;
  const tokens = wordTokens(text, start, Math.min(text.length, start + 400));
  const taken: WordToken[] = [];
  for (let i = 0; i < tokens.length && taken.length < maxWords; i++) {
    const t = tokens[i]!;
    if (taken.length === 0 && (t.word === 'the' || t.word === 'The') && t.trail === '') continue;
    if (t.lead !== '' && (taken.length > 0 || t.lead.includes('('))) break;
    const before =
      i >= 2
        ? [tokens[i - 2]?.word, tokens[i - 1]?.word]
        : (/(\S+)\s+(\S+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.slice(1) ?? []);
    const kind = numberedGroup(t.word, before[0], before[1]) ? 'cap' : kindOf(t.word, extra);
    if (kind === 'stop') break;
    if (taken.length === 0 && kind !== 'cap') break;
    if (t.word === 'the') {
      const prev = taken[taken.length - 1];
      if (!prev || !THE_AFTER.has(prev.word)) break;
    }
    taken.push(kind === 'cap' && !isCapitalised(t.word) ? { ...t, numeral: true } : t);
    if (t.trail !== '') break;
  }
  return span(text, trimmed(taken, extra));
}
