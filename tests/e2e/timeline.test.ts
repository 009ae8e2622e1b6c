/**
 * The timeline and the charts in real Chromium against the real server: three constructive
 * dialogues of one series (tests/e2e/fixtures/series), the slider and play stepping through
 * them, new / returned / absent marked, an organization's engagement history, and each chart's
 * PNG, SVG and CSV exports. Screenshots go to artifacts/e2e/timeline/.
 * Needs the built viewer (`npm run build:web`) and /usr/bin/chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/settings.js';
import { readCsv } from './support/csv-read.js';
import { ensureSeries, NAMED_ORGANIZATIONS, SERIES_FILES } from './support/series-fixture.js';
import { startViewerApp, type ViewerApp } from './support/viewer-app.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts', 'e2e', 'timeline');

let app: ViewerApp;
let base: string;
let seriesId: string;
let meetingIds: string[];

const newPage = (): Promise<Page> => app.newPage({ acceptDownloads: true });

beforeAll(async () => {
  app = await startViewerApp(SERIES_FILES, ARTIFACTS);
  base = app.base;
  ({ seriesId, meetingIds } = await ensureSeries(
    app.db,
    app.reports.map((r) => r.documentId!),
  ));
});

afterEach(() => {
  expect(app.takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await app?.close();
});

/** Stated in the fixtures' first paragraphs: "Nine non-governmental organizations and one other relevant stakeholder … fifteen Member States" … */
const STATED_TOTALS = [9 + 1 + 15, 14 + 21, 11 + 2 + 18];
/** The panellists' organizations and the chair's (a ministry, a court), as each fixture names them. */
const NAMED_PER_MEETING = [3, 3, 3];

async function marksOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    window.cy.nodes().forEach((n) => {
      for (const m of ['new', 'returned', 'absent']) if (n.hasClass(`tl-${m}`)) out[String(n.data('name'))] = m;
    });
    return out;
  });
}

async function drawnStep(page: Page, position: number): Promise<void> {
  await page.waitForFunction((p) => document.getElementById('timeline-bar')!.dataset.drawn === String(p), position, { timeout: 20_000 });
  await page.waitForFunction(() => document.getElementById('busy')?.hidden === true);
  await page.waitForTimeout(600);
}

