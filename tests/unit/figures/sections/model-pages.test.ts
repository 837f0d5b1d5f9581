import { beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_CLASS } from '../../../../src/lib/charts/release-markers.ts';
import { modelList, modelPage, modelPageFigures } from '../../../../src/lib/figures/sections/model-pages.ts';
import type { FigureInput } from '../../../../src/lib/figures/schema.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import {
  CATALOGUE_FIXTURE,
  RTL_CATALOGUE_FIXTURE,
  RTL_NAMES,
  WITHOUT_CATALOGUE,
} from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
let rtl: SiteData;
beforeAll(async () => {
  [named, bare, rtl] = await Promise.all([
    fixtureSiteData(CATALOGUE_FIXTURE),
    fixtureSiteData(WITHOUT_CATALOGUE),
    fixtureSiteData(RTL_CATALOGUE_FIXTURE),
  ]);
});

/** The figure of a model page's chart. */
function chart(data: SiteData, pageSlug: string, name: string): FigureInput {
  const found = modelPageFigures(data).find((f) => f.id === `model-${pageSlug}-${name}`);
  if (!found) throw new Error(`no ${name} chart of ${pageSlug}`);
  return found;
}

describe(modelPageFigures, () => {
  it('titles and tables each chart by the model’s name', () => {
    const tokens = chart(named, 'openai_gpt-4o-2024-05-13', 'tokens');
    expect(tokens.title).toBe('GPT-4o: tokens per day');
    expect(tokens.table.caption).toMatch(/^Tokens of GPT-4o per day/);
    expect(tokens.alt).toMatch(/^GPT-4o was in the daily top 50/);
  });

  it('marks a release the archive covers on the tokens and share charts, and says so in notes and alt text', () => {
    for (const name of ['tokens', 'share']) {
      const figure = chart(named, 'x_new-model', name);
      expect(figure.svg).toContain(`class="${RELEASE_CLASS}"`);
      expect(figure.notes).toContain(
        "The dotted line marks its release, 2 Nov 2026 (the day it was added to OpenRouter's catalogue).",
      );
      expect(figure.alt).toContain("Released 2 Nov 2026 (the day it was added to OpenRouter's catalogue).");
    }
    expect(chart(named, 'x_new-model', 'rank').notes).toContain(
      "Released 2 Nov 2026 (the day it was added to OpenRouter's catalogue).",
    );
  });

  it('marks no release from before the archive, nor any without a catalogue', () => {
    expect(chart(named, 'openai_gpt-4o-2024-05-13', 'tokens').svg).not.toContain(RELEASE_CLASS);
    expect(chart(bare, 'x_new-model', 'tokens').svg).not.toContain(RELEASE_CLASS);
    expect(chart(bare, 'x_new-model', 'tokens').title).toBe('New Model: tokens per day');
  });
});

describe('a right-to-left model name on its page', () => {
  const isolated = RTL_NAMES.newIsolated;

  it('is bidi-isolated in every title, text alternative and table caption, and a Latin name is not', () => {
    for (const name of ['tokens', 'share', 'rank']) {
      const figure = chart(rtl, 'x_new-model', name);
      expect(figure.title).toMatch(new RegExp(`^${isolated}: `));
      expect(figure.alt).toMatch(new RegExp(`^${isolated} was in the daily top 50 on `));
      expect(figure.table.caption).toContain(` of ${isolated} per day`);
    }
    const latin = chart(rtl, 'anthropic_claude-9-sonnet-20260101', 'tokens');
    expect(latin.title).toBe('Claude Sonnet 9: tokens per day');
    expect([latin.title, latin.alt, latin.table.caption].join(' ')).not.toMatch(/[\u2068\u2069]/);
  });

  it('is bidi-isolated in the page summary', () => {
    const model = modelList(rtl).find((m) => m.permaslug === 'x/new-model');
    const page = model && modelPage(rtl, model);
    expect(page?.name).toBe(RTL_NAMES.new);
    expect(page?.summary).toMatch(new RegExp(`^${isolated} was in the daily top 50`));
  });
});

describe(modelPage, () => {
  it('gives the page its name and the catalogue’s facts', () => {
    const model = modelList(named).find((m) => m.permaslug === 'anthropic/claude-9-sonnet-20260101');
    const page = model && modelPage(named, model);
    expect(page?.name).toBe('Claude Sonnet 9');
    expect(page?.facts.author).toBe('Anthropic');
    expect(page?.facts.entry.promptPerMillion).toBe(3);
    expect(page?.summary).toMatch(/^Claude Sonnet 9 was in the daily top 50/);
  });
});
