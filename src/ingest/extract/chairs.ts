/**
 * Who chaired the meeting, and who headed a delegation: "It was chaired by the Co-Chairs of the
 * Working Group, Ms. Vasiliki Kakosimou, Head of … at the Greek Ministry of Migration and
 * Asylum, and Mr. Francesco Testa, Prosecutor at the European Public Prosecutor Office
 * (EPPO)"; "The delegation of Slovenia was headed by the Deputy Prime Minister and Minister of
 * Foreign Affairs, Miro Cerar". Each person keeps the position and organization as written.
 */
import type { ParsedDocument, ParsedParagraph } from '../parse/parsed-document.js';
import type { Evidence, OrgRef, PersonFact } from './facts.js';
import { spanEvidence } from './text-evidence.js';
import { HONORIFIC_SOURCE, pronounForHonorific, readOrgRef, readPersonName } from './text-names.js';
import { splitSentences, type Sentence } from './text-sentences.js';

const ROLE_WORD = `(?:Co-Chair|Co-chair|Vice-Chair|Vice-President|Chair(?:person|man|woman)?|President|Rapporteur|Moderator|Facilitator)s?`;

/**
 * "chaired by the Co-Chairs of the Working Group," — the role and where the list of people starts;
 * "facilitated by Committee members Ms. X and Mr. Y": group 3 is the body whose members they are.
 */
const CHAIRED_BY = new RegExp(
  `\\b((?:co-)?(?:chaired|presided(?:\\s+over)?|moderated|facilitated|opened))\\s+by\\s+(?:the\\s+|its\\s+)?(?:(${ROLE_WORD})(?:\\s+of\\s+(?:the\\s+)?[^,;]{1,120})?,\\s*)?(?:([A-Z][a-z]+)\\s+members?\\s+)?(?=${HONORIFIC_SOURCE}\\s)`,
  'g',
);
/** "The Chair, Ms. X, …" / "The President of the Council, Mr. Y, …". */
const ROLE_THEN_NAME = new RegExp(`\\b[Tt]he\\s+(${ROLE_WORD})(?:\\s+of\\s+(?:the\\s+)?[^,;]{1,120})?,\\s*(?=${HONORIFIC_SOURCE}\\s)`, 'g');
const HEADED_BY =
  /\b(?:[Tt]he\s+)?delegation\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]{1,80}?)\s+was\s+(?:headed|led)\s+by\s+(?:the\s+|its\s+)?/gu;
const HONORIFIC_AT = new RegExp(`^${HONORIFIC_SOURCE}\\s`);
/**
 * Where the next person of a list starts. Only unambiguous honorifics split a list: "Justice"
 * or "Judge" also end ministry names ("Ministry of Law and Justice").
 */
