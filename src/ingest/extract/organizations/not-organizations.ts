/**
 * Names that have an organization's shape but are something else. UN records name many
 * things with capitals: a post ("Minister for Foreign Affairs", "Ambassador and Permanent
 * Representative of Lithuania to the United Nations Office at Geneva"), a speakers' caption
 * ("Representatives of States Members of the Council", "Observers for non-governmental
 * organizations"), a meeting ("Universal Periodic Review", "the fourteenth session"), a
 * programme or project. None of them is an organization, whatever finder proposes it.
 */

/** Words that head a post, not a body: "Minister for …", "Permanent Representative of …". */
const POST_HEADS = new Set([
  'ambassador',
  'minister',
  'vice-minister',
  'deputy-minister',
  'secretary',
  'secretary-general',
  'under-secretary-general',
  'assistant',
  'deputy',
  'director',
  'director-general',
  'head',
  'chief',
  'chair',
  'chairperson',
  'chairman',
  'chairwoman',
  'president',
  'vice-president',
  'vice-chair',
  'rapporteur',
  'representative',
  'permanent',
  'counsellor',
  'counselor',
  'adviser',
  'advisor',
  'coordinator',
  'officer',
  'prosecutor',
  'judge',
  'professor',
  'researcher',
  'spokesperson',
  'high',
  'special',
  'independent',
  'member',
  'members',
  'undersecretary',
  'state',
]);

/** What a post's title may say after its head before the body or State it serves: "of", "for", "to", "at". */
const POST_LINKS =
  /^(?:of|for|to|at|on|in|and|general|minister|secretary|representative|rapporteur|expert|commissioner|plenipotentiary|envoy|adviser|advisor|director|officer|deputy|chief|head|assistant)$/i;

/**
 * Bodies whose head is also a post word: "High Commissioner" is a post but "Office of the High
 * Commissioner" a body; "Special Rapporteur on …" is a mandate holder (a person), never an
 * organization; "Commissioner for Human Rights of the Council of Europe" is an institution the
 * CoE lists as a stakeholder, so a name with a body noun anywhere is not a post.
 */
const BODY_NOUN =
  /\b(?:Office|Organi[sz]ation|Association|Foundation|Institute|Centre|Center|Council|Commission|Committee|Agency|Ministry|Network|Coalition|Alliance|Federation|Union|Society|Trust|Fund|Initiative|Movement|League|Bank|University|Court|Directorate|Department|Division|Service|Secretariat|Mission|Authority|Ombudsman|Ombudsperson|Platform|Group|Board|Bureau|Unit|Institution|Agency)\b/;

/** A job title: a post word first, then only post words and links up to the first "of/to/for/at". */
export function isPostTitle(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (!POST_HEADS.has(first)) return false;
  // "Special Rapporteur on …", "Minister for Foreign Affairs", "Permanent Representative of X to Y"
  const headWords = [];
  for (const w of words) {
    if (/^(?:of|to|for|at|on|in)$/i.test(w)) break;
    headWords.push(w);
  }
  if (headWords.some((w) => BODY_NOUN.test(w))) return false;
  return headWords.every((w) => POST_HEADS.has(w.toLowerCase()) || POST_LINKS.test(w));
}

/**
 * A speakers' list caption: who speaks, grouped ("Representatives of States Members of the
 * Council", "Observers for non-governmental organizations", "Sponsor States of Council
 * decision 13/117", "States Members of the Council", "Representatives of the following
 * observer States"). The caption names a group of speakers, never one organization.
 */
const CAPTION =
  /^(?:the\s+)?(?:States?\s+of\b|(?:Representatives?|Observers?|Delegations?|Members?|Sponsors?)\s+(?:of|for|from)\b|(?:Sponsor|Observer|Member|Non-member)\s+States?\b|States?\s+(?:Members?|Parties)\b|(?:Other\s+)?(?:Non-governmental|Intergovernmental)\s+organi[sz]ations?$|National\s+human\s+rights\s+institutions?$|United\s+Nations\s+(?:entities|agencies|bodies)$)/i;

export function isCaption(name: string): boolean {
  return CAPTION.test(name.trim());
}

/**
 * A meeting, session or process rather than a body: "Universal Periodic Review", "High-level
 * Segment", "Interactive Dialogue", "Third Committee session". Read from the name's last word.
 */
