/**
 * The Atom feed of what changed (`/feed.xml`): one entry per archive day from the complete days of the rankings and
 * the archived `popular/all` app board and task snapshots (`toFeedEntries`), serialised by `toAtomFeed`. Entry ids
 * and `updated` depend on the archive only, never on the clock, so rebuilds of one archive give the same feed.
 */
import { TaskClassificationsResponseSchema } from '../../api/task-classifications.ts';
import { DATASET_START } from '../../api/common.ts';
import { taskClassificationsKey } from '../../archive/keys.ts';
import { toAtomFeed } from '../../feed/atom.ts';
import { toFeedEntries, type FeedEntry, type FeedTarget } from '../../transform/feed-entries.ts';
import { FEED_PATH, modelPagePath } from '../routes.ts';
import { derived, type SiteData } from '../site-data.ts';
import { boardSnapshots, datedBodies } from './history-data.ts';
import { modelNamer } from './model-names.ts';
import { modelsArchive } from './models-data.ts';

/** How many of the newest archive days the feed covers. */
export const FEED_DAYS = 30;

/** The site path a feed link points at (without the base path: the serializer adds it). */
export function feedPathOf(target: FeedTarget): string {
  if (target.kind === 'model') return modelPagePath(target.permaslug);
  return `/${target.kind}/`;
}

/** The feed's entries, newest day first, once per build. */
export function feedEntriesOf(data: SiteData): FeedEntry[] {
  return derived(data, 'feed:entries', () => {
    const archive = modelsArchive(data);
    const tasks = datedBodies(
      data,
      'task-classifications',
      taskClassificationsKey('7d'),
      TaskClassificationsResponseSchema,
    );
    return toFeedEntries({
      rows: archive?.rows ?? [],
      // Every day is cited with the rankings' newest as_of: the archive keeps one as_of per month's partition.
      rankingsAsOf: () => archive?.asOf ?? DATASET_START,
      synthetic: data.manifest?.synthetic ?? archive?.synthetic ?? false,
      apps: boardSnapshots(data, 'popular', { kind: 'all' }),
      tasks,
      pathOf: feedPathOf,
      nameOf: modelNamer(data),
      days: FEED_DAYS,
    });
  });
}

/**
 * The feed as Atom XML for a site served at `siteUrl` under `basePath` (`/` or `/atlas/`). Without any entry (an
 * empty archive) the feed is dated by the rankings' `as_of`, else by the first day the API covers.
 */
export function atomFeedOf(data: SiteData, where: { siteUrl: string; basePath: string }): string {
  const entries = feedEntriesOf(data);
  const fallback = modelsArchive(data)?.asOf ?? `${DATASET_START}T00:00:00.000Z`;
  return toAtomFeed(entries, {
    ...where,
    feedPath: FEED_PATH,
    ...(entries.length === 0 ? { updated: fallback } : {}),
  });
}
