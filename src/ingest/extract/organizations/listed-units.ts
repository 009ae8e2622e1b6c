/**
 * A unit's name printed with a comma inside a delegation list: "…, Director-General, Internal
 * Administrative Affairs, Migration and Naturalization Directorate, Ministry of …". Read up to the
 * comma, the name loses its first part and a headless segment is left over. In such a list a
 * capitalised segment that is itself after a comma, holds no body noun, no post and no State, and
 * stands right before a unit ("… Directorate", "… Department"), is the first part of that unit's
 * name: nothing else in the list could be headless.
 */
import type { CitableText } from '../citable-texts.js';
import { evidenceAt } from '../citable-texts.js';
import type { OrgCandidate } from '../org-candidate.js';
import { isPositionPhrase } from '../people/name-shapes.js';

const UNIT_END = /\b(?:Directorate|Department|Division|Service|Unit|Section|Branch)$/;
/** A body noun in the segment makes it a body of its own ("Migration Office"). */
const BODY_NOUN =
  /\b(?:Ministry|Office|Mission|Embassy|Agency|Council|Commission|Committee|Court|Institute|Centre|Center|Directorate|Department|Division|Service|Unit|Section|Branch|Police|Government|Parliament|Assembly)\b/;
const SEGMENT_BEFORE = /,\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|for|\p{Lu}[\p{L}'’-]*)){0,6}),\s+$/u;

export function withListedQualifier(c: OrgCandidate, texts: ReadonlyMap<string, CitableText>, isPlace: (name: string) => boolean): OrgCandidate {
  const e = c.evidence[0];
  if (!c.name || !e || e.start === undefined || e.end === undefined || !UNIT_END.test(c.name)) return c;
  const t = texts.get(e.paragraph);
  if (!t) return c;
  const m = SEGMENT_BEFORE.exec(t.text.slice(Math.max(0, e.start - 120), e.start));
  if (!m) return c;
  const segment = m[1] as string;
  if (BODY_NOUN.test(segment) || isPositionPhrase(segment) || isPlace(segment)) return c;
  const start = e.start - m[0].length + m[0].indexOf(segment);
  const name = t.text.slice(start, e.end);
  return { ...c, name, evidence: [evidenceAt(t.key, t.text, start, e.end), ...c.evidence.slice(1)] };
}
