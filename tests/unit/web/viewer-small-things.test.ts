/**
 * The logic behind issue 12's viewer fixes, without a browser: statistic labels, the edge
 * label size per zoom, the gentle camera move, the start view and the quoted span. The
 * browser tests (tests/e2e/viewer-corpus.test.ts) check the same things on the page.
 */
import { describe, expect, it } from 'vitest';
import { revealTarget } from '../../../web/src/app/camera.js';
import { START_EXPANDED, startView } from '../../../web/src/app/start-view.js';
import { EDGE_LABEL_PX, edgeLabelSize } from '../../../web/src/graph/edge-label-size.js';
import { statisticLabelText } from '../../../web/src/graph/statistic-label.js';
import { quoteRange } from '../../../web/src/ui/highlight.js';
import { placeLabel } from '../../../web/src/ui/evidence-list.js';

describe('statistic labels', () => {
  // Descriptions as the seed and the 2031 fixture word them.
  it('follows the figure with what it measures', () => {
    expect(statisticLabelText(68, '%', '68% of interviewees had used the services of smugglers during their journey', 'interviewees')).toBe(
      '68% of interviewees had used the services of smugglers during their journey',
    );
    expect(statisticLabelText(8, '%', 'only 8% reported that smugglers played a role in the decision-making process', 'interviewees')).toBe(
      '8% of interviewees reported that smugglers played a role in the decision-making process',
    );
    expect(
      statisticLabelText(
        48415,
        'interviews',
        'He described the results of a survey undertaken by MMC through 48,415 interviews of migrants',
        'migrants',
      ),
    ).toBe('48,415 interviews of migrants');
    expect(statisticLabelText(47, '%', 'smugglers were the most commonly reported perpetrators (47%) in the survey', 'interviewees')).toBe(
      '47% · smugglers were the most commonly reported perpetrators in the survey',
    );
  });

  it('keeps the figure alone when nothing says what it measures', () => {
    expect(statisticLabelText(68, '%', null, null)).toBe('68%');
    expect(statisticLabelText(12, 'States', null, 'States')).toBe('12 States');
    expect(statisticLabelText(5, '%', null, 'respondents')).toBe('5% · respondents');
  });

  it('gives the description whole when the figure is written in words', () => {
    expect(statisticLabelText(20, 'States', 'in addition to twenty Member States', null)).toBe(
      '20 States · in addition to twenty Member States',
    );
  });
});

describe('edge label size', () => {
  it('stays near the node labels’ size on screen over the usual zooms', () => {
    for (const zoom of [0.7, 0.8, 1, 1.2, 1.5, 1.8]) {
      const px = edgeLabelSize(zoom) * zoom;
      expect(px).toBeGreaterThanOrEqual(EDGE_LABEL_PX - 1);
      expect(px).toBeLessThanOrEqual(EDGE_LABEL_PX + 2);
    }
  });

  it('shrinks below readable when zoomed far out, and grows when zoomed far in', () => {
    expect(edgeLabelSize(0.3) * 0.3).toBeLessThan(9);
    expect(edgeLabelSize(4) * 4).toBeGreaterThan(EDGE_LABEL_PX * 2);
  });
});

describe('revealing a node', () => {
  const view = { zoom: 0.5, pan: { x: 0, y: 0 }, width: 1000, height: 800, minZoom: 0.05 };

  it('does not move when the neighbourhood is on the canvas', () => {
    expect(revealTarget({ x1: 200, x2: 600, y1: 200, y2: 600 }, view)).toBeNull();
  });

  it('pans just enough, without zooming in', () => {
    // At zoom 0.5 the box spans x 1000–1100 on screen: it must end 40 px inside the right edge.
    const t = revealTarget({ x1: 2000, x2: 2200, y1: 200, y2: 400 }, view)!;
    expect(t.zoom).toBe(0.5);
    expect(2200 * t.zoom + t.pan.x).toBeCloseTo(1000 - 40);
    expect(t.pan.y).toBe(0);
  });

  it('zooms out when the neighbourhood does not fit', () => {
    const t = revealTarget({ x1: 0, x2: 4000, y1: 0, y2: 100 }, view)!;
    expect(t.zoom).toBeLessThan(0.5);
    expect(0 * t.zoom + t.pan.x).toBeGreaterThanOrEqual(0);
    expect(4000 * t.zoom + t.pan.x).toBeLessThanOrEqual(1000);
  });
});

describe('start view', () => {
  it('shows every meeting, the most recent expanded', () => {
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    const s = startView(ids);
    expect([...s.expanded, ...s.open].sort()).toEqual(ids);
    expect(s.expanded).toEqual(ids.slice(0, START_EXPANDED));
    expect(startView(['a', 'b'])).toEqual({ expanded: ['a', 'b'], open: [] });
  });
});

describe('quoted span', () => {
  const text = 'JS2 noted a gap. The Commissioner agreed. JS2 noted a gap.';

  it('is where the offsets say, not every occurrence of the words', () => {
    expect(quoteRange(text, 'JS2 noted a gap.', 42, 58)).toEqual({ start: 42, end: 58 });
  });

  it('falls back to the first occurrence when the offsets do not hold the quote', () => {
    expect(quoteRange(text, 'The Commissioner agreed.', 0, 5)).toEqual({ start: 17, end: 41 });
  });

  it('is none when the quote is the whole paragraph', () => {
    expect(quoteRange(text, text, 0, text.length)).toBeNull();
  });
});

describe('evidence card place', () => {
  it('names the place a citation points at as the document does', () => {
    expect(placeLabel({ place: 'PARAGRAPH', paragraph: '22' })).toBe('¶ 22');
    expect(placeLabel({ place: 'NOTE', paragraph: 'fn1' })).toBe('Note 1');
    expect(placeLabel({ place: 'ANNEX', paragraph: 'annex-3' })).toBe('Annex');
    expect(placeLabel({ place: 'TEXT', paragraph: 'annex-4' })).toBe('Unnumbered text');
    expect(placeLabel({ place: 'TITLE_PAGE', paragraph: 'title-0' })).toBe('Title page');
  });
});