const MEETING_LAST =
  /^(?:Review|Session|Sessions|Meeting|Meetings|Dialogue|Dialogues|Debate|Summit|Segment|Consultation|Consultations|Hearing|Retreat|Workshop|Seminar|Webinar|Event|Panel|Day|Week|Year|Decade|Process)$/;

/** A programme or project: "Global Maritime Crime Programme" is one, the "United Nations Development Programme" an agency (known from the vocabulary). */
const PROJECT_LAST = /^(?:Project|Projects|Campaign|Scheme|Programme|Program)$/;

export function isMeetingOrProject(name: string): boolean {
  // The head is the last word before the first preposition: "Regional Support Office of the
  // Bali Process" is an office, "Universal Periodic Review of Slovenia" a review.
  const words = name.trim().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|on|against|to|in|at|by)$/.test(w));
  const head = words[(cut < 0 ? words.length : cut) - 1] ?? '';
  return MEETING_LAST.test(head) || PROJECT_LAST.test(head);
}

/** A body's head noun alone ("the Commission", "the Association") refers back to a name; it is not one. */
const LONE_HEAD =
  /^(?:Organi[sz]ation|Association|Foundation|Institute|Centre|Center|Council|Commission|Committee|Agency|Office|Ministry|Network|Coalition|Alliance|Federation|Union|Society|Trust|Fund|Initiative|Movement|League|Forum|Bank|University|Court|Directorate|Department|Secretariat|Service|Platform|Group|Board|Authority|Mission|Government|Parliament|Assembly)$/;

/**
 * A deputy of an office-holder is a post, not a second institution: "a Deputy Ombudsman for
 * children's rights", "the Vice-Commissioner", "Acting Ombudsperson". The office-holder nouns
 * are body nouns when they stand alone ("Human Rights Ombudsman" is the institution), so a rank
 * word in front is what makes the difference; "Deputy Ombudsman's Office" stays a body.
 */
const RANKED_HOLDER =
  /^(?:the\s+)?(?:Deputy|Vice|Assistant|Acting|Associate)[\s-]+(?:Ombudsman|Ombudsperson|Ombud|Commissioner|Defender)$/i;

/**
 * One word, then "to the" and another name: "guidance given by the Conference to the Group" joins
 * two bodies by the verb's preposition ("Permanent Mission of X to the United Nations" has more
 * before its "to").
 */
const TWO_BODIES = /^(?:the\s+)?\p{Lu}[\p{L}-]+\s+to\s+the\s+\p{Lu}/u;

/** Anything above: a post, a caption, a meeting or a project, two bodies joined by "to", or a head noun alone. */
export function isNotABody(name: string): boolean {
  const trimmed = name.trim();
  return (
    LONE_HEAD.test(trimmed) ||
    RANKED_HOLDER.test(trimmed) ||
    TWO_BODIES.test(trimmed) ||
    isPostTitle(name) ||
    isCaption(name) ||
    isMeetingOrProject(name)
  );
}

/**
 * A name as UN records print one, in any language: it opens with a capital (or a digit, as in
 * "19 Million Project") and most of its longer words are capitalised, so a lowercase phrase
 * ("non-governmental organizations (NGOs)", "gender-based violence (GBV)") is a term, not a name.
 * Short words (of, en, de, für, la) may be lowercase in any language; scripts without case
 * (Arabic, Chinese, Devanagari…) count as capitalised.
 */
/**
 * Head nouns that open a name in languages that write the rest in lowercase: "Association d'aide
 * aux victimes …", "Fundación …", "Instituto para …", "Red de …", "Verein für …".
 */
const HEAD_FIRST =
  /^(?:Association|Asociaci[oó]n|Associa[cç][aã]o|Associazione|Fundaci[oó]n|Funda[cç][aã]o|Fondation|Fondazione|Stiftung|Instituto|Institut|Istituto|Centre|Centro|Comit[eé]|Comisi[oó]n|Commission|Comiss[aã]o|Red|R[eé]seau|Rede|Federaci[oó]n|F[eé]d[eé]ration|Uni[oó]n|Organisation|Organizaci[oó]n|Collectif|Colectivo|Coletivo|Verein|Verband|Defensor[ií]a|Ministerio|Minist[eè]re|Coordinadora|Movimiento|Mouvement|Observatorio|Observatoire|Sociedad|Soci[eé]t[eé]|Conseil|Consejo|Coalition|Coalici[oó]n|Alianza|Alian[cç]a|Ligue|Liga|Plateforme|Plataforma|Syndicat|Sindicato)$/u;

