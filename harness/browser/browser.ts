/**
 * Debian's Chromium driven by playwright-core (no browser download): the flags keep it
 * headless, sandbox-free for containers, and quiet on the network.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
