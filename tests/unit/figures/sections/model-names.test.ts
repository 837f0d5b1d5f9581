import { beforeAll, describe, expect, it } from 'vitest';
import { allCsvFiles, allFigures } from '../../../../src/lib/figures/catalogue.ts';
import {
  authorNameOf,
  catalogueEntry,
  catalogueEntryOfId,
  modelNameOf,
  modelNameOfId,
} from '../../../../src/lib/figures/sections/model-names.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { CATALOGUE_FIXTURE, WITHOUT_CATALOGUE } from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
beforeAll(async () => {
  [named, bare] = await Promise.all([fixtureSiteData(CATALOGUE_FIXTURE), fixtureSiteData(WITHOUT_CATALOGUE)]);
});

describe(modelNameOf, () => {
  it.each([
    ['openai/gpt-4o-2024-05-13', 'GPT-4o'],
    ['v/free-one:free', 'Free One (free)'],
    ['r/router', 'Auto Router'],
    ['old/retired-model-20240101', 'Retired Model'],
    ['other', 'Other'],
  ])('names %s %s with the catalogue (the author once, a retired model from its slug)', (slug, name) =>
    expect(modelNameOf(named, slug)).toBe(name),
  );

  it('names every model from its slug without a catalogue', () => {
    expect(modelNameOf(bare, 'openai/gpt-4o-2024-05-13')).toBe('GPT 4o');
    expect(modelNameOf(bare, 'anthropic/claude-9-sonnet-20260101')).toBe('Claude 9 Sonnet');
  });
});

describe(catalogueEntry, () => {
  it('marks a ranked model the catalogue no longer lists as not listed', () => {
    expect(catalogueEntry(named, 'old/retired-model-20240101')).toMatchObject({ listed: false, created: null });
    expect(catalogueEntry(named, 'x/new-model')).toMatchObject({ listed: true, author: 'X', created: '2026-11-02' });
  });
});

describe(catalogueEntryOfId, () => {
  it('joins a catalogue id (as tasks name models) to the entry of its permaslug', () => {
    expect(catalogueEntryOfId(named, 'anthropic/claude-9-sonnet').permaslug).toBe('anthropic/claude-9-sonnet-20260101');
    expect(modelNameOfId(named, 'anthropic/claude-9-sonnet')).toBe('Claude Sonnet 9');
  });

  it('falls back to the newest listed model of the same base, then to the slug', () => {
    expect(modelNameOfId(named, 'openai/gpt-4o')).toBe('GPT-4o');
    expect(modelNameOfId(named, 'openai/gpt-4o:free')).toBe('GPT-4o (free)');
    expect(modelNameOfId(bare, 'anthropic/claude-9-sonnet')).toBe('Claude 9 Sonnet');
  });
});

describe(authorNameOf, () => {
  it('names an organisation by its models’ author prefix, else by itself', () => {
    expect(['openai', 'anthropic', 'r', 'old'].map((org) => authorNameOf(named, org))).toEqual([
      'OpenAI',
      'Anthropic',
      'r',
      'old',
    ]);
    expect(authorNameOf(bare, 'openai')).toBe('openai');
  });
});

describe('a build without a model catalogue', () => {
  it('builds every figure and CSV, named from slugs, with no release marker and no spend view', () => {
    const figures = allFigures(bare);
    const ids = figures.map((f) => f.id);
    expect(ids).toContain('model-share-share-30d');
    expect(ids).not.toContain('model-spend-30d');
    expect(ids).not.toContain('model-new-30d');
    expect(figures.filter((f) => f.svg.includes('class="ta-release"'))).toEqual([]);
    const share = figures.find((f) => f.id === 'model-share-share-30d');
    expect(share?.legend.map((l) => l.label)).toContain('GPT 4o');
    expect(share?.variants[0]?.options.map((o) => o.label)).toEqual(['Share', 'Tokens']);
    expect(allCsvFiles(bare).map((f) => f.path)).not.toContain('/models/model-spend-30d.csv');
  });

  it('builds the same figures with names, releases and the spend view once a catalogue is archived', () => {
    const figures = allFigures(named);
    const share = figures.find((f) => f.id === 'model-share-share-30d');
    expect(share?.legend.map((l) => l.label)).toContain('GPT-4o');
    expect(share?.svg).toContain('class="ta-release"');
    expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['model-spend-30d', 'model-new-30d']));
  });
});
