/**
 * Where a body's name runs on past where a name scan stops.
 *
 * A list inside a body's name: "Subcommittee on Prevention of Torture and Other Cruel, Inhuman
 * or Degrading Treatment or Punishment", "Department for Research, Training and Outreach". A
 * name scan stops at the first comma, which leaves a shorter name for another body, and a
 * description split at that comma reads "Inhuman" as the employer.
 *
 * The comma is inside the name when the name before it already runs on a preposition
 * ("… on Prevention of … Cruel", "… for Research") and what follows is a short list of single
 * capitalised words closed by "or"/"and" and a capitalised word. A comma after a body noun
 * ("… Network, Fundación …"), before an acronym ("…, UNICEF and …") or before a longer name
 * ends the name as before.
 *
 * "concerning" is a preposition of long government bodies' names ("Government Council for
 * Issues concerning Persons with Disabilities"): it carries the name on after a body noun's
 * name, when a capitalised name follows it.
 */
import { BODY_HEADS } from './org-candidate.js';
import { nameAfter, type NameSpan } from './proper-names.js';

const WORD = String.raw`\p{Lu}[\p{Ll}’'-]+`;
/** The list after the comma: ", Word[, Word…][,] or|and Word". */
const LIST_AFTER = new RegExp(String.raw`^,\s+${WORD}(?:,\s+${WORD})*,?\s+(?:or|and)\s+(?=\p{Lu}[\p{Ll}])`, 'u');
/** The name before the comma: capitalised words and connectors, with a preposition among them. */
const NAME_BEFORE = /(?:^|[\s(])((?:\p{Lu}[\p{L}’'-]*|of|on|for|the|and|in|against|to|concerning)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|on|for|the|and|in|against|to|concerning))*)$/u;

/** Where the list that opens with the comma at `comma` continues the name, the offset after its closing "or/and "; else -1. */
export function innerListEnd(text: string, comma: number): number {
  if (text[comma] !== ',') return -1;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, comma - 200), comma));
  if (!before) return -1;
  const words = before[1]!.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}/u.test(last) || BODY_HEADS.test(last)) return -1;
  // the name runs on a preposition before the list: "… on Prevention … Cruel", "… for Research"
  const capsAt = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (capsAt < 0 || !words.slice(capsAt).some((w) => /^(?:of|on|for|against|concerning)$/.test(w))) return -1;
  const after = LIST_AFTER.exec(text.slice(comma, comma + 120));
  if (!after) return -1;
  const items = after[0].match(/\p{Lu}[\p{Ll}’'-]+/gu) ?? [];
  if (items.some((w) => BODY_HEADS.test(w))) return -1;
  return comma + after[0].length;
}

/** `text` with the commas of lists inside names blanked (same length), for finding the commas that separate. */
export function maskInnerListCommas(text: string): string {
  if (!text.includes(',')) return text;
  let out = text;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    const end = innerListEnd(text, i);
    if (end < 0) continue;
    const span = text.slice(i, end).replace(/,/g, ' ');
    out = out.slice(0, i) + span + out.slice(end);
  }
  return out;
}

const CONCERNING = /^\s+concerning\s+(?:the\s+)?(?=\p{Lu})/u;

/** `span` (a body's name read by a scan) with the list or "concerning …" that continues it, repeatedly. */
export function extendName(text: string, span: NameSpan): NameSpan {
  let end = span.end;
  for (let k = 0; k < 4; k++) {
    let at = innerListEnd(text, end);
    if (at < 0) {
      const c = CONCERNING.exec(text.slice(end, end + 30));
      if (!c || !text.slice(span.start, end).split(/\s+/).some((w) => BODY_HEADS.test(w))) break;
      at = end + c[0].length;
    }
    const rest = nameAfter(text, at);
    if (!rest || rest.start !== at) break;
    end = rest.end;
  }
  return end === span.end ? span : { start: span.start, end, text: text.slice(span.start, end) };
}
