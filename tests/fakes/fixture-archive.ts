/**
 * A small archive on disk for section tests: hand-picked rows written with the archive's own writers and read back
 * with `readSiteData`, so a test builds figures from the same files a build reads. Each dataset is optional.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../src/lib/api/dates.ts';
import type { ArtificialAnalysisItem, DesignArenaItem, OpenRouterBenchmarkItem } from '../../src/lib/api/benchmarks.ts';
import type { Model } from '../../src/lib/api/models.ts';
import type { RankingsDailyRow } from '../../src/lib/api/rankings-daily.ts';
import type { SessionCostCell } from '../../src/lib/api/session-cost.ts';
import type { Manifest, RankingsViewDataset, RankingsViewPartition, Snapshot } from '../../src/lib/archive/format.ts';
import { rankingsFile, sessionCostFile, viewPartitionFile } from '../../src/lib/archive/paths.ts';
import { writeSessionCostWindow } from '../../src/lib/archive/session-cost.ts';
import {
  writeManifest,
  writeRankingsPartitions,
  writeSnapshot,
  writeViewPartitions,
} from '../../src/lib/archive/write.ts';
import { readSiteData, snapshotHistory, type SiteData } from '../../src/lib/figures/site-data.ts';

/** The `as_of` of every dataset of the fixture: 10 Nov 2026 is in progress, 9 Nov the last complete day. */
export const AS_OF = '2026-11-10T12:00:00.000Z';
const DATE = '2026-11-10';

const windowMeta = { as_of: AS_OF, version: 'v1' as const, start_date: '2026-10-12', end_date: DATE };
const benchmarksMeta = (citation: string) => ({
  as_of: AS_OF,
  version: 'v1' as const,
  source: null,
  source_url: null,
  citation,
  model_count: 0,
  task_type: null,
});

/** An Artificial Analysis item priced at `usd` per token for prompt and completion alike (null: no price). */
export function aaItem(slug: string, intelligence: number | null, usd: string | null): ArtificialAnalysisItem {
  return {
    source: 'artificial-analysis',
    model_permaslug: slug,
    display_name: slug.split('/')[1] ?? slug,
    intelligence_index: intelligence,
    coding_index: intelligence === null ? null : intelligence - 5,
    agentic_index: null,
    pricing: usd === null ? null : { prompt: usd, completion: usd },
  };
}

/** A Design Arena item of `category` in `arena`. */
export function daItem(slug: string, arena: string, category: string, elo: number, usd: string): DesignArenaItem {
  return {
    source: 'design-arena',
    model_permaslug: slug,
    display_name: slug.split('/')[1] ?? slug,
    arena,
    category,
    elo,
    win_rate: elo / 20,
    avg_generation_time_ms: elo * 10,
    tournament_stats: { first_place: 1, second_place: 1, third_place: 1, fourth_place: 1, total: 4 },
    pricing: { prompt: usd, completion: usd },
  };
}

/** An OpenRouter benchmark result. */
export function orItem(slug: string, accuracy: number, cost: number | null): OpenRouterBenchmarkItem {
  return {
    source: 'openrouter',
    model_permaslug: slug,
    display_name: slug.split('/')[1] ?? slug,
    benchmark_type: 'gpqa_diamond',
    accuracy,
    accuracy_stddev: 0.02,
    avg_cost_per_task: cost,
    total_tasks: 198,
    last_run_timestamp: '2026-11-05T04:00:00.000Z',
  };
}

/**
 * A catalogue model of `permaslug` (its `:variant` kept in the id): `name` with its author prefix, released on
 * `created` (`YYYY-MM-DD`), priced in USD per million tokens `prompt/completion` (`'3/15'`; `'-1/-1'` varies).
 */
export function catalogueModel(
  permaslug: string,
  name: string,
  created: string,
  price = '1/2',
  extra: Partial<Model> = {},
): Model {
  const colon = permaslug.indexOf(':');
  const perToken = (usd: string) => (usd === '-1' ? usd : String(Number(usd) / 1e6));
  const [prompt = '0', completion = '0'] = price.split('/').map(perToken);
  return {
    id: permaslug,
    canonical_slug: colon < 0 ? permaslug : permaslug.slice(0, colon),
    name,
    created: Date.parse(`${created}T09:30:00Z`) / 1000,
    context_length: 128_000,
    architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text' },
    pricing: { prompt, completion },
    top_provider: { is_moderated: false },
    links: { details: '' },
    ...extra,
  };
}

/** One view's weekly rows: `tokens` per model for each Monday. */
export type ViewFixture = { dataset: RankingsViewDataset; view: string; weeks: Record<string, Record<string, string>> };

/** What the fixture holds; an absent dataset is not archived. */
export type Fixture = {
  /** Daily tokens per model for each date. */
  rankings?: Record<string, Record<string, string>>;
  views?: ViewFixture[];
  /** Benchmarks responses by snapshot key (`artificial-analysis/intelligence`, `design-arena/models`). */
  benchmarks?: Record<string, (ArtificialAnalysisItem | DesignArenaItem)[]>;
  /** OpenRouter benchmark responses by snapshot key (`openrouter/gpqa_diamond`). */
  openrouter?: Record<string, OpenRouterBenchmarkItem[]>;
  /** The model catalogue (`GET /models`, one page), snapshot dated 10 Nov 2026. */
  catalogue?: Model[];
  /** Session-cost windows: each one's end date (7 days long, published the next day at 06:00 UTC) and cells. */
  sessionCost?: { windowEndDate: string; cells: SessionCostCell[] }[];
  /** Dated snapshots written as given: a dataset's response bodies by key on one date (for history figures). */
  dated?: DatedSnapshot[];
  synthetic?: boolean;
};