export function looksLikeName(name: string): boolean {
  const words = name
    .trim()
    .split(/[\s\u2013\u2014]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || !/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(words[0]!)) return false;
  if (HEAD_FIRST.test(words[0]!)) return true;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  if (long.length === 0) return true;
  const capitalised = long.filter((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w)).length;
  return capitalised * 2 > long.length;
}

/**
 * The part of a capitalised run that names the body, when the run opens with a post or a
 * person: "Legal Adviser of the West African Network …" → "West African Network …", "Deputy
 * Director-General of the International Labour Organization" → "International Labour
 * Organization", "Ms. Ana Ruiz of the Harbour Trust" → "Harbour Trust". Returns the offset (in
 * `name`) where the body's name starts, 0 when the run is a body already, or -1 when no body
 * remains ("Permanent Representative of Portugal": a post and a State).
 */
const UNIT_OF_BODY = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Unit|Section|Division|Branch)\s+of\s+the\s+(?=\p{Lu})/u;

export function bodyStart(name: string, before: string, isPlace: (name: string) => boolean): number {
  // "Portugal to the United Nations Office": a State's mission named after the State.
  if (startsWithPlace(name, isPlace)) return -1;
  // "Unit of the Ministry of X" (a unit's own words lost, "Indigenous Peoples' Unit of …"): a
  // sub-unit's head word alone names no body; the body it belongs to is named after it
  // ("Indigenous Peoples' Unit of the Ministry of X" read whole: the unit stays where its own name is given)
  const unit = UNIT_OF_BODY.exec(name);
  if (unit) return unit[0].length;
  // "Speaking for the Ombudsman of Georgia, …": a sentence's opening participle is not the body's name
  const opener =
    /^(?:Speaking|Responding|Replying|Intervening|Writing|Reporting)\s+(?:also\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?=\p{Lu})/u.exec(
      name,
    );
  if (opener) return opener[0].length;
  const link = /\s+(?:of|at|to|with|from)\s+(?:the\s+)?/g;
  for (let m = link.exec(name); m !== null; m = link.exec(name)) {
    const head = name.slice(0, m.index);
    const rest = name.slice(m.index + m[0].length);
    const post = isPostRun(head);
    const person = !post && personBefore(head, before);
    if (!post && !person) return 0;
    if (rest === '' || isPlace(rest) || startsWithPlace(rest, isPlace)) return -1;
    // "Director of the X Unit of the Ministry of Y": past the post; a unit named in its own words
    // stays, and is parted from its body later (organizations.ts, unitOfParent); a bare "Unit of the" goes
    return m.index + m[0].length + (/^(?:Unit|Section|Division|Branch)\s/.test(rest) ? (UNIT_OF_BODY.exec(rest)?.[0].length ?? 0) : 0);
  }
  return isPostRun(name) ? -1 : 0;
}

/** Words of a post, possibly ordinal or qualified: "Second Vice-Chair", "Executive Secretary", "Ambassador and Permanent Representative". */
function isPostRun(head: string): boolean {
  const words = head.split(/\s+/);
  if (words.length === 0 || words.length > 6 || words.some((w) => BODY_NOUN.test(w))) return false;
  const posts = words.filter((w) => POST_HEADS.has(w.toLowerCase()) || /^(?:Vice|Deputy|Co)-\p{Lu}/u.test(w) || POST_TAILS.test(w));
  return posts.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || w === 'and');
}

const POST_TAILS =
  /^(?:Adviser|Advisor|Secretary|Officer|Chair|Director|Director-General|Manager|Coordinator|Counsel|Analyst|Lawyer|Attorney|Specialist|Consultant|Expert|Founder|Co-founder|Programme|Executive|Legal|Senior|Junior|Policy|Second|First|Third|Vice-Chair|Vice-President|Minister|Envoy)$/;

