import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import { FigureSchema, type Figure } from '../../../../src/lib/figures/schema.ts';
import {
  SPEND_ID,
  spendCsvFiles,
  spendEstimateOf,
  spendFigure,
  spendFigures,
  spendPage,
} from '../../../../src/lib/figures/sections/model-spend.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/lib/transform/citation.ts';
import {
  CATALOGUE_FIXTURE,
  RTL_CATALOGUE_FIXTURE,
  RTL_NAMES,
  WITHOUT_CATALOGUE,
} from '../../../fakes/catalogue-fixture.ts';
import { csvRows, fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
let figure: Figure;
beforeAll(async () => {
  [named, bare] = await Promise.all([fixtureSiteData(CATALOGUE_FIXTURE), fixtureSiteData(WITHOUT_CATALOGUE)]);
  const input = spendFigure(named);
  if (!input) throw new Error('the fixture prices its models');
  figure = parseWith(FigureSchema, input, SPEND_ID);
});

describe(spendEstimateOf, () => {
  it('prices the last 30 complete days at list prices, leaving out the retired model and the router', () => {
    const estimate = spendEstimateOf(named);
    expect(estimate?.range).toMatchObject({ start: '2026-10-11', end: '2026-11-09' });
    expect(estimate?.rows.map((r) => r.key)).toEqual([
      'anthropic/claude-9-sonnet-20260101',
      'openai/gpt-4o-2024-05-13',
      'exp/expiring-model',
      'x/new-model',
      'v/free-one:free',
    ]);
    expect(estimate?.unpriced.map((u) => u.key)).toEqual(['old/retired-model-20240101', 'r/router']);
  });

  it('is null without a catalogue', () => expect(spendEstimateOf(bare)).toBeNull());
});

describe(spendFigure, () => {
  it('says it is an estimate in its title, heading, takeaway, alt text and notes', () => {
    expect(figure.title).toBe('Estimated spend by model at list prices, 30 days to 9 Nov 2026 (estimate)');
    expect(figure.heading).toContain('(estimate)');
    expect(figure.takeaway).toMatch(/^Estimate at list prices/);
    expect(figure.alt).toContain("an estimate, not OpenRouter's figure");
    expect(figure.notes[0]).toMatch(/^Estimate, not an OpenRouter figure: tokens × list price, blended at 3 prompt/);
    expect(figure.table.columns).toContainEqual({ label: 'Estimated spend', numeric: true });
  });

  it('leads with the model that costs most, not the one with most tokens', () => {
    expect(figure.takeaway).toContain('Claude Sonnet 9 led with');
    expect(figure.table.rows[0]?.[1]).toMatchObject({
      text: 'Claude Sonnet 9',
      href: '/models/anthropic_claude-9-sonnet-20260101/',
    });
  });

  it('bidi-isolates a right-to-left name in its alt text, bar tooltip and notes, never in a table cell', async () => {
    const rtl = spendFigure(await fixtureSiteData(RTL_CATALOGUE_FIXTURE));
    const isolated = RTL_NAMES.topIsolated;
    expect(rtl?.alt).toContain(`Claude Sonnet 9 led with `);
    expect(rtl?.alt).toContain(`, then ${isolated} with `);
    expect(rtl?.svg).toContain(`<title>${isolated}: `);
    expect(rtl?.table.rows.map((r) => (r[1] as { text: string }).text)).toContain(RTL_NAMES.top);
    expect(rtl?.notes?.join(' ')).toContain(`without a list price (Retired Model, ${RTL_NAMES.routerIsolated};`);
    expect([figure.takeaway, figure.alt, figure.svg].join(' ')).not.toMatch(/[\u2068\u2069]/);
  });

  it('cites the rankings and the catalogue snapshot it priced from', () => {
    expect(figure.attribution).toBe(
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-10T12:00:00.000Z. List prices: OpenRouter's model " +
        'catalogue of 10 Nov 2026.',
    );
    expect(figure.notes.join(' ')).toContain("List prices from OpenRouter's model catalogue of 10 Nov 2026");
    expect(figure.notes.join(' ')).toContain('Retired Model, Auto Router');
  });

  it('links the share views and itself as the measure toggle, with its own downloads', () => {
    expect(figure.variants[0]?.options).toEqual([
      { label: 'Share', href: '/models/#model-share', current: false },
      { label: 'Tokens', href: '/models/view/absolute-30d/#model-share', current: false },
      { label: 'Estimated spend', href: '/models/spend/#model-spend', current: true },
    ]);
    expect(figure.links).toEqual({
      page: '/models/spend/#model-spend',
      csv: '/models/model-spend-30d.csv',
      exports: '/models/model-spend-30d',
      png: true,
    });
  });

  it('shows the synthetic notice for demo data', async () => {
    const demo = await fixtureSiteData({ ...CATALOGUE_FIXTURE, synthetic: true });
    expect(spendFigure(demo)?.attribution).toBe(SYNTHETIC_NOTICE);
  });
});

describe(spendCsvFiles, () => {
  it('writes the table’s rows with names, permaslugs and estimate-labelled columns', () => {
    const [file] = spendCsvFiles(named);
    const [header, ...rows] = csvRows(file?.body ?? '');
    expect(file?.path).toBe(figure.links.csv);
    expect(header).toContain('estimated_spend_usd');
    expect(rows.map((r) => [r[1], r[2]])).toEqual(
      figure.table.rows.map((r) => [(r[1] as { title: string }).title, (r[1] as { text: string }).text]),
    );
  });

  it('writes none without a catalogue', () => expect(spendCsvFiles(bare)).toEqual([]));
});

describe(spendPage, () => {
  it('says why there is no estimate without a catalogue', () => {
    expect(spendFigures(bare)).toEqual([]);
    expect(spendPage(bare).empty).toMatch(/^No model catalogue in the archive: list prices are unknown/);
    expect(spendPage(named).empty).toBeNull();
  });
});
