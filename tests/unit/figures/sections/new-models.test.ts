import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import { FigureSchema, type Figure } from '../../../../src/lib/figures/schema.ts';
import {
  NEW_MODELS_ID,
  newModelsBlock,
  newModelsCsvFiles,
  newModelsFigure,
  newModelsFigures,
} from '../../../../src/lib/figures/sections/new-models.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import {
  CATALOGUE_FIXTURE,
  RANKINGS,
  RTL_CATALOGUE_FIXTURE,
  RTL_NAMES,
  WITHOUT_CATALOGUE,
} from '../../../fakes/catalogue-fixture.ts';
import { catalogueModel, csvRows, fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
let figure: Figure;
beforeAll(async () => {
  [named, bare] = await Promise.all([fixtureSiteData(CATALOGUE_FIXTURE), fixtureSiteData(WITHOUT_CATALOGUE)]);
  const input = newModelsFigure(named);
  if (!input) throw new Error('the fixture has a new model in the top 50');
  figure = parseWith(FigureSchema, input, NEW_MODELS_ID);
});

describe(newModelsFigure, () => {
  it('draws the new models that ranked, named, and says which did not', () => {
    expect(figure.legend.map((l) => l.label)).toEqual(['New Model']);
    expect(figure.title).toBe('Models released in the 30 days to 10 Nov 2026: tokens per day since release');
    expect(figure.takeaway).toBe(
      "2 models were added to OpenRouter's catalogue in the 30 days to 10 Nov 2026; New Model climbed highest, to rank 7.",
    );
    expect(figure.notes.join(' ')).toContain(
      'Released but not yet in the daily top 50: Unranked New, released 5 Nov 2026.',
    );
    expect(figure.alt).toContain('New Model, released 2 Nov 2026: rank 7 on 9 Nov 2026; best rank 7;');
  });

  it('bidi-isolates a right-to-left name in its takeaway and alt text, and leaves the legend and table as they are', async () => {
    const rtl = newModelsFigure(await fixtureSiteData(RTL_CATALOGUE_FIXTURE));
    const isolated = RTL_NAMES.newIsolated;
    expect(rtl?.takeaway).toContain(`; ${isolated} climbed highest, to rank 7.`);
    expect(rtl?.alt).toContain(` ${isolated}, released 2 Nov 2026: rank 7 on 9 Nov 2026;`);
    expect(rtl?.legend?.map((l) => l.label)).toEqual([RTL_NAMES.new]);
    expect(rtl?.table.columns).toEqual(['Days since release', RTL_NAMES.new]);
    expect(figure.alt).not.toMatch(/[\u2068\u2069]/);
  });

  it('tables each day since release, blank before the first ranked day', () => {
    expect(figure.table.columns).toEqual(['Days since release', 'New Model']);
    expect(figure.table.rows[0]).toEqual(['0', { text: '—', title: '2 Nov 2026: outside the top 50' }]);
    expect(figure.table.rows[1]).toEqual(['1', { text: '924 (#7)', title: '3 Nov 2026: 924 tokens, rank 7' }]);
    expect(figure.table.rows).toHaveLength(8);
  });

  it('cites the rankings and the catalogue, and links its section on /models/', () => {
    expect(figure.attribution).toContain("Release dates: OpenRouter's model catalogue of 10 Nov 2026.");
    expect(figure.links.page).toBe('/models/#new-models');
  });

  it('is absent without a catalogue, or when no new model has ranked', async () => {
    expect(newModelsFigures(bare)).toEqual([]);
    const quiet = await fixtureSiteData({
      rankings: RANKINGS,
      catalogue: [catalogueModel('y/unranked-new', 'Y: Unranked New', '2026-11-05')],
    });
    expect(newModelsFigures(quiet)).toEqual([]);
    expect(newModelsBlock(quiet).items.map((i) => [i.name, i.href, i.status])).toEqual([
      ['Unranked New', null, 'not yet in the daily top 50'],
    ]);
  });
});

describe(newModelsCsvFiles, () => {
  it('writes every day of the drawn models with names and permaslugs', () => {
    const [file] = newModelsCsvFiles(named);
    const [header, ...rows] = csvRows(file?.body ?? '');
    expect(header).toEqual(['model', 'name', 'released', 'date', 'days_since_release', 'tokens', 'rank']);
    expect(rows[1]).toEqual(['x/new-model', 'New Model', '2026-11-02', '2026-11-03', '1', '924', '7']);
    expect(rows).toHaveLength(figure.table.rows.length);
  });
});

describe(newModelsBlock, () => {
  it('lists the new models newest first, linking those with a page', () =>
    expect(newModelsBlock(named)).toEqual({
      window: 'Released in the 30 days to 10 Nov 2026',
      items: [
        { name: 'Unranked New', href: null, released: '5 Nov 2026', status: 'not yet in the daily top 50' },
        {
          name: 'New Model',
          href: '/models/x_new-model/',
          released: '2 Nov 2026',
          status: 'rank 7 on 9 Nov 2026; best rank 7; 6.49K tokens over 7 days in the top 50',
        },
      ],
      empty: null,
      synthetic: false,
    }));

  it('says why the list is empty without a catalogue', () =>
    expect(newModelsBlock(bare).empty).toBe('No model catalogue in the archive, so release dates are unknown.'));
});
