/** An organization as extraction states it, for resolver tests: a pattern match in paragraph 1. */
import type { OrganizationFact } from '../../../../src/ingest/extract/facts.js';

export const organizationFact = (
  name: string | null,
  acronym: string | null = null,
  extra: Partial<OrganizationFact> = {},
): OrganizationFact => ({
  name,
  acronym,
  kind: null,
  aliases: [],
  location: null,
  method: 'pattern',
  confidence: 0.9,
  evidence: [{ paragraph: '1' }],
  ...extra,
});
