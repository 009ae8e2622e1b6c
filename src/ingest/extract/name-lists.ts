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
 * Names in Spanish, French or Portuguese run on "de"/"du"/"da" and close their lists with
 * "y"/"et"/"e"/"ou" ("Asociación de Pescadores, Buzos y Marineros").
 *
 * "concerning" is a preposition of long government bodies' names ("Government Council for
 * Issues concerning Persons with Disabilities"): it carries the name on after a body noun's
 * name, when a capitalised name follows it.
 */
import { BODY_HEADS } from './org-candidate.js';
import { nameAfter, type NameSpan } from './proper-names.js';

const WORD = String.raw`\p{Lu}[\p{Ll}’'-]+`;
/** The list after the comma: ", Word[, Word…][,] or|and Word". */
const LIST_AFTER = new RegExp(String.raw`^,\s+${WORD}(?:,\s+${WORD})*,?\s+(?:or|and|y|et|e|ou)\s+(?=\p{Lu}[\p{Ll}])`, 'u');
/** The name before the comma: capitalised words and connectors, with a preposition among them. */
const NAME_BEFORE =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}’'-]*|of|on|for|the|and|in|against|to|concerning|de|del|des|du|da|do)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|on|for|the|and|in|against|to|concerning|de|del|des|du|da|do))*)$/u;

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
  if (capsAt < 0 || !words.slice(capsAt).some((w) => /^(?:of|on|for|against|concerning|de|del|des|du|da|do)$/.test(w))) return -1;
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
      if (
        !c ||
        !text
          .slice(span.start, end)
          .split(/\s+/)
          .some((w) => BODY_HEADS.test(w))
      )
        break;
      at = end + c[0].length;
    }
    const rest = nameAfter(text, at);
    if (!rest || rest.start !== at) break;
    end = rest.end;
  }
  return end === span.end ? span : { start: span.start, end, text: text.slice(span.start, end) };
}

/**
 * A unit and its body printed without the comma between them, as PDFs of delegation lists
 * lose it: "Directorate for Consular Affairs Ministry of Foreign Affairs" is the Directorate
 * (a unit) of the Ministry. The split is made only where a full "<Head> of/for …" name is
 * followed by a capitalised word and then a second "Ministry/Department/Office of …": inside
 * one name a body noun after a capitalised word is its head ("United Nations Office on …"), and
 * that name does not open with a head of its own.
 */
const SECOND_BODY = /(?<=\p{Lu}[\p{L}’'-]*)\s+((?:Ministry|Ministries|Department|Office)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}.*)$/u;

export function gluedUnit(name: string): { unit: string; body: string; bodyAt: number } | null {
  const m = /^(\p{Lu}[\p{L}-]*)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.exec(name);
  if (!m || !BODY_HEADS.test(m[1]!)) return null;
  const second = SECOND_BODY.exec(name.slice(m[0].length - 1));
  if (!second) return null;
  const bodyAt = m[0].length - 1 + second.index + second[0].length - second[1]!.length;
  return { unit: name.slice(0, m[0].length - 1 + second.index), body: second[1]!, bodyAt };
}
