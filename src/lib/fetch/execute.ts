import { type AppRankingsResponse, fetchAppRankings } from '../api/app-rankings.ts';
import { type BenchmarksResponse, fetchBenchmarks, type OpenRouterBenchmarksResponse } from '../api/benchmarks.ts';
import type { DataApiClient } from '../api/client.ts';
import { SYNTHETIC_MARKER } from '../api/common.ts';
import { fetchModels, type ModelsResponse } from '../api/models.ts';
import { fetchRankingsDaily, type RankingsDailyResponse } from '../api/rankings-daily.ts';
import { fetchSessionCost, type SessionCostResponse } from '../api/session-cost.ts';
import { fetchTaskClassifications, type TaskClassificationsResponse } from '../api/task-classifications.ts';
import type { RankingsViewDataset } from '../archive/format.ts';
import type { PlannedRequest } from './plan.ts';

type RequestOf<D extends PlannedRequest['dataset']> = Extract<PlannedRequest, { dataset: D }>;

/** A planned request with its validated response (additive fields kept verbatim). */
export type Fetched =
  | ResponseOf<'rankings-daily', RankingsDailyResponse>
  | ResponseOf<'app-rankings', AppRankingsResponse>
  | ResponseOf<'benchmarks', BenchmarksResponse>
  | ResponseOf<'task-classifications', TaskClassificationsResponse>
  | ResponseOf<RankingsViewDataset, RankingsDailyResponse>
  | ResponseOf<'benchmarks-openrouter', OpenRouterBenchmarksResponse>
  | ResponseOf<'models', ModelsResponse>
  | ResponseOf<'session-cost', SessionCostResponse>;

interface ResponseOf<D extends PlannedRequest['dataset'], B> {
  readonly dataset: D;
  readonly request: RequestOf<D>;
  readonly body: B;
}

/** Sends one planned request through the endpoint's typed fetch function. */
export async function executeRequest(client: DataApiClient, request: PlannedRequest): Promise<Fetched> {
  switch (request.dataset) {
    case 'rankings-daily':
      return { dataset: request.dataset, request, body: await fetchRankingsDaily(client, request.query) };
    case 'app-rankings':
      return { dataset: request.dataset, request, body: await fetchAppRankings(client, request.query) };
    case 'benchmarks':
      return { dataset: request.dataset, request, body: await fetchBenchmarks(client, request.query) };
    case 'task-classifications':
      return { dataset: request.dataset, request, body: await fetchTaskClassifications(client, request.query) };
    case 'rankings-category':
    case 'rankings-language':
    case 'rankings-modality':
    case 'rankings-context':
      return { dataset: request.dataset, request, body: await fetchRankingsDaily(client, request.query) };
    case 'benchmarks-openrouter':
      return { dataset: request.dataset, request, body: await fetchBenchmarks(client, request.query) };
    case 'models':
      return { dataset: request.dataset, request, body: await fetchModels(client, request.query) };
    case 'session-cost':
      return { dataset: request.dataset, request, body: await fetchSessionCost(client, request.query) };
  }
}

/**
 * True when the response carries the local Data API's marker: `meta.synthetic: true`, or `data.synthetic: true`
 * for task classifications and the top-level `synthetic: true` for the model catalogue (neither has a `meta`).
 * The only source of an archive's synthetic flag.
 */
export function isSyntheticResponse(fetched: Fetched): boolean {
  if (fetched.dataset === 'models') return fetched.body[SYNTHETIC_MARKER] === true;
  const holder = fetched.dataset === 'task-classifications' ? fetched.body.data : fetched.body.meta;
  return holder[SYNTHETIC_MARKER] === true;
}

/**
 * The response's `as_of`: `meta.as_of`, or `data.as_of` for task classifications; `undefined` for the model
 * catalogue, which has none (its snapshot is dated by the run).
 */
export function asOfOf(fetched: Fetched): string | undefined {
  if (fetched.dataset === 'models') return undefined;
  return fetched.dataset === 'task-classifications' ? fetched.body.data.as_of : fetched.body.meta.as_of;
}

/** The newest of some `as_of` values (timestamps or dates), compared as instants. */
export function newestAsOf(values: readonly string[]): string | undefined {
  let newest: string | undefined;
  for (const value of values) {
    if (newest === undefined || toInstant(value) > toInstant(newest)) newest = value;
  }
  return newest;
}

function toInstant(value: string): number {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
