/**
 * Organizations named by what they are, without acronym or introduction: "the World Jewish
 * Restitution Organization", "the Ministry of Justice", "the Commission for the Prevention of
 * Corruption". A capitalised name whose head word is an organization noun is a body. These
 * candidates are the loosest (confidence 0.6) and are dropped when they sit inside a name a
 * stronger finder already took ("Counter Human Trafficking Trust – East Africa").
 */
import type { CitableText } from './citable-texts.js';
import { evidenceAt } from './citable-texts.js';
import type { OrgCandidate } from './org-candidate.js';
import { KIND_RANK, conjuncts, isInstrumentName, secondNameAnd, isNotOrganization } from './org-candidate.js';
import { kindFromName } from './org-kind.js';
import { isCapitalised, nameAfter, nameBefore } from './proper-names.js';
import { missionEnd, portfolioEnd } from './organizations/portfolio.js';
import { extendName } from './name-lists.js';

const HEADS =
  /\b(?:Organi[sz]ation|Association|Foundation|Institute|Centre|Center|Council|Commission|Committee|Subcommittee|Sub-Committee|Agency|Office|Ministry|Network|Coalition|Alliance|Federation|Union|Society|Trust|Fund|Initiative|Movement|League|Forum|Bank|University|Court|Directorate|Inspectorate|Ombudsman|Ombudsperson|Secretariat|Service|Observatory|Academy|Partnership|Platform|Think Tank|Unit|Authority|Collective|Group|Mission|Board|Registry|Bureau|Department|Corporation|Company|Limited|International|Worldwide|Fundaci[oó]n|Asociaci[oó]n|Instituto|Institut|Centro|Defensor[ií]a|Comisi[oó]n|Consejo|Ministerio|Organizaci[oó]n|Red|Rede|R[eé]seau|F[eé]d[eé]ration|Federaci[oó]n|Coordinadora|Movimiento|Observatorio|Sociedad|Verein|Stiftung)\b/gu;

/** Words that carry a name on past its head: "Office of the …", "Platform on …", "Defensoría del Pueblo …". */
const CONTINUATION = /^\s+(?:of|for|on|Of|For|On|against|in|to|de|del|de la|des|du|della|do|da|dos|das|für|zur|zum)\s+(?:[Tt]he\s+)?/;

const HEAD_FIRST_WORD =
  /^(?:Fundaci[oó]n|Asociaci[oó]n|Instituto|Institut|Centro|Defensor[ií]a|Comisi[oó]n|Consejo|Ministerio|Organizaci[oó]n|Red|Rede|R[eé]seau|Verein|Stiftung|F[eé]d[eé]ration|Federaci[oó]n|Coordinadora|Movimiento|Observatorio|Sociedad)$/u;
const FOREIGN_CONNECTORS = [
  'ao',
  'aos',
  'à',
  'às',
  'au',
  'aux',
  'pour',
  'para',
  'por',
  'contra',
  'sur',
  'en',
  'el',
  'al',
  'di',
  'della',
  'delle',
  'dei',
  'per',
  'für',
  'gegen',
  'der',
  'die',
  'das',
];