async function save(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

describe('the timeline of a series', () => {
  let page: Page;

  it('slides and plays through the meetings, the graph changing with each, marking new, back and absent', async () => {
    page = await newPage();
    await page.goto(base);
    await page.waitForSelector(`#timeline-series option[value="${seriesId}"]`, { state: 'attached' });
    await page.selectOption('#timeline-series', seriesId);
    await drawnStep(page, 1);
    await page.screenshot({ path: path.join(ARTIFACTS, '01-first-meeting.png') });
    const ids1 = await page.evaluate(() => window.cy.nodes().map((n) => n.id()));
    expect(ids1).toContain(meetingIds[0]);
    expect(ids1).not.toContain(meetingIds[1]);
    let marks = await marksOf(page);
    for (const name of NAMED_ORGANIZATIONS[0]!) expect(marks[name]).toBe('new');
    await expect(page.locator('#timeline-step').innerText()).resolves.toMatch(/^Meeting 1 of 3: 2041-05-06/);

    // The slider to the second meeting: the graph now shows it, not the first.
    await page.locator('#timeline-slider').fill('2');
    await drawnStep(page, 2);
    await page.screenshot({ path: path.join(ARTIFACTS, '02-second-meeting.png') });
    const ids2 = await page.evaluate(() => window.cy.nodes().map((n) => n.id()));
    expect(ids2).toContain(meetingIds[1]);
    expect(ids2).not.toContain(meetingIds[0]);
    marks = await marksOf(page);
    expect(marks['Harbourside Welfare Mission']).toBe('new');
    expect(marks['Lighthouse Legal Clinic']).toBeUndefined(); // at both meetings: continuing, no mark
    expect(marks['Tidewater Crew Alliance']).toBe('absent');
    // Statements of the meeting are drawn, and only this meeting's.
    const statements = await page.evaluate(() => window.cy.nodes('[type = "Statement"]').map((n) => n.id()));
    expect(statements.length).toBeGreaterThan(0);
    for (const id of statements) expect(id.startsWith(`${meetingIds[1]!.split('/')[0]}/`), id).toBe(true);
    const documents = await page.evaluate(() => window.cy.nodes('[type = "Document"]').map((n) => n.id()));
    expect(documents).toEqual([meetingIds[1]!.split('/')[0]]);

    // Play from the second: it steps on to the third by itself.
    await page.click('#timeline-play');
    await drawnStep(page, 3);
    await page.screenshot({ path: path.join(ARTIFACTS, '03-third-meeting-played.png') });
    expect(await page.locator('#timeline-slider').inputValue()).toBe('3');
    marks = await marksOf(page);
    expect(marks['Tidewater Crew Alliance']).toBe('returned');
    expect(marks['Institute for Ocean Work Studies']).toBe('new');
    expect(marks['Lighthouse Legal Clinic']).toBe('absent');
    expect(marks['Harbourside Welfare Mission']).toBe('absent');
    // Playing stops at the last meeting.
    await page.waitForFunction(() => document.getElementById('timeline-play')!.getAttribute('aria-pressed') === 'false', null, {
      timeout: 10_000,
    });
  });

  it("shows an organization's engagement history in the details panel", async () => {
    const id = await page.evaluate(() =>
      window.cy
        .nodes()
        .filter((n) => n.data('name') === 'Tidewater Crew Alliance')
        .id(),
    );
    await page.evaluate((i) => window.viewer.select({ kind: 'node', id: i }), id);
    await page.waitForSelector('#engagement-history .history-list li');
    await page.locator('#engagement-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, '04-engagement-history.png') });
    const span = await page.locator('#engagement-history .history-span').innerText();
    // TCA's panellists spoke in 2041 and 2043, not in 2042.
    expect(span).toBe('2 meetings · first seen 2041-05-06 · last seen 2043-05-09');
    const items = await page.locator('#engagement-history .history-list > li').allInnerTexts();
    expect(items[0]).toMatch(/^2041-05-06 — First constructive dialogue.*panellist/s);
    expect(items[1]).toMatch(/^2043-05-09 — Third constructive dialogue.*panellist/s);
  });

  it('charts participation over the meetings; each chart exports PNG, SVG and CSV of what it draws', async () => {
    await page.click('#tab-series');
    await page.waitForSelector('#chart-turnover .chart-canvas svg');
    await page.screenshot({ path: path.join(ARTIFACTS, '05-charts.png'), fullPage: true });
    for (const chart of ['chart-participants-by-kind', 'chart-named-vs-stated', 'chart-turnover']) {
      const png = await save(page, `#${chart}-export-png`);
      expect(png.name).toBe(`${chart}.png`);
      expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.bytes.length).toBeGreaterThan(5_000);
      const svg = (await save(page, `#${chart}-export-svg`)).bytes.toString('utf8');
      expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('2042-05-11');
      const csv = readCsv((await save(page, `#${chart}-export-csv`)).bytes.toString('utf8'));
      const [header, ...rows] = csv;
      expect(header!.slice(0, 4)).toEqual(['position', 'meeting_id', 'meeting', 'date']);
      expect([...new Set(rows.map((r) => r[1]))]).toEqual(meetingIds);
      // The CSV rows are the numbers drawn, series by series.
      const drawn = await page.evaluate((c) => window.charts.cards.get(c)!.drawnData(), chart);
      for (const series of drawn) {
        const fromCsv = meetingIds.map((m) => {
          if (chart === 'chart-turnover') {
            // 2041: TCA, LLC, the chair's ministry; 2042: LLC, HWM (new), the ministry, TCA absent;
            // 2043: TCA (back), the institute and the new chair's court (new), LLC, HWM and the ministry absent.
            expect(rows.map((r) => r.slice(4).map(Number))).toEqual([
              [3, 3, 0, 0],
              [3, 1, 0, 1],
              [3, 2, 1, 3],
            ]);
          }
          if (chart === 'chart-participants-by-kind') {
            const row = rows.find((r) => r[1] === m && r[4] === series.name);
            return row ? Number(row[5]) : 0;
          }
          const value = rows.find((r) => r[1] === m)![header!.indexOf(series.name)]!;
          return value === '' ? null : Number(value);
        });
        expect(fromCsv, `${chart} / ${series.name}`).toEqual(series.data);
      }
      if (chart === 'chart-named-vs-stated') {
        expect(rows.map((r) => Number(r[4]))).toEqual(NAMED_PER_MEETING);
        expect(rows.map((r) => Number(r[5]))).toEqual(STATED_TOTALS);
      }
      if (chart === 'chart-participants-by-kind') {
        const perMeeting = meetingIds.map((m) => rows.filter((r) => r[1] === m).reduce((sum, r) => sum + Number(r[5]), 0));
        expect(perMeeting).toEqual(NAMED_PER_MEETING);
      }
    }
  });
});