const PERSON_START = /(?:^|,\s*(?:and\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?)(?=(?:Mr|Ms|Mrs|Dr|Prof|Mme|H\.E)\.\s|Ambassador\s|Professor\s)/g;
/**
 * Where a participial "moderated by X, Post," phrase hands back to its sentence: a comma and the
 * main verb ("The panel, moderated by Ms. X, Director, brought together Mr. Y …"). The people
 * after it are the verb's object, not chairs.
 */
const MAIN_CLAUSE =
  /,\s+(?:(?:then|also|subsequently|jointly)\s+)?(?:brought\s+together|comprised|featured|heard|invited|introduced|opened|presented|discussed|addressed|examined|considered|explored|focused|turned|gave|began|welcomed|noted|recalled|said|stated|explained|described|outlined|included)\b/;

/** The role a verb gives when no role word follows it: "moderated by Ms. X" makes a moderator, not a chair. */
function verbRole(verb: string): string {
  if (/^co-chaired/i.test(verb)) return 'Co-Chair';
  if (/^moderated/i.test(verb)) return 'moderator';
  if (/^facilitated/i.test(verb)) return 'facilitator';
  return 'Chair';
}

function normaliseRole(word: string | undefined, fallback: string): string {
  if (!word) return fallback;
  const w = word.replace(/s$/, '');
  if (/^co-chair/i.test(w)) return 'Co-Chair';
  if (/^vice-chair/i.test(w)) return 'Vice-Chair';
  if (/^vice-president/i.test(w)) return 'Vice-President';
  if (/^chair/i.test(w)) return 'Chair';
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "Head of … at the Greek Ministry of Migration and Asylum" → position + organization. */
export function splitPosition(description: string): { position: string | null; organization: OrgRef | null } {
  const d = description
    .trim()
    .replace(/[,;.\s]+$/, '')
    .replace(/,?\s+and$/, '');
  // "…, on 11 May 2030": the sentence goes on after the name; that is no post
  // "…, and by the Deputy High Commissioner, Y": a second agent of the verb, not this person's post
  if (!d || /^(?:and\s+)?(?:on|in|during|after|before|when|by)\s/.test(d)) return { position: null, organization: null };
  // "…, Adviser to X, who invited the panellists …": the relative clause is what the person did
  const relative = /,\s+(?:who|whose|which)\s/.exec(d);
  if (relative) return splitPosition(d.slice(0, relative.index));
  // "Senior Legal Adviser to the Stolen Asset Recovery Initiative (StAR)": a post held towards a body it names
  const toBody = /^([^,()]{3,80}?)\s+to\s+the\s+([^,()]{3,120}?)\s+\(([\p{Lu}][\p{L}\p{N}&/.-]*)\)$/u.exec(d);
  if (toBody) return { position: toBody[1] as string, organization: { name: toBody[2] as string, acronym: toBody[3] as string } };
  // "Mr. Luca Bianchi (Italy)": the bracket names whom the person represents
  const bracket = /^\(([^()]{2,80})\)\s*,?\s*(.*)$/.exec(d);
  if (bracket) {
    const rest = splitPosition(bracket[2] as string);
    return { position: rest.position, organization: rest.organization ?? { name: (bracket[1] as string).trim(), acronym: null } };
  }
  const at = d.indexOf(' at ');
  const comma = d.indexOf(', ');
  const cut = at >= 0 ? { pos: at, skip: 4 } : comma >= 0 ? { pos: comma, skip: 2 } : null;
  if (!cut) return { position: d, organization: null };
  const org = readOrgRef(d, cut.pos + cut.skip);
  return {
    position: d.slice(0, cut.pos).trim() || null,
    organization: org ? { name: org.name, acronym: org.acronym } : null,
  };
}

/** People listed after a chair cue: each starts at an honorific; the text up to the next one is the description. */
function readPeopleList(p: ParsedParagraph, s: Sentence, listStart: number, role: string): PersonFact[] {
  const text = s.text;
  const starts: number[] = [];
  const clause = MAIN_CLAUSE.exec(text.slice(listStart));
  const list = clause ? text.slice(listStart, listStart + clause.index) : text.slice(listStart);
  for (const m of list.matchAll(PERSON_START)) {
    // "…, Professor at Seoul National University" is a position, not the next person
    const at = listStart + m.index + m[0].length;
    if (readPersonName(text, at)) starts.push(at);
  }
  const out: PersonFact[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    const person = readPersonName(text, from);
    if (!person) continue;
    let to = i + 1 < starts.length ? (starts[i + 1] as number) : listStart + list.length;
    // the separator ", and " before the next person is not part of this one's description
    // ("…, and by Ms. Y": the repeated "by" too)
    const chunk = text.slice(person.end, to).replace(/(?:,\s*(?:and\s*)?(?:by\s*)?|\s+and\s*(?:by\s*)?)$/, '');
    to = person.end + chunk.length;
    const description = chunk.replace(/^\s*,\s*/, '');
    const { position, organization } = splitPosition(description);
    out.push(personFact(person, role, { position, organization }, 0.85, spanEvidence(p, s.start + from, s.start + to)));
  }
  // "Ms. X and Mr. Y, members of the Committee": a plural post after the last name is every
  // undescribed person's before it, in the singular
  const last = out[out.length - 1];
  const shared = last?.position ? PLURAL_POST.exec(last.position) : null;
  if (last && shared) {
    const one = `${shared[1]}${last.position!.slice(shared[0].length - 4)}`;
    const body = /^(?:the\s+)?(\p{Lu}[\p{L}'’ -]*)$/u.exec(last.position!.slice(shared[0].length));
    const organization = last.organization ?? (body ? { name: body[1]!.trim(), acronym: null } : null);
    for (const f of out) if (f === last || (!f.position && !f.organization)) Object.assign(f, { position: one, organization });
  }
  return out;
}

/** "members of …", "judges of …": a post in the plural; group 1 its singular. */
const PLURAL_POST = /^(member|judge|commissioner|expert|representative)s\s+of\s/;

/** "… was headed by the Deputy Prime Minister and Minister of Foreign Affairs, Miro Cerar." */
function readHead(p: ParsedParagraph, s: Sentence, state: string, at: number): PersonFact | null {
  const text = s.text;
  const base = {
    roles: ['head of delegation'],
    organization: { name: state, acronym: null },
    method: 'pattern' as const,
    confidence: 0.8,
  };
  if (HONORIFIC_AT.test(text.slice(at))) {
    // name first: "headed by Mr. X, Minister of Y"
    const person = readPersonName(text, at);
    if (!person) return null;
    const rest = /^,\s*([^;.]{1,160})/.exec(text.slice(person.end));
    return {
      key: '',
      name: person.name,
      honorific: person.honorific,
      pronoun: pronounForHonorific(person.honorific),
      position: rest ? (rest[1] as string).trim() : null,
      ...base,
      evidence: [spanEvidence(p, s.start + person.start, s.start + person.end + (rest ? rest[0].length : 0))],
    };
  }
  // position first: the name is the capitalised run after the last comma of the phrase
  const phrase = text.slice(at, Math.min(text.length, at + 300));
  for (const m of phrase.matchAll(/,\s+/g)) {
    const person = readPersonName(phrase, m.index + m[0].length);
    if (!person) continue;
    const after = phrase.slice(person.end);
    if (!/^\s*(?:$|[.;,]|and\b|\()/.test(after)) continue;
    return {
      key: '',
      name: person.name,
      honorific: person.honorific,
      pronoun: pronounForHonorific(person.honorific),
      position: phrase.slice(0, m.index).trim() || null,
      ...base,
      evidence: [spanEvidence(p, s.start + at, s.start + at + person.end)],
    };
  }
  return null;
}

/**
 * "The Chair, Ms. X, opened …": one person in apposition; the position only when a capitalised
 * appositive follows the name ("The Chair, Ms. X, Permanent Representative of Y, opened …").
 */
function readAppositive(p: ParsedParagraph, s: Sentence, at: number, role: string, rolePhrase: string | null = null): PersonFact | null {
  const person = readPersonName(s.text, at);
  if (!person) return null;
  const appositive = /^,\s*(\p{Lu}[^,;]{0,120}),/u.exec(s.text.slice(person.end, person.end + 130));
  const read = appositive ? splitPosition(appositive[1] as string) : { position: null, organization: null };
  // "The President of the Human Rights Council, Mr. X": without an appositive post, the role phrase
  // before the name, with its "of …", is the post as written
  const position = read.position ?? rolePhrase;
  const organization = read.organization;
  const end = s.start + person.end + (appositive ? appositive[0].length - 1 : 0);
  return personFact(person, role, { position, organization }, 0.8, spanEvidence(p, s.start + person.start, end));
}

/** A named person as the chair patterns read them; `key` is set once all are found. */
function personFact(
  person: { name: string; honorific: string | null },
  role: string,
  where: Pick<PersonFact, 'position' | 'organization'>,
  confidence: number,
  evidence: Evidence,
): PersonFact {
  return {
    key: '',
    name: person.name,
    honorific: person.honorific,
    pronoun: pronounForHonorific(person.honorific),
    roles: [role],
    ...where,
    method: 'pattern',
    confidence,
    evidence: [evidence],
  };
}

export function extractChairs(doc: ParsedDocument): PersonFact[] {
  const found: PersonFact[] = [];
  const byName = new Map<string, PersonFact>();
  const add = (fact: PersonFact): void => {
    const name = fact.name?.toLowerCase() ?? '';
    const e = byName.get(name);
    if (e) {
      for (const r of fact.roles) if (!e.roles.includes(r)) e.roles.push(r);
      e.honorific ??= fact.honorific;
      e.pronoun ??= fact.pronoun;
      e.position ??= fact.position;
      e.organization ??= fact.organization;
      e.evidence.push(...fact.evidence);
      return;
    }
    byName.set(name, fact);
    found.push(fact);
  };
  for (const p of doc.paragraphs) {
    if (!/\b(?:chaired|presided|moderated|facilitated|opened|headed|led|Chair|President|Rapporteur)\b/.test(p.text)) continue;
    for (const s of splitSentences(p.text)) {
      let matched = false;
      for (const m of s.text.matchAll(CHAIRED_BY)) {
        matched = true;
        // "moderated by the Rapporteur, Ms. X": the verb gives the role, the title is her post
        const byVerb = verbRole(m[1] as string);
        const role = byVerb === 'moderator' || byVerb === 'facilitator' ? byVerb : normaliseRole(m[2], byVerb);
        const body = m[3];
        for (const f of readPeopleList(p, s, m.index + m[0].length, role)) {
          // "Committee members Ms. X and Mr. Y": each is a member of that body, unless described otherwise
          if (body && !f.position && !f.organization) add({ ...f, position: `${body} member`, organization: { name: body, acronym: null } });
          else add(f);
        }
      }
      if (!matched) {
        for (const m of s.text.matchAll(ROLE_THEN_NAME)) {
          const phrase = m[0].replace(/^[Tt]he\s+/, '').replace(/,\s*$/, '');
          const person = readAppositive(p, s, m.index + m[0].length, normaliseRole(m[1], 'Chair'), /\sof\s/.test(phrase) ? phrase : null);
          if (person) add(person);
        }
      }
      for (const m of s.text.matchAll(HEADED_BY)) {
        const head = readHead(p, s, (m[1] as string).trim(), m.index + m[0].length);
        if (head) add(head);
      }
    }
  }
  // Keys number chairs and delegation heads separately, in document order.
  let chair = 0;
  let head = 0;
  return found.map((fact) => {
    const isHead = fact.roles.length === 1 && fact.roles[0] === 'head of delegation';
    return { ...fact, key: isHead ? `delegation-head-${++head}` : `chair-${++chair}` };
  });
}