/**
 * A person's name before "of": two to four capitalised words, none a body word, after an
 * honorific ("Ms. Ana Ruiz of …"), or, without one, two or three plain name-shaped words that
 * open a clause or follow "and"/"by"/"with" ("…; Ana Ruiz of the Harbour Trust said …").
 */
function personBefore(head: string, before: string): boolean {
  const words = head.split(/\s+/);
  const nameShaped =
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}/u.test(w) && !BODY_NOUN.test(w) && !POST_HEADS.has(w.toLowerCase()));
  if (!nameShaped) return false;
  if (/\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Mme|M|Sir|Dame|H\.E)\.?\s*$/.test(before)) return true;
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !NAME_LEAD.test(w)) &&
    /(?:^|[.;:,]\s*|\b(?:and|by|with)\s+)$/.test(before)
  );
}

/** Capitalised words that open names of bodies, not of people: "Friends of …", "Doctors of …". */
const NAME_LEAD =
  /^(?:Friends|Doctors|Lawyers|Sisters|Brothers|Daughters|Sons|Mothers|Fathers|Women|Men|Children|Youth|Survivors|Families|Citizens|Members|People|Peoples|Voices|Rights|Human|National|International|Global|Regional|World|European|African|Asian|Arab|American|United|Central|Federal|Public|Open|Free|Save)$/;

function startsWithPlace(rest: string, isPlace: (name: string) => boolean): boolean {
  const words = rest.split(/\s+/);
  for (let n = Math.min(6, words.length); n > 0; n--) {
    if (isPlace(words.slice(0, n).join(' ')) && /^(?:to|in|at|and|,)?$/.test(words[n] ?? '')) return true;
  }
  return false;
}

const ROOM_HEAD =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Room|Hall|Auditorium|Lounge)(?:\s+(?:[IVXLC]+|\d+[A-Z]?))?(?:\s+(?:of|at|in)\s|$)/u;

/** A place where a meeting is held, not a participant: "took place at the X", "held in Conference Room 3 of the X". */
export function isVenue(name: string, before: string): boolean {
  return (
    /^(?:Conference\s+Room|Room|Hall|Palais|Building)\b/.test(name) ||
    // "the Board Room of the Vienna International Centre", "Plenary Hall at …": a room by its head noun
    ROOM_HEAD.test(name) ||
    /\b(?:took\s+place|held|convened|met|hosted|organized|organised)\s+(?:at|in)\s+(?:the\s+)?$/i.test(before)
  );
}

/**
 * The length of the name without a seat appended to it: "World Health Organization in Geneva"
 * → "World Health Organization" (a city after a complete body name says where it sits), nor a
 * post after a dash.
 */
export function withoutSeat(name: string, isPlace: (name: string) => boolean): number {
  // "… Migrante and Dr": a title that opens the next person's name is not part of this one.
  const honorific = /\s+(?:and|or)\s+(?:Mr|Ms|Mrs|Dr|Prof|Professor|Mme|H\.E)\.?$/.exec(name);
  if (honorific) return honorific.index;
  // "Ministry of Justice – Deputy Head of Delegation": after a dash, a post is the person's
  // role in the meeting, not the rest of the body's name ("Article 19 – The International Centre …" stays).
  const dash = /\s+[–—-]\s+(?=\S)/.exec(name);
  if (dash && dash.index > 0 && isPostTitle(name.slice(dash.index + dash[0].length))) return dash.index;
  const m = /\s+in\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  // "Migrant Forum in Asia": a region in a name says where it works, and stays.
  if (!m || isPlace(m[1]!)) return name.length;
  const words = name.slice(0, m.index).split(/\s+/);
  return LONE_HEAD.test(words[words.length - 1] ?? '') ? m.index : name.length;
}

/**
 * Whether an acronym spells the initials of a name's content words ("ОЗМ" for "Общества
 * защиты мигрантов", "CSC" for "Coastal Shelter Collective"): then a name written in sentence
 * case, as many languages write names, is still a name.
 */
export function spellsInitials(acronym: string, name: string): boolean {
  const letters = [...acronym.replace(/[^\p{L}]/gu, '').toLocaleUpperCase()];
  const initials = name
    .split(/[\s\u2013\u2014-]+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => [...w].length > 2)
    .map((w) => [...w][0]!.toLocaleUpperCase());
  return letters.length >= 2 && letters.join('') === initials.join('');
}
