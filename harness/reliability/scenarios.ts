/** The reliability scenarios by name, in the order the runner takes them (the long scale run last). */
import type { Scenario } from './scenario.js';
import { security } from './security.js';
import { backup } from './backup.js';
import { hostileDocuments } from './hostile-documents.js';
import { fuzz } from './fuzz.js';
import { load } from './load.js';
import { faults } from './faults.js';
import { scale } from './scale.js';

export const SCENARIOS: Record<string, Scenario> = {
  security,
  backup,
  'hostile-documents': hostileDocuments,
  fuzz,
  load,
  faults,
  scale,
};
