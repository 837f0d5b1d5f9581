/**
 * The peer page's script (bench fixture, never part of the site): fetches the rows of the 30-day model share chart
 * and draws the stacked areas with Observable Plot in the browser, with the same scales, colours and height as the
 * site's server-rendered chart (src/lib/charts/model-share.ts) and Plot's own legend.
 */
import * as Plot from '@observablehq/plot';
import { OTHER_COLOR, SERIES_PALETTE, SIZES } from '../../src/lib/charts/palette.ts';
import type { PeerRow } from '../../src/lib/bench/peer-rows.ts';

async function draw(): Promise<void> {
  const container = document.getElementById('chart');
  const rows = (await (await fetch('./model-share-30d.json')).json()) as PeerRow[];
  // Series in the CSV's order of the first day: largest first, `other` last, as the site stacks them.
  const first = rows[0]?.date;
  // Keyed by display name, as the site's legend names the series.
  const keys = rows.filter((row) => row.date === first).map((row) => row.name);
  const colors = keys.map((key, i) =>
    key.toLowerCase() === 'other' ? OTHER_COLOR : (SERIES_PALETTE[i % SERIES_PALETTE.length] ?? ''),
  );
  const points = rows.map((row) => ({
    date: new Date(`${row.date}T00:00:00Z`),
    key: row.name,
    value: row.share * 100,
  }));
  const chart = Plot.plot({
    // The container's width, as a dashboard sizes its charts (Framework's `width`), at the site's aspect ratio.
    width: container?.clientWidth || SIZES.wide.width,
    height: SIZES.wide.height,
    marginLeft: 48,
    style: { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif', fontSize: '12px' },
    x: { type: 'utc' },
    y: { label: 'Share of tokens', grid: true, domain: [0, 100], tickFormat: (v: number) => `${v}%` },
    color: { type: 'ordinal', domain: keys, range: colors, legend: true },
    marks: [
      Plot.areaY(points, { x: 'date', y: 'value', z: 'key', fill: 'key', order: keys, curve: 'linear' }),
      Plot.ruleY([0]),
    ],
  });
  container?.append(chart);
}

void draw();
