/** An in-process fake of the Data API endpoints for runFetch unit tests: valid bodies, optional faults. */
import { addDays, weekStartOf } from '../../src/lib/api/dates.ts';
import { type FakeFetch, fakeFetch, json, rankingsBody } from './fetch.ts';

export interface FakeApiOptions {
  /** Put the local Data API's marker in every response. */
  readonly synthetic?: boolean;
  /** Answer requests whose path ends with `path` (e.g. `/benchmarks`) with `answer`, unless it gives undefined. */
  readonly fault?: { readonly path: string; readonly answer: (url: URL) => Response | undefined };
  /** Give one model on each rankings date a total above 2^53. */
  readonly hugeTokens?: boolean;
  /** Tokens of the first rankings row, to tell one run's rows from another's. */
  readonly firstTokens?: string;
  /** Rankings views answered with no rows, as `param=value` (`modality=audio`), like a view without traffic. */
  readonly emptyViews?: readonly string[];
  /** Models in the catalogue (default 3), served in pages by `offset` and `limit`. */
  readonly models?: number;
  /** Session-cost cells of the window (default 3), served in pages by `offset` and `limit`. */
  readonly sessionCostCells?: number;
  /** The session-cost window's end (default `2026-05-10`); `null` for no published snapshot. */
  readonly sessionCostWindow?: string | null;
  /** Medians of the session-cost cells, to tell one window's answer from another's (default 0.5). */
  readonly sessionCostUsd?: number;
}

const ASOF = '2026-05-12T02:00:00.000Z';

function windowMeta(url: URL, synthetic: boolean) {
  return {
    as_of: ASOF,
    version: 'v1',
    start_date: url.searchParams.get('start_date') ?? '2026-04-12',
    end_date: url.searchParams.get('end_date') ?? '2026-05-11',
    ...(synthetic ? { synthetic: true } : {}),
  };
}

/** Weekly rows (`period=week`): three rows per week whose Monday is in the window, dated by that Monday. */
function weeklyRows(start: string, end: string) {
  const rows: { date: string; model_permaslug: string; total_tokens: string }[] = [];
  for (let week = weekStartOf(start); week <= end; week = addDays(week, 7)) {
    rows.push(
      { date: week, model_permaslug: 'openai/gpt-4o', total_tokens: '21000' },
      { date: week, model_permaslug: 'anthropic/claude-sonnet-4', total_tokens: '14000' },
      { date: week, model_permaslug: 'other', total_tokens: '3500' },
    );
  }
  return rows;
}

function rankings(url: URL, options: FakeApiOptions): Response {
  const meta = windowMeta(url, options.synthetic ?? false);
  if (url.searchParams.get('period') === 'week') {
    const empty = [...url.searchParams].some(([name, value]) => options.emptyViews?.includes(`${name}=${value}`));
    return json({ data: empty ? [] : weeklyRows(meta.start_date, meta.end_date), meta });
  }
  const body = rankingsBody(meta.start_date, meta.end_date, options.synthetic ? { synthetic: true } : {});
  const data = body.data.map((row, i) => {
    if (i === 0 && options.firstTokens) return { ...row, total_tokens: options.firstTokens };
    return options.hugeTokens && row.model_permaslug === 'openai/gpt-4o'
      ? { ...row, total_tokens: '9007199254740993' }
      : row;
  });
  return json({ data, meta: { ...body.meta, as_of: ASOF } });
}

function benchmarks(url: URL, synthetic: boolean): Response {
  const source = url.searchParams.get('source');
  const meta = {
    as_of: ASOF,
    version: 'v1',
    source,
    source_url: null,
    citation: `Source: ${source}`,
    model_count: 1,
    task_type: url.searchParams.get('task_type'),
    ...(synthetic ? { synthetic: true } : {}),
  };
  const common = { model_permaslug: 'openai/gpt-4o', display_name: 'GPT-4o', pricing: null };
  if (source === 'openrouter') {
    const item = {
      source,
      model_permaslug: 'openai/gpt-4o',
      display_name: 'GPT-4o',
      benchmark_type: url.searchParams.get('benchmark_type') ?? 'gpqa_diamond',
      accuracy: 0.5,
      accuracy_stddev: null,
      avg_cost_per_task: 0.01,
      total_tasks: 198,
      last_run_timestamp: '2026-05-01T04:00:00.000Z',
    };
    return json({ data: [item], meta });
  }
  const item =
    source === 'design-arena'
      ? {
          ...common,
          source,
          arena: url.searchParams.get('arena') ?? 'models',
          category: 'all',
          elo: 1400,
          win_rate: 60,
          avg_generation_time_ms: null,
          tournament_stats: { first_place: 1, second_place: 2, third_place: 3, fourth_place: 4, total: 10 },
        }
      : { ...common, source, intelligence_index: 70, coding_index: null, agentic_index: 50.5 };
  return json({ data: [item], meta });
}

