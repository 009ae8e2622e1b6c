/**
 * Lists of people: "the following panellists made statements: A, B and C", "The four panellists
 * … were: the Head of …, X; the Chair of …, Y; and …", "the panellists A and B answered
 * questions", "presided over the dialogue: Ms. A, …, and Mr. B, …". Items are split on
 * semicolons when the list has any (each item may then carry commas: "the Special Rapporteur
 * on …, especially …, Name"), else on commas and "and". The cue word before the list says what
 * the people are (panellists, chairs, moderators).
 */

export interface ListItem {
  start: number;
  end: number;
}

export interface PeopleList {
  /** "panellist" | "speaker" | "chair" | "co-chair" | "moderator" | "facilitator". */
  role: string | null;
  start: number;
  end: number;
  items: ListItem[];
}

/** A colon list whose lead-in names the role: "… panellists …:", "… presided over …:", "… moderated by:". */
const COLON_CUE =
  /\b(panel(?:l)?ists?|speakers|experts|dignitaries|presided\s+over|chaired|co-chaired|moderated|facilitated|Co-Chairs|moderators|facilitators|made\s+statements|statements\s+were\s+made\s+by|addressed\s+the\s+\p{Lu}\p{L}+)\b[^.:;]{0,120}?:\s+/giu;
/** "the panellists A, B and C answered …": names follow the noun directly. */
const NOUN_THEN_NAMES = /\b(?:the|The)\s+panel(?:l)?ists\s+(?=\p{Lu})/gu;
/**
 * "The panellists were A, Head of X; B, …; and C, …", "The panel was composed of …": a copula
 * instead of a colon introduces the list, which runs to the sentence's end.
 */
const COPULA_CUE =
  /\b(?:the\s+)?(?:panel(?:l)?ists|members\s+of\s+the\s+panel)\s+(?:were|included|comprised)\s+|\bthe\s+panel\s+(?:was\s+composed\s+of|comprised|consisted\s+of)\s+/giu;

function roleOf(cue: string, lead: string): string | null {
  const c = cue.toLowerCase();
  if (/^panel|^experts/.test(c)) return 'panellist';
  if (/^(?:speakers|dignitaries|made|statements|addressed)/.test(c))
    return /panel(?:l)?ists\b/i.test(lead) && !/\basked\s+the\s+panel/i.test(lead) ? 'panellist' : 'speaker';
  if (/co-chair/i.test(lead) || /co-chaired/.test(c)) return 'co-chair';
  if (/presided|chaired/.test(c)) return /vice/i.test(lead) ? 'vice-chair' : 'chair';
  if (/moderat/.test(c)) return 'moderator';
  if (/facilitat/.test(c)) return 'facilitator';
  return null;
}

/** Splits `text[from, to)` into items: on ";" at bracket depth 0 if any, else on "," and " and ". */
export function splitItems(text: string, from: number, to: number): ListItem[] {
  const semis: number[] = [];
  const commas: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ';') semis.push(i);
    else if (depth === 0 && ch === ',') commas.push(i);
  }
  const cuts = semis.length > 0 ? semis : commas;
  const items: ListItem[] = [];
  let s = from;
  for (const c of [...cuts, to]) {
    let a = s;
    let b = c;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /[\s.]/.test(text[b - 1] as string)) b--;
    if (text.startsWith('and ', a)) a += 4;
    if (b > a) {
      // "B and C" in a comma list: two items
      const and = semis.length === 0 ? text.slice(a, b).indexOf(' and ') : -1;
      if (and > 0) {
        items.push({ start: a, end: a + and });
        items.push({ start: a + and + 5, end: b });
      } else items.push({ start: a, end: b });
    }
    s = c + 1;
  }
  return items;
}

/** A lettered item that opens on a person: "(a) Ms. X", "(b) Dr. Y". */
const LETTERED_PERSON = /^\([a-z]\)\s+(?:Mr|Ms|Mrs|Dr|Prof|Mme)\.?\s+\p{Lu}/u;

/** End of a list that runs to the sentence's end. */
function sentenceEnd(text: string, from: number): number {
  const re = /\.(?=\s+\p{Lu}|\s*$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Inc.", "Ltd.", honorifics and initials do not end the list
    if (/(?:\b(?:Inc|Ltd|Mr|Ms|Mrs|Dr|Prof|Mme|St|No)|\b\p{Lu})$/u.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    return m.index;
  }
  return text.length;
}

export function findPeopleLists(text: string): PeopleList[] {
  const out: PeopleList[] = [];
  // most paragraphs have neither a colon nor panellists: skip the cue scans for them
  if (!text.includes(':') && !/panel/i.test(text)) return out;
  for (const m of text.matchAll(COLON_CUE)) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
    const lead = text.slice(sentenceStart, m.index + m[0].length);
    const role = roleOf(m[1] as string, lead);
    if (!role) continue;
    const start = m.index + m[0].length;
    // "asked the panellists questions: (a) Representatives of …": a speakers' roster, not panellists
    // ("(a) Ms. X (post, organization); (b) …" is a lettered list of the people themselves)
    const lettered = /^\([a-z]\)\s/.test(text.slice(start)) && !LETTERED_PERSON.test(text.slice(start));
    if (lettered || /\b(?:asked|put\s+to|to)\s+the\s+panel(?:l)?ists\b/i.test(m[0])) continue;
    const end = sentenceEnd(text, start);
    out.push({ role, start, end, items: splitItems(text, start, end) });
  }
  for (const m of text.matchAll(COPULA_CUE)) {
    const start = m.index + m[0].length;
    // "the panellists were invited to …", "were asked": a verb, not a list of people
    if (!/^(?:\p{Lu}|the\s+\p{Lu}|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s)/u.test(text.slice(start))) continue;
    if (out.some((l) => start >= l.start && start < l.end)) continue;
    const end = sentenceEnd(text, start);
    out.push({ role: 'panellist', start, end, items: splitItems(text, start, end) });
  }
  for (const m of text.matchAll(NOUN_THEN_NAMES)) {
    const start = m.index + m[0].length;
    // the names run until the verb: the first lower-case word that is not "and"
    const verb = /\s(?!(?:and|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|al|el)\s)(?=\p{Ll})/gu;
    verb.lastIndex = start;
    const v = verb.exec(text);
    const end = v ? v.index : text.length;
    if (out.some((l) => start >= l.start && start < l.end)) continue;
    out.push({ role: 'panellist', start, end, items: splitItems(text, start, end) });
  }
  return out;
}
