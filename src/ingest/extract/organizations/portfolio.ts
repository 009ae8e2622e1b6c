/**
 * How far a body's name runs past where a name scan stops.
 *
 * A ministry is named after its portfolio, and a portfolio of several subjects is a list:
 * "Ministry of Labour, Family, Social Affairs and Equal Opportunities", "Ministry of
 * Education, Science and Sport". A name scan stops at the first comma, which would leave
 * "Ministry of Labour" (a different, shorter body). The list belongs to the name when every
 * item is a capitalised subject (no body noun, no place) and the list closes with "and <Subject>"
 * before the clause ends; otherwise the comma ends the name ("Ministry of Justice, the Police
 * and …", "Ministry of Health, Ministry of Justice and …").
 */

const SUBJECT = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the)\s+\p{Lu}[\p{L}’'-]*|\s+\p{Lu}[\p{L}’'-]*)*`;
const LIST = new RegExp(String.raw`^((?:,\s+${SUBJECT})*,?\s+(?:and|And)\s+${SUBJECT})(?=\s*(?:[;.,:)]|\s[–—-]\s|$))`, 'u');

/** Nouns that make an item a body of its own, not a subject: "Ministry of Justice, Police Directorate and …". */
const BODY_WORD =
  /\b(?:Ministry|Ministries|Office|Directorate|Department|Division|Service|Unit|Agency|Council|Commission|Committee|Court|Police|Government|Institute|Centre|Center|Mission|Section)\b/u;

const HONORIFIC = /^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Mme|Sir|Dame|H\.E)\.?$/;

/**
 * Where a ministry's name ends when a portfolio list follows its first subject (`end` is the
 * offset just after that subject), or `end` unchanged when what follows is not such a list.
 */
export function portfolioEnd(text: string, end: number, isPlace: (name: string) => boolean): number {
  const m = LIST.exec(text.slice(end, end + 200));
  if (!m) return end;
  const items = m[1]!
    .split(/,\s+(?:and\s+|And\s+)?|\s+(?:and|And)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // "…Ministry of Migration and Asylum, and Mr. X": an honorific opens the next person, not a subject.
  if (items.length === 0 || items.some((s) => BODY_WORD.test(s) || HONORIFIC.test(s) || isPlace(s))) return end;
  return end + m[1]!.length;
}

/**
 * A permanent mission accredited to the United Nations and the other organizations of a seat is
 * named after both: "Permanent Mission of X to the United Nations Office and other
 * international organizations in Geneva". Lists print "other" in either case; a scan that
 * stops at a lowercase "other" leaves a shorter name for the same mission.
 */
const OTHER_ORGANIZATIONS = /^\s+and\s+other\s+international\s+organi[sz]ations(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+)?/iu;
/** "… to the United Nations Office at Geneva": the duty station closes the name. */
const DUTY_STATION = /^\s+at\s+\p{Lu}[\p{L}-]+(?![\p{L}])/u;

/** Where a mission's name ends (`end` is just after "… to the United Nations [Office]"). */
export function missionEnd(text: string, end: number): number {
  if (!/\bUnited Nations(?: Office)?$/.test(text.slice(Math.max(0, end - 30), end))) return end;
  const m = OTHER_ORGANIZATIONS.exec(text.slice(end, end + 80)) ?? (/Office$/.test(text.slice(0, end)) ? DUTY_STATION.exec(text.slice(end, end + 40)) : null);
  return m ? end + m[0].length : end;
}
