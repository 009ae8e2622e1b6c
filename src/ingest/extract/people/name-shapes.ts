/**
 * What a person's name and a job title look like in UN records, without a list of people:
 * a name is two to six capitalised words (particles such as "de", "van", "bin" inside, hyphens
 * inside words: "Asante-Mensah", "Mei-Lin"); a job title opens on a word of a small, general
 * lexicon of posts ("Minister", "Director", "Special Rapporteur", "co-founder"). Names of
 * organizations ("… Council", "… Network") and of States are told apart by their head words
 * and by the State gazetteer, so neither is taken for a person.
 */

/** Lower-case particles allowed inside a person's name when a capitalised word follows. */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'y',
  'e',
]);

/**
 * Words that make a capitalised run the name of an organization, a place, a document or a
 * group rather than of a person. General head nouns of institutional names, not names.
 */
const NOT_IN_PERSON_NAME = new Set(
  (
    'Organization Organisation Council Commission Committee Office Fund Network International Federation Alliance Centre Center ' +
    'University Institute Institution Ministry Association Union Group Bank Programme Program Platform Foundation Society Coalition ' +
    'Forum Agency Department Court Republic Kingdom States State Nations United Government Parliament Assembly Secretariat Mission ' +
    'Conference Convention Protocol Declaration Covenant Charter Act Law Code Report Resolution Decision Session Meeting Panel ' +
    'Working Division Unit Section Service Directorate Authority Board Trust Initiative Project Campaign Movement Watch Rights Human ' +
    'Inc Ltd LLC Europe European African Asian Arab American Pacific Caribbean Latin Islamic Nordic Baltic Global World National ' +
    'Regional Federal Women Children Youth Migrants Refugees Police Prosecution Tribunal Ombudsman Ombudsperson Defensoría Commissioner ' +
    'Minister President Chair Director Rapporteur Ambassador Representative Secretary Head Deputy Special Agenda Item Annex Part Chapter ' +
    'Also At In On During The This That These Those It He She They We Its His Her Their Several Some Many One Two Three Four Five Six ' +
    'Opening Closing Speaking Returning Briefing According Statements Questions Observers Representatives Delegations Participants ' +
    'With From For After Before Under Between Among Through Without Within Upon Following Acting Moderating Taking Referring Responding ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    // the same head nouns in the other languages NGOs name themselves in
    'Asociación Associação Associazione Fundación Fundação Fondation Fondazione Société Sociedad Sociedade Instituto Institut ' +
    'Centro Comité Comisión Comissão Coordinadora Colectivo Corporación Federación Confederación Observatorio Red Rede Réseau'
  ).split(' '),
);

/** Words a job title opens on (after "the", "a", "its"), lower-cased. */
const POSITION_HEADS = new Set(
  (
    'minister deputy vice-minister secretary under-secretary undersecretary state ambassador permanent representative president ' +
    'vice-president chair chairperson chairman chairwoman co-chair vice-chair head director director-general executive special ' +
    'rapporteur envoy independent expert member professor lecturer researcher senior chief officer adviser advisor counsellor ' +
    'counselor councillor councilor coordinator commissioner high judge prosecutor attorney lawyer founder co-founder manager ombudsman ombudsperson ' +
    'spokesperson consul delegate fellow associate assistant governor mayor senator activist journalist editor programme program ' +
    'legal policy principal acting first second third former regional national general vice'
  ).split(' '),
);

/**
 * Nouns that end a job title ("Crime Prevention and Criminal Justice Officer"): a run ending on one is a post.
 * Professions too ("Senior Water and Habitat Engineer at …"): panels bring in technical experts.
 */
const POSITION_NOUNS =
  /\b(?:Minister|Ambassador|Representative|President|Chair(?:person|man|woman)?|Co-Chair|Vice-Chair|Head|Director(?:-General)?|Rapporteur|Envoy|Expert|Member|Professor|Lecturer|[Rr]esearcher|Officer|Advis[eo]r|Couns[ae]llor|Counselor|Councilor|Coordinator|Commissioner|Judge|Prosecutor|Attorney|Lawyer|[Ff]ounder|[Cc]o-founder|Manager|Ombuds(?:man|person)|Spokesperson|Consul|Delegate|Fellow|Secretary|Undersecretary|Plenipotentiary|Governor|Mayor|Senator|[Aa]ctivist|[Jj]ournalist|Editor|Analyst|Specialist|Attaché|Chargé|Councillor|Engineer|Economist|Scientist|Consultant|Inspector|Investigator|Physician|Psychologist|Sociologist|Anthropologist|Statistician|Architect|Planner|Educator|Trainer|Auditor|Historian|Chief|Comptroller|Superintendent|Registrar|Magistrate|Counsel|Presenter|Broadcaster|Reporter|Correspondent|Organi[sz]er|Paralegal|Defender)s?(?![\p{L}\p{N}])/iu;

/** Trades written in lower case that describe a person ("a community health worker", "a social worker"); "Workers" capitalised names a group. */
const LOWER_CASE_TRADES = /\b(?:health|social|community|aid|youth|field|care)\s+workers?\b/;

