/**
 * Instruments UN migration and human rights texts cite by short names or acronyms, with their
 * canonical full names, so "the Smuggling of Migrants Protocol" and "the Protocol against the
 * Smuggling of Migrants by Land, Sea and Air" meet on one node. Unknown instruments are still
 * found by pattern (instruments.ts); this list only canonicalises. It lives in code because
 * `extractInstruments(doc)` takes no vocabulary; it could move to seeds/vocabularies/ if
 * `Vocabularies` grows an `instruments` list.
 */
import type { InstrumentFact } from './facts.js';

export interface CatalogueEntry {
  name: string;
  kind: InstrumentFact['kind'];
  year: number;
  aliases: string[];
}

const E = (name: string, kind: InstrumentFact['kind'], year: number, aliases: string[] = []): CatalogueEntry => ({
  name,
  kind,
  year,
  aliases,
});

export const INSTRUMENT_CATALOGUE: CatalogueEntry[] = [
  E('United Nations Convention against Transnational Organized Crime', 'convention', 2000, [
    'Organized Crime Convention',
    'Organised Crime Convention',
    'Convention against Transnational Organized Crime',
    'United Nations Convention against Transnational Organised Crime',
    'UNTOC',
    'Palermo Convention',
  ]),
  E('Protocol against the Smuggling of Migrants by Land, Sea and Air', 'protocol', 2000, [
    'Smuggling of Migrants Protocol',
    'Migrant Smuggling Protocol',
    'Protocol against the Smuggling of Migrants',
  ]),
  E('Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', 'protocol', 2000, [
    'Trafficking in Persons Protocol',
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons',
  ]),
  E(
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    'protocol',
    2001,
    ['Firearms Protocol'],
  ),
  E('United Nations Convention against Corruption', 'convention', 2003, ['UNCAC', 'Convention against Corruption']),
  E('Convention relating to the Status of Refugees', 'convention', 1951, ['Refugee Convention', '1951 Refugee Convention']),
  E('Protocol relating to the Status of Refugees', 'protocol', 1967, ['1967 Protocol']),
  E('Convention relating to the Status of Stateless Persons', 'convention', 1954, []),
  E('Convention on the Reduction of Statelessness', 'convention', 1961, []),
  E('Universal Declaration of Human Rights', 'other', 1948, ['UDHR']),
  E('International Covenant on Civil and Political Rights', 'convention', 1966, ['ICCPR']),
  E('International Covenant on Economic, Social and Cultural Rights', 'convention', 1966, ['ICESCR']),
  E('Optional Protocol to the International Covenant on Economic, Social and Cultural Rights', 'protocol', 2008, []),
  E('International Convention on the Elimination of All Forms of Racial Discrimination', 'convention', 1965, ['ICERD']),
  E('Convention on the Elimination of All Forms of Discrimination against Women', 'convention', 1979, ['CEDAW']),
  E('Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', 'convention', 1984, [
    'Convention against Torture',
  ]),
  E('Convention on the Rights of the Child', 'convention', 1989, ['CRC']),
  E('Optional Protocol to the Convention on the Rights of the Child on a communications procedure', 'protocol', 2011, []),
  E('Convention on the Rights of Persons with Disabilities', 'convention', 2006, ['CRPD']),
  E('International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', 'convention', 1990, [
    'Migrant Workers Convention',
    'ICRMW',
    'ICMW',
  ]),
  E('International Convention for the Protection of All Persons from Enforced Disappearance', 'convention', 2006, ['ICPPED']),
  E('Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence', 'convention', 2011, [
    'Istanbul Convention',
  ]),
  E('Council of Europe Convention on Action against Trafficking in Human Beings', 'convention', 2005, []),
  E('Framework Convention for the Protection of National Minorities', 'convention', 1995, []),
  E('European Convention on Human Rights', 'convention', 1950, [
    'Convention for the Protection of Human Rights and Fundamental Freedoms',
    'ECHR',
  ]),
  E('European Social Charter', 'convention', 1961, []),
  E('United Nations Convention on the Law of the Sea', 'convention', 1982, ['UNCLOS']),
  E('International Convention for the Safety of Life at Sea', 'convention', 1974, ['SOLAS Convention', 'SOLAS']),
  E('International Convention on Maritime Search and Rescue', 'convention', 1979, ['SAR Convention']),
  E('Forced Labour Convention, 1930 (No. 29)', 'convention', 1930, ['Forced Labour Convention']),
  E('Protocol of 2014 to the Forced Labour Convention, 1930', 'protocol', 2014, [
    'Protocol of 2014 to the Forced Labour Convention',
    '2014 Protocol to the Forced Labour Convention',
    'Protocol to the Forced Labour Convention',
  ]),
  E('Global Compact for Safe, Orderly and Regular Migration', 'other', 2018, ['Global Compact for Migration']),
  E('Global Compact on Refugees', 'other', 2018, []),
  E('New York Declaration for Refugees and Migrants', 'other', 2016, []),
  E('2030 Agenda for Sustainable Development', 'other', 2015, []),
  E('Durban Declaration and Programme of Action', 'other', 2001, ['Durban Declaration']),
  E('Vienna Declaration and Programme of Action', 'other', 1993, []),
  E('Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights', 'other', 1993, [
    'Paris Principles',
  ]),
  E('United Nations Standard Minimum Rules for the Treatment of Prisoners', 'other', 2015, ['Nelson Mandela Rules']),
  E('Geneva Conventions', 'convention', 1949, []),
];
