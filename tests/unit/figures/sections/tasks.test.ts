import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeManifest, writeSnapshot } from '../../../../src/lib/archive/write.ts';
import { checkCatalogue } from '../../../../src/lib/figures/catalogue.ts';
import { FigureSchema, type FigureInput } from '../../../../src/lib/figures/schema.ts';
import { tagSlug, tasksArchive } from '../../../../src/lib/figures/sections/tasks-data.ts';
import {
  taskModelFigures,
  tasksCsvFiles,
  tasksFigures,
  tasksPage,
} from '../../../../src/lib/figures/sections/tasks.ts';
import { readSiteData, type SiteData } from '../../../../src/lib/figures/site-data.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/lib/transform/citation.ts';

const model = (id: string, usage: number, token: number) => ({ id, tag_usage_share: usage, tag_token_share: token });
const task = (
  tag: string,
  name: string,
  macro: string,
  usage: number,
  token: number,
  models = [model('a/m', 1, 1)],
) => ({
  tag,
  display_name: name,
  macro_category: macro,
  usage_share: usage,
  token_share: token,
  category_usage_share: 0,
  category_token_share: 0,
  models,
});

/** Four tasks: code generation leads requests, debugging leads tokens, roleplay lists no models, one is empty. */
const BODY = {
  data: {
    window_days: 7,
    as_of: '2026-05-10',
    classifications: [
      task('code:general_impl', 'Code Generation', 'code', 0.5, 0.3, [
        model('openai/gpt-4.1-mini', 0.55, 0.4),
        model('anthropic/claude-sonnet-4', 0.2, 0.5),
      ]),
      task('code:debug', 'Debugging', 'code', 0.3, 0.5),
      task('chat:roleplay', 'Roleplay', 'chat', 0.2, 0.2, []),
      task('chat:idle', 'Idle', 'chat', 0, 0, []),
    ],
    macro_categories: [
      { key: 'code', label: 'Code', usage_share: 0.8, token_share: 0.8 },
      { key: 'chat', label: 'Chat', usage_share: 0.2, token_share: 0.2 },
    ],
  },
};

