/**
 * A seeded generator of documents shaped like a Co-Chairs' summary: title, Roman-numbered
 * sections, a meeting paragraph (date, ordinal, format, participation), chairs, agenda
 * items, panels with panellists from organizations that recur across documents,
 * anonymous speakers, survey figures and observations. Same seed, same corpus.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['smuggling of migrants', 'trafficking in persons', 'firearms', 'transnational organized crime'];
const WORKING_GROUPS = [
  'Working Group on the Smuggling of Migrants',
  'Working Group on Trafficking in Persons',
  'Working Group on Firearms',
];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FORMATS = ['in a hybrid format combining online and in-person participation', 'in person', 'online'];
const ORG_HEADS = [
  'Centre',
  'Network',
  'Institute',
  'Alliance',
  'Foundation',
  'Coalition',
  'Initiative',
  'Council',
  'Observatory',
  'Trust',
];
const ORG_TOPICS = [
  'Migrant Rights',
  'Human Mobility',
  'Justice and Accountability',
  'Maritime Safety',
  'Refugee Protection',
  'Border Studies',
  'Legal Aid',
  'Community Resilience',
  'Labour Migration',
  'Victim Support',
  'Crime Prevention',
  'Civic Action',
];
const ORG_PLACES = [
  'East Africa',
  'the Sahel',
  'the Mediterranean',
  'Latin America',
  'South-East Asia',
  'the Balkans',
  'West Africa',
  'the Caribbean',
  'Central Asia',
  'the Pacific',
];
const FIRST_NAMES = ['Amara', 'Lucas', 'Sofia', 'Kofi', 'Mei', 'Ivan', 'Leila', 'Tomas', 'Nadia', 'Rahul', 'Elena', 'Jonas'];
const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Moreau',
  'Tanaka',
  'Novak',
  'Silva',
  'Mensah',
  'Kowalski',
  'Rossi',
  'Petrov',
  'Costa',
];
const CLAIMS = [
  'stressed the importance of the non-liability principle for smuggled migrants',
  'highlighted corruption at borders as an essential element of the crime',
  'noted that violence and economic reasons drive people to leave their homes',
  'called for international cooperation and capacity-building for law enforcement',
  'underlined the need for a victim-centred approach and access to legal assistance',
  'described search and rescue operations at sea carried out by civil society',
  'recommended awareness-raising campaigns tailored to people on the move',
  'stressed that regular pathways reduce the demand for smugglers',
  'noted that conflict and persecution force families to flee',
  'underlined the role of trust-building between migrants and authorities',
];
const ACTIONS = [
  'not hold smuggled migrants liable for the fact of having been smuggled (non-liability principle)',
  'invest in capacity-building for frontline responders to identify victims of crime',
  'develop awareness-raising campaigns together with non-governmental stakeholders',
  'focus more attention on financial transactions related to the crime',
  'expand regular pathways for migration and address the root causes of migration',
  'strengthen international cooperation in investigations',
];

export interface OrganizationSpec {
  name: string;
  acronym: string;
}

/** Organizations reused across documents, so resolution meets the same node from many texts. */
export function organizationPool(size: number, rand: () => number): OrganizationSpec[] {
  const out: OrganizationSpec[] = [];
  const seen = new Set<string>();
  while (out.length < size) {
    const name = `${pick(ORG_TOPICS, rand)} ${pick(ORG_HEADS, rand)} for ${pick(ORG_PLACES, rand)}`.replace(' for the ', ' for the ');
    const fullName = out.length % 3 === 0 ? `${name} ${out.length}` : name;
    if (seen.has(fullName)) continue;
    seen.add(fullName);
    const acronym =
      fullName
        .split(/\s+/)
        .filter((w) => /^[A-Z0-9]/.test(w))
        .map((w) => w[0])
        .join('') + String(out.length);
    out.push({ name: fullName, acronym });
  }
  return out;
}