const WORD = /^(?:\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-‐]\p{Lu}?[\p{Ll}\p{M}'’]+)*|\p{Lu}\.)$/u;

export function isNameWord(word: string): boolean {
  return WORD.test(word) && !NOT_IN_PERSON_NAME.has(word.replace(/[.'’]+$/, ''));
}

export interface NameRun {
  name: string;
  start: number;
  end: number;
}

/**
 * A person's name written without an honorific, starting at `pos` (spaces skipped): two to six
 * name words, particles allowed inside. `isState` rejects "North Macedonia", "Costa Rica".
 */
export function readBareName(text: string, pos: number, isState: (s: string) => boolean = () => false): NameRun | null {
  let i = pos;
  while (text[i] === ' ') i++;
  const start = i;
  const re = /[^\s,;:()]+/y;
  let words = 0;
  let end = start;
  let cursor = start;
  let pendingParticle = false;
  while (words < 7) {
    re.lastIndex = cursor;
    const m = re.exec(text);
    if (!m) break;
    const raw = m[0].replace(/[.”"’]+$/, (x) => (/^\p{Lu}\.$/u.test(m[0]) ? x : ''));
    if (PARTICLES.has(raw) && words > 0) {
      pendingParticle = true;
    } else if (isNameWord(raw) || (words > 0 && /^\p{Lu}\.$/u.test(raw))) {
      words++;
      end = m.index + raw.length;
      pendingParticle = false;
    } else break;
    const after = m.index + m[0].length;
    if (raw.length !== m[0].length || text[after] !== ' ') break;
    cursor = after + 1;
  }
  void pendingParticle;
  if (words < 2 || words > 6) return null;
  const name = text.slice(start, end);
  if (isState(name)) return null;
  // an honorific abbreviation is not a first name
  if (/^(?:Mr|Ms|Mrs|Dr|Prof|Mme|H\.E)\b/.test(name)) return null;
  return { name, start, end };
}

/**
 * What an indefinite apposition says of a person: ", a presenter with Radio X", ", an elderly
 * woman accused of …", ", a 19-year-old student": a post, or a noun for a person after at most
 * two modifiers. Said of a capitalised run right before it, it vouches that the run is a name.
 */
const PERSON_NOUN =
  /^(?:[\p{L}\d-]+\s+){0,3}?(?:woman|man|girl|boy|widow|widower|mother|father|grandmother|grandfather|resident|farmer|herder|fisherman|fisher|trader|student|pupil|teacher|nurse|midwife|pastor|priest|imam|defender|blogger|teenager|youth|worker|vendor|villager|elder|survivor|lawyer|activist|journalist|pharmacist|doctor|physician|refugee|migrant|victim|prisoner|detainee|carer|caregiver|volunteer|nun|monk)\b/u;

export function isPersonApposition(tail: string): boolean {
  const m = /^,\s+(?:a|an)\s+([^,;()]+)/.exec(tail);
  if (!m) return false;
  const phrase = m[1] as string;
  return PERSON_NOUN.test(phrase) || isPositionPhrase(phrase);
}

/** "Policy Lead", "Senior Research Lead": "Lead" as a post noun, only capitalised and after a capitalised word. */
const LEAD_POST = /^(?:\p{Lu}[\p{L}-]*\s+)+Lead$/u;

const POST_OFFICE = /\p{L}['’]s\s+(?:Office|Service|Department|Bureau|Secretariat|Chambers)(?:\s*\([^)]*\))?$/u;

/** A post written as a capitalised run ("Senior Adviser", "Executive Director"): it opens on a post word and ends on a post noun. */
export function isPostRun(run: string): boolean {
  const words = run.trim().split(/\s+/);
  return words.length >= 2 && POSITION_HEADS.has((words[0] as string).toLowerCase()) && POSITION_NOUNS.test(words[words.length - 1] as string);
}

/** Whether a phrase reads as a job title: it opens on a post word or ends its head on a post noun. */
export function isPositionPhrase(phrase: string): boolean {
  const p = phrase.trim().replace(/^(?:the|a|an|its|their|his|her)\s+/i, '');
  // "Director-General, Multilateral Policy …": the post word before its comma
  const first =
    p
      .split(/\s+/)[0]
      ?.toLowerCase()
      .replace(/[,;:]+$/, '') ?? '';
  if (!first) return false;
  const head = p.split(/\s+(?:of|at|with|on|for|to|in)\s+/)[0] ?? p;
  // "National Prosecutor's Office", "the Ombudsman's Office": a post's office is an organization
  if (POST_OFFICE.test(head.split(/,\s/)[0] ?? head)) return false;
  if (POSITION_HEADS.has(first) && POSITION_NOUNS.test(head)) return true;
  // "Policy Lead", "Programme Lead": a capitalised "Lead" ending a capitalised run (lower-case "lead" is a verb)
  if (LEAD_POST.test(head) && head.split(/\s+/).length <= 4) return true;
  if (POSITION_NOUNS.test(head) && head.split(/\s+/).length <= 8) return true;
  if (LOWER_CASE_TRADES.test(head) && head.split(/\s+/).length <= 6) return true;
  // "Investigative Editor, Organized Crime and Corruption Reporting Project": a post before the first comma
  const beforeComma = head.split(/,\s/)[0] ?? head;
  return beforeComma !== head && (POSITION_NOUNS.test(beforeComma) || LEAD_POST.test(beforeComma)) && beforeComma.split(/\s+/).length <= 4;
}

/** Nouns of an organization's internal units: "Head of the Coordination Unit of the Platform …". */
export const SUB_UNIT =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+(?:and\s+)?){0,6}(?:Unit|Division|Section|Department|Service|Branch|Directorate|Office|Programme|Team|Desk)\s+(?:of|at)\s+/u;
