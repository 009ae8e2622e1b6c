/**
 * The walk through the viewer, step by step, with a screenshot after each: load,
 * search "Mixed Migration Centre", open it and read paragraph 13, expand, filter a type
 * away, find a path, export PNG. Kept apart from the test file so the steps read as a script.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface ScenarioResult {
  steps: string[];
  mmcId: string;
  nodesBeforeExpand: number;
  nodesAfterExpand: number;
  filteredType: string;
  pathSteps: number;
  pngBytes: number;
}

/** Text that paragraph 13 of the seed contains (the MMC survey). */
export const PARAGRAPH_13_WORDS = '48,415 interviews of migrants';

async function shot(page: Page, dir: string, name: string, steps: string[]): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  steps.push(name);
}

/** Waits until no API call is in flight and the layout has settled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('busy')?.hidden === true);
  await page.waitForTimeout(700);
}

async function pick(page: Page, input: string, query: string, want: RegExp): Promise<void> {
  await page.fill(input, query);
  const list = `#${await page.getAttribute(input, 'aria-controls')}`;
  await page.waitForSelector(`${list} [role=option]`);
  const options = page.locator(`${list} [role=option]`);
  const count = await options.count();
  for (let i = 0; i < count; i++) {
    if (want.test(await options.nth(i).innerText())) {
      await options.nth(i).click();
      return;
    }
  }
  throw new Error(`no suggestion for ${query} matches ${want}: ${await page.locator(list).innerText()}`);
}

export async function runScenario(page: Page, baseUrl: string, dir: string): Promise<ScenarioResult> {
  await mkdir(dir, { recursive: true });
  const steps: string[] = [];
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.cy?.nodes().length > 0);
  await settled(page);
  await shot(page, dir, '01-overview', steps);

  // Search by keyboard: type, arrow down to the organization, Enter.
  await page.focus('#search');
  await page.keyboard.type('Mixed Migration Centre');
  await page.waitForSelector('#search-slot [role=option]');
  await shot(page, dir, '02-search', steps);
  const names = await page.locator('#search-slot [role=option]').allInnerTexts();
  const index = names.findIndex((t) => /Mixed Migration Centre/.test(t) && /Organization/.test(t));
  if (index < 0) throw new Error(`Mixed Migration Centre (Organization) not among the suggestions: ${names.join(' | ')}`);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const id = window.viewer.state.selected;
    return id !== null && /Mixed Migration Centre/.test(String(window.cy.getElementById(id).data('name')));
  });
  const mmcId = await page.evaluate(() => window.viewer.state.selected!);
  await page.waitForFunction((words) => document.getElementById('details-body')!.innerText.includes(words), PARAGRAPH_13_WORDS);
  await settled(page);
  // Keyboard users land on the panel after opening a result.
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'details-title') throw new Error(`focus is on ${focused}, not the details panel`);
  await page.locator('#details-body [data-paragraph="13"]').first().scrollIntoViewIfNeeded();
  await shot(page, dir, '03-opened', steps);

  const nodesBeforeExpand = await page.evaluate(() => window.cy.nodes().length);
  await page.click('#node-actions button:has-text("Expand neighbours")');
  await page.waitForFunction((id) => window.viewer.state.expanded.includes(id), mmcId);
  await settled(page);
  const nodesAfterExpand = await page.evaluate(() => window.cy.nodes().length);
  await shot(page, dir, '04-expanded', steps);

  // Filter away the most numerous type other than the organization's own.
  const filteredType = await page.evaluate((id) => {
    const counts = new Map<string, number>();
    window.cy.nodes().forEach((n) => {
      const t = n.data('type') as string;
      if (n.id() !== id) counts.set(t, (counts.get(t) ?? 0) + 1);
    });
    counts.delete('Organization');
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  }, mmcId);
  await page.uncheck(`#legend-types input[data-type="${filteredType}"]`);
  await page.waitForFunction((t) => window.cy.nodes(`[type = "${t}"]`).filter(':visible').length === 0, filteredType);
  await settled(page);
  await shot(page, dir, '05-filtered', steps);

  // Path: from the organization (prefilled by the panel's button) to a Co-Chairs' observation.
  await page.click('#node-actions button:has-text("Path from here")');
  await pick(page, '#path-to', 'smuggled migrants liable', /observation/i);
  await page.waitForSelector('#path-result .path-steps li');
  await settled(page);
  const pathSteps = await page.locator('#path-result .path-steps > li').count();
  await page.locator('#path-section').scrollIntoViewIfNeeded();
  await shot(page, dir, '06-path', steps);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  const file = path.join(dir, 'export.png');
  await download.saveAs(file);
  const png = await readFile(file);
  if (png.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('the PNG export is not a PNG');
  await writeFile(path.join(dir, 'steps.json'), JSON.stringify({ steps, url: page.url() }, null, 2));
  return { steps, mmcId, nodesBeforeExpand, nodesAfterExpand, filteredType, pathSteps, pngBytes: png.length };
}