export function generateDocument(
  index: number,
  pool: OrganizationSpec[],
  rand: () => number,
  opts: { panels?: number; panellists?: number } = {},
): string {
  const subject = pick(SUBJECTS, rand);
  const wg = pick(WORKING_GROUPS, rand);
  const year = 2020 + (index % 12);
  const month = pick(MONTHS, rand);
  const day = 1 + Math.floor(rand() * 27);
  const ordinal = 1 + Math.floor(rand() * 11);
  const session = 5 + Math.floor(rand() * 7);
  const chairs = [person(rand), person(rand)];
  const panels = opts.panels ?? 2;
  const perPanel = opts.panellists ?? 4;
  const lines: string[] = [];
  let n = 0;
  const para = (text: string) => lines.push(`${++n}. ${text}`, '');

  lines.push(
    `# **Constructive dialogue number ${index} on the ${subject} following the ${ORDINALS[session - 1]} session of the ${wg}**`,
    '',
    'Summary by the Co-Chairs',
    '',
  );
  lines.push('## **I. Introduction**', '');
  para(
    `The ${ORDINALS[ordinal - 1]} constructive dialogue on the ${subject} took place on ${day} ${month} ${year}, ${pick(FORMATS, rand)}, after the conclusion of the ${ORDINALS[session - 1]} session of the ${wg}. It was chaired by the Co-Chairs of the Working Group, ${chairs[0]!.title} ${chairs[0]!.name}, Director at the Ministry of Justice, and ${chairs[1]!.title} ${chairs[1]!.name}, Prosecutor at the Office of the Prosecutor General. ${capitalise(words(10 + Math.floor(rand() * 40)))} non-governmental organizations and ${words(2 + Math.floor(rand() * 4))} other relevant stakeholders participated in the constructive dialogue, in addition to ${words(20 + Math.floor(rand() * 40))} Member States.`,
  );
  lines.push('## **II. Briefing on the review process**', '');
  para(
    'Under agenda item 2, the secretariat shared an overview of the status of the review process and of the support provided by the United Nations Office on Drugs and Crime (UNODC).',
  );
  lines.push('## **III. Panel discussions**', '');
  para(`Under agenda item 3, ${words(panels)} panel discussions addressed the topics of the session.`);
  for (let p = 1; p <= panels; p++) {
    para(`The ${ORDINALS[p - 1]} panel discussed ${pick(CLAIMS, rand).replace(/^\w+ /, '')}.`);
    for (let k = 1; k <= perPanel; k++) {
      const org = pool[Math.floor(rand() * pool.length)]!;
      const pronoun = rand() < 0.5 ? 'She' : 'He';
      const stat =
        rand() < 0.4 ? ` ${pronoun} reported that ${1 + Math.floor(rand() * 98)}% of interviewees had used the services of smugglers.` : '';
      para(
        `The ${k === 1 ? `${ORDINALS[k - 1]} panellist, from the` : 'panellist from the'} ${org.name} (${org.acronym}), ${pick(CLAIMS, rand)}.${stat} ${pronoun} ${pick(CLAIMS, rand)}.`,
      );
    }
    para(`Several speakers ${pick(CLAIMS, rand)}. One speaker ${pick(CLAIMS, rand)}.`);
  }
  lines.push('## **IV. Observations by the Co-Chairs based on the discussions held during the constructive dialogue**', '');
  para('Based on the discussions held during the constructive dialogue, the Co-Chairs have identified the following observations:');
  const obs = 3 + Math.floor(rand() * 4);
  for (let o = 0; o < obs; o++) para(`States parties should ${pick(ACTIONS, rand)}.`);
  return lines.join('\n');
}

function person(rand: () => number) {
  const female = rand() < 0.5;
  return { title: female ? 'Ms.' : 'Mr.', name: `${pick(FIRST_NAMES, rand)} ${pick(LAST_NAMES, rand)}` };
}

function words(n: number): string {
  if (n < 21) return NUMBER_WORDS[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  const unit = n % 10;
  const w = unit === 0 ? tens : `${tens}-${NUMBER_WORDS[unit]}`;
  return w;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)]!;
}