/** One archived snapshot of a history fixture: its dataset, date and verbatim response bodies by key. */
export type DatedSnapshot = {
  dataset: (typeof HISTORY_DATASETS)[number];
  date: string;
  bodies: Record<string, unknown>;
};

/** The snapshot datasets the site reads a history of. */
const HISTORY_DATASETS = ['app-rankings', 'benchmarks', 'task-classifications'] as const;

function toRows(byDate: Record<string, Record<string, string>>): RankingsDailyRow[] {
  return Object.entries(byDate).flatMap(([date, tokens]) =>
    Object.entries(tokens).map(([model_permaslug, total_tokens]) => ({ date, model_permaslug, total_tokens })),
  );
}

function snapshot(dataset: Snapshot['dataset'], bodies: Record<string, unknown[]>, synthetic: boolean): Snapshot {
  return {
    dataset,
    date: DATE,
    fetched_at: AS_OF,
    synthetic,
    responses: Object.entries(bodies).map(([key, data]) => ({
      key,
      query: {},
      body: { data, meta: benchmarksMeta(`Source: ${key}`) },
    })),
  };
}

/** Writes `fixture` into `dir`, the manifest last. */
export async function writeFixture(dir: string, fixture: Fixture): Promise<void> {
  const synthetic = fixture.synthetic ?? false;
  const files: Record<string, string[]> = {};
  if (fixture.rankings) {
    const rows = toRows(fixture.rankings);
    const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))];
    const partitions = months.map((month) => ({
      dataset: 'rankings-daily' as const,
      month,
      synthetic,
      meta: windowMeta,
      data: rows.filter((r) => r.date.startsWith(month)),
    }));
    await writeRankingsPartitions(dir, partitions);
    files['rankings-daily'] = months.map(rankingsFile);
  }
  for (const view of fixture.views ?? []) {
    const rows = toRows(view.weeks);
    const partitions: RankingsViewPartition[] = [...new Set(rows.map((r) => r.date.slice(0, 7)))].map((month) => ({
      dataset: view.dataset,
      view: view.view,
      period: 'week',
      estimate: view.dataset === 'rankings-category' || view.dataset === 'rankings-language',
      month,
      synthetic,
      meta: windowMeta,
      data: rows.filter((r) => r.date.startsWith(month)),
    }));
    await writeViewPartitions(dir, partitions);
    const list = partitions.map((p) => viewPartitionFile(p.dataset, p.view, p.month));
    files[view.dataset] = [...(files[view.dataset] ?? []), ...list];
  }
  if (fixture.benchmarks) {
    await writeSnapshot(dir, snapshot('benchmarks', fixture.benchmarks, synthetic));
    files.benchmarks = [`benchmarks/${DATE}.json`];
  }
  if (fixture.openrouter) {
    await writeSnapshot(dir, snapshot('benchmarks-openrouter', fixture.openrouter, synthetic));
    files['benchmarks-openrouter'] = [`benchmarks-openrouter/${DATE}.json`];
  }
  if (fixture.catalogue) {
    const body = { data: fixture.catalogue, links: { next: null }, total_count: fixture.catalogue.length };
    const response = { key: 'offset-0', query: { offset: 0 }, body };
    await writeSnapshot(dir, { dataset: 'models', date: DATE, fetched_at: AS_OF, synthetic, responses: [response] });
    files.models = [`models/${DATE}.json`];
  }
  for (const window of fixture.sessionCost ?? []) {
    const asOf = `${addDays(window.windowEndDate, 1)}T06:00:00.000Z`;
    const meta = { as_of: asOf, version: 'v1' as const, window_days: 7, window_end_date: window.windowEndDate };
    await writeSessionCostWindow(dir, {
      dataset: 'session-cost',
      window_end_date: window.windowEndDate,
      window_days: 7,
      fetched_at: AS_OF,
      synthetic,
      meta,
      data: window.cells,
    });
    files['session-cost'] = [...(files['session-cost'] ?? []), sessionCostFile(window.windowEndDate)];
  }
  for (const { dataset, date, bodies } of fixture.dated ?? []) {
    const responses = Object.entries(bodies).map(([key, body]) => ({ key, query: {}, body }));
    await writeSnapshot(dir, { dataset, date, fetched_at: `${date}T03:00:00.000Z`, synthetic, responses });
    files[dataset] = [...(files[dataset] ?? []), `${dataset}/${date}.json`];
  }
  const manifest: Manifest = {
    format: 1,
    synthetic,
    datasets: Object.fromEntries(
      Object.entries(files).map(([dataset, list]) => [dataset, { fetched_at: AS_OF, as_of: AS_OF, files: list }]),
    ),
  };
  await writeManifest(dir, manifest);
}

/** Writes `fixture` into a fresh temporary directory, reads it as a build would, and removes the directory. */
export async function fixtureSiteData(fixture: Fixture): Promise<SiteData> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sections-'));
  try {
    await writeFixture(dir, fixture);
    const data = readSiteData(dir);
    // Read every snapshot's history now, while the files exist (the site reads them on first use).
    for (const dataset of HISTORY_DATASETS) snapshotHistory(data, dataset);
    return data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses a CSV written by `toCsv` (no quoted commas in the fixture's names) into rows of cells, header first. */
export function csvRows(body: string): string[][] {
  return body
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}
