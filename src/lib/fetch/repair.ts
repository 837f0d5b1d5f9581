import { addDays, weekStartOf } from '../api/dates.ts';
import type { DamagedFile } from '../archive/damage.ts';
import { type Dataset, RANKINGS_VIEWS, type RankingsViewDataset } from '../archive/format.ts';
import { fileStem, viewFolder } from '../archive/paths.ts';
import type { ArchiveState, PlannedRequest } from './plan.ts';

/**
 * Repairing the archive: files the manifest lists that are missing or unreadable. Months of rankings and of a view
 * are fetched again, by planning from before the damaged month as if the history ended there; the rest of the plan
 * follows as usual and the merge rewrites the month whole. A dated snapshot cannot be fetched again (the API keeps
 * no history of those datasets): it is taken out of the manifest, and today's snapshot is fetched as every run does.
 */

/** True for the rankings-view datasets, whose files are `<dataset>/<view>/<month>.json`. */
function isViewDataset(dataset: Dataset): dataset is RankingsViewDataset {
  return Object.hasOwn(RANKINGS_VIEWS, dataset);
}

/** True when a damaged file can be fetched again: a month of rankings or of a view; not a dated snapshot. */
export function isRefetchable(damaged: DamagedFile): boolean {
  return damaged.dataset === 'rankings-daily' || isViewDataset(damaged.dataset);
}

/** The view a partition path belongs to (`rankings-category/marketing-seo/2026-05.json` -> `marketing/seo`). */
function viewOfFile(dataset: RankingsViewDataset, file: string): string | undefined {
  const folder = file.split('/')[1];
  return RANKINGS_VIEWS[dataset].views.find((view) => viewFolder(view) === folder);
}

/** The earlier of two dates, either possibly absent. */
function earliest(a: string | undefined, b: string): string {
  return a === undefined || b < a ? b : a;
}

/**
 * The archive state that plans the repair of `damaged` along with the usual update: rankings are complete only up
 * to the day before the earliest damaged month, and a view with a damaged month only up to the week before it, so
 * the plan fetches those months again. Pure; `state` is read with damaged files skipped.
 */
export function toRepairState(state: ArchiveState, damaged: readonly DamagedFile[]): ArchiveState {
  let newestRankingsDate = state.newestRankingsDate;
  const newestViewWeeks = Object.fromEntries(
    Object.entries(state.newestViewWeeks ?? {}).map(([dataset, views]) => [dataset, { ...views }]),
  ) as Partial<Record<RankingsViewDataset, Record<string, string>>>;
  const viewsCheckedThrough = Object.fromEntries(
    Object.entries(state.viewsCheckedThrough ?? {}).map(([dataset, views]) => [dataset, { ...views }]),
  ) as Partial<Record<RankingsViewDataset, Record<string, string>>>;
  for (const { dataset, file } of damaged) {
    // A partition's file is named after its month: the history is whole up to the day before it.
    const dayBefore = () => addDays(`${fileStem(file)}-01`, -1);
    if (dataset === 'rankings-daily') {
      if (newestRankingsDate !== null) newestRankingsDate = earliest(newestRankingsDate, dayBefore());
    } else if (isViewDataset(dataset)) {
      const view = viewOfFile(dataset, file);
      if (view === undefined) continue; // a view the plan does not know: nothing to fetch it with
      const week = weekStartOf(dayBefore());
      const weeks = (newestViewWeeks[dataset] ??= {});
      weeks[view] = earliest(weeks[view], week);
      const checked = (viewsCheckedThrough[dataset] ??= {});
      checked[view] = earliest(checked[view], week);
    }
  }
  return { ...state, newestRankingsDate, newestViewWeeks, viewsCheckedThrough };
}

/**
 * `--repair`: only the requests that repair. Rankings with a damaged month keep their whole plan (from that month
 * on); a view dataset keeps the requests of its damaged views; a snapshot dataset is fetched again only when its
 * newest snapshot was damaged (`newestSnapshots`: the newest listed file of each snapshot dataset).
 */
export function toRepairPlan(
  plan: readonly PlannedRequest[],
  damaged: readonly DamagedFile[],
  newestSnapshots: ReadonlySet<string>,
): PlannedRequest[] {
  const views = new Set(
    damaged.flatMap(({ dataset, file }) => (isViewDataset(dataset) ? [`${dataset} ${viewOfFile(dataset, file)}`] : [])),
  );
  const refetched = new Set(
    damaged.filter((d) => isRefetchable(d) || newestSnapshots.has(d.file)).map((d) => d.dataset),
  );
  return plan.filter((request) => {
    if (!refetched.has(request.dataset)) return false;
    return !('view' in request) || views.has(`${request.dataset} ${request.view}`);
  });
}

/** A damaged file as the run reports it: `rankings-daily/2025-06.json is listed in manifest.json but missing: …`. */
export function damageLine(damaged: DamagedFile): string {
  const action = isRefetchable(damaged)
    ? 'fetching its month again'
    : 'a dated snapshot cannot be fetched again (the API keeps no history): removed from the archive';
  return `Repair: ${damaged.file} ${damaged.problem}; ${action}.`;
}