function tasks(synthetic: boolean): Response {
  const classification = {
    tag: 'code:general_impl',
    display_name: 'Code Generation',
    macro_category: 'code',
    usage_share: 1,
    token_share: 1,
    category_usage_share: 1,
    category_token_share: 1,
    models: [{ id: 'openai/gpt-4o', tag_usage_share: 0.5, tag_token_share: 0.25 }],
  };
  const macro = { key: 'code', label: 'Code', usage_share: 1, token_share: 1 };
  const data = { window_days: 7, as_of: '2026-05-11', classifications: [classification], macro_categories: [macro] };
  return json({ data: synthetic ? { ...data, synthetic: true } : data });
}

/** Catalogue model `i`: `fake/model-0`, its permaslug dated, every third one a `:free` variant. */
function fakeModel(i: number) {
  const variant = i % 3 === 2 ? ':free' : '';
  return {
    id: `fake/model-${i}${variant}`,
    canonical_slug: `fake/model-${i}-20250101`,
    name: `Fake: Model ${i}`,
    created: 1_735_689_600 + i,
    context_length: 131_072,
    architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text' },
    pricing: { prompt: '0.000001', completion: '0.000002' },
    top_provider: { is_moderated: false },
    links: { details: `/api/v1/models/fake/model-${i}/endpoints` },
  };
}

function pageOf(url: URL, total: number, defaultLimit: number): number[] {
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? defaultLimit);
  return Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
}

function models(url: URL, options: FakeApiOptions): Response {
  const total = options.models ?? 3;
  const data = pageOf(url, total, 500).map(fakeModel);
  const body = { data, links: { next: null }, total_count: total };
  return json(options.synthetic ? { ...body, synthetic: true } : body);
}

function sessionCost(url: URL, options: FakeApiOptions): Response {
  const end = options.sessionCostWindow === undefined ? '2026-05-10' : options.sessionCostWindow;
  const meta = {
    as_of: ASOF,
    version: 'v1',
    window_days: end === null ? null : 7,
    window_end_date: end,
    ...(options.synthetic ? { synthetic: true } : {}),
  };
  const cell = (i: number) => ({
    app_name: `Harness ${i}`,
    app_slug: `harness-${i}`,
    model_permaslug: 'openai/gpt-4o',
    turn_range: '2-9-turns',
    median_session_cost_usd: options.sessionCostUsd ?? 0.5,
  });
  const data = end === null ? [] : pageOf(url, options.sessionCostCells ?? 3, 100).map(cell);
  return json({ data, meta });
}

/** A fake fetch serving every endpoint under any base URL (rankings' weekly views and openrouter included). */
export function fakeDataApi(options: FakeApiOptions = {}): FakeFetch {
  const synthetic = options.synthetic ?? false;
  return fakeFetch((url) => {
    const faulty = options.fault && url.pathname.endsWith(options.fault.path) ? options.fault.answer(url) : undefined;
    if (faulty) return faulty;
    if (url.pathname.endsWith('/datasets/rankings-daily')) return rankings(url, options);
    if (url.pathname.endsWith('/datasets/app-rankings')) {
      const row = { rank: 1, app_id: 1, app_name: 'Cline', total_tokens: '123', total_requests: 4 };
      return json({ data: [row], meta: windowMeta(url, synthetic) });
    }
    if (url.pathname.endsWith('/benchmarks')) return benchmarks(url, synthetic);
    if (url.pathname.endsWith('/classifications/task')) return tasks(synthetic);
    if (url.pathname.endsWith('/models')) return models(url, options);
    if (url.pathname.endsWith('/datasets/session-cost')) return sessionCost(url, options);
    return json({ error: { code: 404, message: 'not found' } }, 404);
  });
}
