/**
 * What kind of organization a name denotes, from the words of the name alone. Strong cues
 * (a joint submission, an ombudsman, a "United Nations …" body) outrank an endnote's generic
 * "Civil society" heading; weak cues (University → academia, Ministry → government) only
 * apply when nothing better is known. See `organizations.ts` for the full order.
 */
import type { OrganizationKind } from './facts.js';

export interface NameCue {
  kind: OrganizationKind;
  strong: boolean;
}

const STRONG: [RegExp, OrganizationKind][] = [
  [/^Joint [Ss]ubmission\b/, 'joint-submission'],
  [
    /\b(?:Ombudsman|Ombudsperson|Ombud|Defensor[ií]a del Pueblo|Public Defender|Defender of Rights|National Human Rights (?:Commission|Institution|Council|Centre)|Human Rights Commission of)\b/,
    'nhri',
  ],
  [/^(?:Office of the )?(?:United Nations|UN)\b/, 'un-entity'],
  [/^(?:Special Rapporteur|Independent Expert)\b/, 'un-entity'],
];

const WEAK: [RegExp, OrganizationKind][] = [
  [
    /^European (?:Union|Commission|Committee|Court|Parliament|Agency|Public Prosecutor|Border|Asylum|Ombudsman|Investment Bank|Central Bank|Council|Police)\b/,
    'igo',
  ],
  [
    /\b(?:of the (?:Council of Europe|European Union|African Union|Organi[sz]ation for Security and Co-operation in Europe|Organi[sz]ation of American States))$/,
    'igo',
  ],
  [
    /^(?:Council of Europe|African Union|Organi[sz]ation (?:for Security|of American States|of Islamic Cooperation)|Inter-American|Intergovernmental)\b/,
    'igo',
  ],
  [
    /\b(?:Ministry|Ministries|Minist[eè]re|Ministerio|Office of the (?:Public )?Prosecutor|Public Prosecutor|Prosecutor(?:'s|’s)? Office|Prosecution Service|Police|Coast Guard|Border Guard|Government Office|Directorate|Department of|Constitutional Court|Supreme Court|National Assembly|Parliament)\b/,
    'government',
  ],
  [
    /\b(?:University|Universit[éàa]|Universidad|College|Academy|Institute|Institut|Centre for the Study|Center for the Study|School of|Faculty of|Research|Studies|Observatory)\b/,
    'academia',
  ],
  [/\b(?:Company|Ltd|Limited|Inc|Incorporated|Corporation|Corp|LLC|PLC|GmbH|S\.A|AG|Holdings)\b\.?$/, 'private-sector'],
];

export function kindFromName(name: string, acronym: string | null = null): NameCue | null {
  for (const [re, kind] of STRONG) if (re.test(name)) return { kind, strong: true };
  if (acronym && /^UN[A-Z-]{2,}/.test(acronym)) return { kind: 'un-entity', strong: true };
  for (const [re, kind] of WEAK) if (re.test(name)) return { kind, strong: false };
  return null;
}
