/** The reliability scenarios by name, in the order the runner takes them (the long scale run last). */
import type { Scenario } from './scenario.js';
import { security } from './security.js';
import { backup } from './backup.js';

export const SCENARIOS: Record<string, Scenario> = {
  security,
  backup,
};