function nextWordCapitalised(text: string, end: number): boolean {
  const m = /^ +(\S+)/.exec(text.slice(end, end + 40));
  return m !== null && isCapitalised(m[1]!.replace(/[,;:.!?)”"’]+$/, ''));
}

/** The full name around an organization head word, or null when the head is a modifier. */
export function nameAroundHead(
  text: string,
  headStart: number,
  headEnd: number,
  isPlace: (name: string) => boolean = () => false,
): { start: number; end: number; text: string } | null {
  // "Ombudsman Act", "Union Agency": the name goes on; a title-cased "Of"/"For" ("Ministry Of
  // Culture", as delegation lists print names) continues this name instead.
  if (nextWordCapitalised(text, headEnd) && !/^\s+(?:Of|For|On)\s/.test(text.slice(headEnd, headEnd + 6))) return null;
  let end = headEnd;
  let placeTo = -1;
  const cont = CONTINUATION.exec(text.slice(headEnd, headEnd + 20));
  // A name that opens with its head in a Romance or Germanic language joins its words with that
  // language's small words ("Rede de Apoio ao Migrante", "Verein für Menschenrechte").
  const options = HEAD_FIRST_WORD.test(text.slice(headStart, headEnd)) ? { connectors: FOREIGN_CONNECTORS } : {};
  if (cont) {
    const right = nameAfter(text, headEnd + cont[0].length, options);
    if (right && right.start === headEnd + cont[0].length) {
      end = right.end;
      placeTo = placeEnd(text, right.start, isPlace);
    }
  }
  let read = nameBefore(text, end, options);
  if (cont && end > headEnd && (!read || read.start > headStart)) {
    // "Ministry Of The Interior": a title-cased "The" stops a backward scan; read up to the head instead.
    const upToHead = nameBefore(text, headEnd, options);
    if (upToHead && upToHead.start <= headStart) read = { start: upToHead.start, end, text: text.slice(upToHead.start, end) };
  }
  if (!read || read.start > headStart) return null;
  const span = placeTo > read.end ? { start: read.start, end: placeTo, text: text.slice(read.start, placeTo) } : read;
  // "the Convention and European Union standards": keep the conjunct the head word is in.
  let start = span.start;
  let partEnd = span.end;
  let offset = 0;
  for (const part of conjuncts(span.text)) {
    const at = span.start + span.text.indexOf(part, offset);
    offset = at - span.start + part.length;
    if (at <= headStart && headStart < at + part.length) {
      start = at;
      partEnd = at + part.length;
    }
  }
  if (start >= headEnd) return null;
  // "Global Alliance for X and Mizan Centre for Y": the first body ends before the second's name
  if (partEnd < span.end && secondNameAnd(span.text.slice(start - span.start)) === partEnd - start) {
    return { start, end: partEnd, text: text.slice(start, partEnd) };
  }
  // "Ministry of Labour, Family and Social Affairs", "Permanent Mission of X to the United Nations
  // Office and other international organizations in Geneva": the tail is part of the name.
  const head = text.slice(headStart, headEnd);
  const to = !cont
    ? span.end
    : /^Ministr(?:y|ies)$/.test(head)
      ? portfolioEnd(text, span.end, isPlace)
      : head === 'Mission'
        ? missionEnd(text, span.end)
        : extendName(text, { ...span, start }).end;
  return { start, end: to, text: text.slice(start, to) };
}

/**
 * Where a place name that starts at `from` ends, when it is longer than a name scan reads:
 * "Regional Office for Asia and the Pacific" names the region "Asia and the Pacific" whole.
 */
function placeEnd(text: string, from: number, isPlace: (name: string) => boolean): number {
  const words = [...text.slice(from, from + 80).matchAll(/[^\s,;:.()]+/g)];
  for (let n = Math.min(6, words.length); n > 1; n--) {
    const last = words[n - 1]!;
    const candidate = text.slice(from, from + last.index + last[0].length);
    if (isPlace(candidate)) return from + last.index + last[0].length;
  }
  return -1;
}

/** Common nouns of things a capitalised name may qualify ("… Enforcement Network database"). */
const THING_AFTER = /^\s+(?:database|databases|system|portal|website|web\s+page|dataset|app|application|software|tool|toolkit)\b/;

export function findNamedBodies(texts: CitableText[], isPlace: (name: string) => boolean): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of texts) {
    // Where each name read so far starts and how far it runs: a later head word inside it that
    // yields a shorter name from the same start ("… to the United Nations Office" inside "… Office
    // and other international organizations in Geneva") is that name cut short.
    const longest = new Map<number, number>();
    HEADS.lastIndex = 0;
    for (let m = HEADS.exec(t.text); m !== null; m = HEADS.exec(t.text)) {
      const span = nameAroundHead(t.text, m.index, m.index + m[0].length, isPlace);
      if (!span || !/\s/.test(span.text)) continue;
      if ((longest.get(span.start) ?? -1) >= span.end) continue;
      longest.set(span.start, span.end);
      if (isInstrumentName(span.text) || isNotOrganization(span.text) || isPlace(span.text)) continue;
      // "the X Network database", "the Y Platform portal": the name qualifies a thing, it is not the body
      if (THING_AFTER.test(t.text.slice(span.end, span.end + 20))) continue;
      const cue = kindFromName(span.text);
      out.push({
        name: span.text,
        acronym: null,
        aliases: [],
        kind: cue?.kind ?? null,
        kindRank: cue ? (cue.strong ? KIND_RANK.strongName : KIND_RANK.weakName) : KIND_RANK.none,
        location: null,
        method: 'pattern',
        confidence: 0.6,
        evidence: [evidenceAt(t.key, t.text, span.start, span.end)],
      });
    }
  }
  return out;
}