let dir = '';
let empty = '';
let data: SiteData;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-tasks-'));
  empty = mkdtempSync(join(tmpdir(), 'atlas-tasks-empty-'));
  await writeSnapshot(dir, {
    dataset: 'task-classifications',
    date: '2026-05-11',
    fetched_at: '2026-05-11T03:00:00.000Z',
    synthetic: true,
    responses: [{ key: '7d', query: { window: '7d' }, body: BODY }],
  });
  await writeManifest(dir, {
    format: 1,
    synthetic: true,
    datasets: {
      'task-classifications': { fetched_at: 'f', as_of: '2026-05-10', files: ['task-classifications/2026-05-11.json'] },
    },
  });
  data = readSiteData(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

function byId(figures: FigureInput[], id: string): FigureInput {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
}

describe(tasksArchive, () => {
  it('reads the 7-day classifications with the synthetic notice, and is null for an empty archive', () => {
    expect(tasksArchive(data)).toMatchObject({ synthetic: true, attribution: SYNTHETIC_NOTICE });
    expect(tasksArchive(readSiteData(empty))).toBeNull();
  });
});

describe(tasksFigures, () => {
  it('draws one frozen treemap per measure, each its page card, on its own page', () => {
    const figures = tasksFigures(data);
    expect(figures.map((f) => [f.id, f.links.page, f.embed])).toEqual([
      ['tasks-treemap-usage', '/tasks/#task-treemap', { card: true, frozen: { kind: 'own' } }],
      ['tasks-treemap-token', '/tasks/tokens/#task-treemap', { card: true, frozen: { kind: 'own' } }],
    ]);
    expect(tasksFigures(readSiteData(empty))).toEqual([]);
  });

  it('says the same notes on its page and embed: the window, the labels, and the tasks not drawn', () => {
    const notes = byId(tasksFigures(data), 'tasks-treemap-token').notes ?? [];
    expect(notes[0]).toMatch(/^Shares are of classified tokens over the last 7 days;/);
    expect(notes.at(-1)).toBe('1 task with a zero share is not drawn.');
  });

  it('titles the chart with its window only where it stands alone, and toggles the measure to the treemap', () => {
    const usage = byId(tasksFigures(data), 'tasks-treemap-usage');
    expect(usage.heading).toBe('Tasks by share of requests');
    expect(usage.title).toBe('Tasks by share of requests, last 7 days');
    expect(usage.variants?.[0]?.options).toEqual([
      { label: 'Requests', href: '/tasks/#task-treemap', current: true },
      { label: 'Tokens', href: '/tasks/tokens/#task-treemap', current: false },
    ]);
  });
});

describe(taskModelFigures, () => {
  it('draws a live-only chart per task that lists models, per measure, largest task first', () => {
    const figures = taskModelFigures(data);
    expect(figures.map((f) => f.id)).toEqual([
      'tasks-models-usage-code-general_impl',
      'tasks-models-usage-code-debug',
      'tasks-models-token-code-debug',
      'tasks-models-token-code-general_impl',
    ]);
    expect(figures.every((f) => f.embed.frozen.kind === 'none' && !f.embed.card)).toBe(true);
    expect(() => checkCatalogue([...tasksFigures(data), ...figures].map((f) => FigureSchema.parse(f)))).not.toThrow();
  });

  it("anchors each chart in its task's section on the page and tables its models by the measure", () => {
    const figure = byId(taskModelFigures(data), 'tasks-models-token-code-general_impl');
    expect(figure).toMatchObject({
      heading: 'Code Generation',
      level: 3,
      title: 'Top models for Code Generation, by share of tokens',
      links: {
        page: '/tasks/tokens/#tasks-models-token-code-general_impl',
        csv: '/tasks/tasks-models-token-code-general_impl.csv',
        exports: '/tasks/tasks-models-token-code-general_impl',
      },
    });
    expect(figure.table.rows).toEqual([
      ['Claude Sonnet 4', '50.0%'],
      ['GPT 4.1 Mini', '40.0%'],
    ]);
  });
});

describe(tasksCsvFiles, () => {
  it('writes the treemap, all tasks’ models and each task’s models, per measure', () => {
    const files = tasksCsvFiles(data);
    expect(files.map((f) => f.path)).toEqual([
      '/tasks/tasks-treemap-usage.csv',
      '/tasks/tasks-models-usage.csv',
      '/tasks/tasks-models-usage-code-general_impl.csv',
      '/tasks/tasks-models-usage-code-debug.csv',
      '/tasks/tasks-treemap-token.csv',
      '/tasks/tasks-models-token.csv',
      '/tasks/tasks-models-token-code-debug.csv',
      '/tasks/tasks-models-token-code-general_impl.csv',
    ]);
    const all = files
      .find((f) => f.path === '/tasks/tasks-models-token.csv')
      ?.body.trim()
      .split(/\r?\n/);
    expect(all?.[0]).toBe('tag,model,name,tag_token_share');
    expect(all).toHaveLength(4);
    expect(tasksCsvFiles(readSiteData(empty))).toEqual([]);
  });
});

describe(tasksPage, () => {
  it('lists every task chart with its share, in the order of the catalogue', () => {
    const page = tasksPage(data, 'usage');
    expect(page).toMatchObject({ pageTitle: 'Tasks', treemapId: 'tasks-treemap-usage', asOf: '2026-05-10' });
    expect(page.models?.cards).toEqual([
      { id: 'tasks-models-usage-code-general_impl', share: '50.0% of classified requests' },
      { id: 'tasks-models-usage-code-debug', share: '30.0% of classified requests' },
    ]);
    expect(page.models?.takeaway).toMatch(/^Code Generation: /);
    expect(page.models?.variants.options.map((o) => o.href)).toEqual([
      '/tasks/#tasks-models-usage',
      '/tasks/tokens/#tasks-models-usage',
    ]);
  });

  it('shows no treemap or models without classifications', () => {
    expect(tasksPage(readSiteData(empty), 'token')).toMatchObject({
      pageTitle: 'Tasks: by share of tokens',
      treemapId: null,
      models: null,
      asOf: null,
    });
  });
});

describe(tagSlug, () => {
  it.each([
    ['code:general_impl', 'code-general_impl'],
    ['Chat/Role Play', 'chat-role-play'],
  ])('turns %s into %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });
});
