/**
 * The people a document has named so far, so that a later "Ms. Lahtinen replied" or "According
 * to Ms. Lahtinen" is the same person as "Ms. Riikka Lahtinen" earlier. Seeded with the people
 * other extractors found (chairs, panellists); named speakers this extractor meets are added.
 */
import type { OrgRef, PersonFact } from '../facts.js';
import { pronounForHonorific } from '../text-names.js';
import type { Evidence } from '../facts.js';

export interface PersonDetails {
  name: string;
  honorific: string | null;
  position: string | null;
  organization: OrgRef | null;
  state: string | null;
}

export interface PeopleRegistry {
  /** The person with this full name, or whose surname this is (one candidate only). */
  find(nameOrSurname: string): PersonFact | null;
  /** The known person of that name, or a new one (kept in `created`). */
  obtain(details: PersonDetails, evidence: Evidence): PersonFact;
  /** The full name the document gives for a surname ("Haddad" → "Leila Haddad"), or the name itself. */
  fullName(nameOrSurname: string): string;
  /** People this extractor added (not known before). */
  readonly created: PersonFact[];
  /**
   * The one person whose position opens on this title ("Minister" → the "Minister for Foreign
   * Affairs"), among those `seen` accepts (named before the sentence), or null.
   */
  holderOf(title: string, seen: (p: PersonFact) => boolean): PersonFact | null;
}

function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function surname(name: string): string {
  const words = norm(name).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * "Ms. Nguyễn" for "Ms. Nguyễn Thị Minh Hằng": names written family name first (Vietnamese,
 * Chinese, Korean, Hungarian …) are shortened to their first word. Only tried when no name ends
 * on the word, so a Western surname always wins.
 */
function familyFirst(name: string, k: string): boolean {
  const words = norm(name).split(' ');
  return words.length >= 2 && words[0] === k;
}

/**
 * `fullNames`: names the document writes in full somewhere ("Ms. Leila Haddad"), so that a
 * speaker first met as "Ms. Haddad" gets the full name.
 */
export function peopleRegistry(known: PersonFact[], fullNames: string[] = []): PeopleRegistry {
  const people: PersonFact[] = known.filter((p) => p.name);
  const created: PersonFact[] = [];
  const fullName = (nameOrSurname: string): string => {
    const k = norm(nameOrSurname);
    if (k.includes(' ') && fullNames.some((n) => norm(n) === k)) return nameOrSurname;
    const hits = [...new Set(fullNames.filter((n) => norm(n).endsWith(` ${k}`)))];
    if (hits.length === 0 && !k.includes(' ')) hits.push(...new Set(fullNames.filter((n) => familyFirst(n, k))));
    return hits.length === 1 ? hits[0]! : nameOrSurname;
  };
  const find = (nameOrSurname: string): PersonFact | null => {
    const k = norm(nameOrSurname);
    const full = people.find((p) => norm(p.name!) === k);
    if (full) return full;
    // "Ms. Lahtinen", "Mr. van Aalst": the last word(s) of one known name
    const bySurname = people.filter((p) => norm(p.name!).endsWith(` ${k}`) || surname(p.name!) === k);
    if (bySurname.length === 0 && !k.includes(' ')) bySurname.push(...people.filter((p) => familyFirst(p.name!, k)));
    // the same full name read by two extractors (a head of delegation, and the annex's list) is one person
    return new Set(bySurname.map((p) => norm(p.name!))).size === 1 ? bySurname[0]! : null;
  };
  const obtain = (given: PersonDetails, evidence: Evidence): PersonFact => {
    const d = { ...given, name: fullName(given.name) };
    const hit = find(d.name);
    // people found by other extractors are theirs to describe; only this extractor's own are filled in
    if (hit && !created.includes(hit)) return hit;
    if (hit) {
      hit.position ??= d.position;
      hit.organization ??= d.organization;
      if (d.state && !hit.state) hit.state = d.state;
      return hit;
    }
    const fact: PersonFact = {
      key: `speaker-person-${created.length + 1}`,
      name: d.name,
      honorific: d.honorific,
      pronoun: pronounForHonorific(d.honorific),
      roles: ['speaker'],
      position: d.position,
      organization: d.organization,
      state: d.state,
      method: 'pattern',
      confidence: 0.75,
      evidence: [evidence],
    };
    people.push(fact);
    created.push(fact);
    return fact;
  };
  const holderOf = (title: string, seen: (p: PersonFact) => boolean): PersonFact | null => {
    const t = norm(title);
    const hits = people.filter((p) => p.position && (norm(p.position) === t || norm(p.position).startsWith(`${t} `)) && seen(p));
    // other extractors may each hand over the same person: one name is one holder
    return new Set(hits.map((p) => norm(p.name!))).size === 1 ? hits[0]! : null;
  };
  return { find, obtain, created, fullName, holderOf };
}
