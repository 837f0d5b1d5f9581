/**
 * The app-rankings snapshot as the apps pages use it: which leaderboard pages exist, their URLs and chart ids,
 * and each board with its window and attribution. Read once per build and shared by every apps route.
 *
 * URLs: `/apps/` (hub), `/apps/{popular|trending}/` (all apps), `/apps/{sort}/{category}/`,
 * `/apps/{sort}/{category}/{subcategory}/`, and `…/2/` for ranks 51–100 where the archive holds them.
 */
import { APP_SORTS, AppRankingsResponseSchema, type AppSort } from '../../lib/api/app-rankings.ts';
import type { WindowMeta } from '../../lib/api/common.ts';
import type { Snapshot } from '../../lib/archive/format.ts';
import { appRankingsKey, type AppScope } from '../../lib/archive/keys.ts';
import { archiveDirFromEnv } from '../../lib/archive/paths.ts';
import { readLatestSnapshot, snapshotBody } from '../../lib/archive/read.ts';
import { pageCountOf, toLeaderboard, type Leaderboard } from '../../lib/transform/app-leaderboard.ts';
import { categoryOf } from '../../lib/api/taxonomy.ts';
import { allAppScopes, scopeLabel, sortLabel, toScopePath } from '../../lib/transform/app-scopes.ts';
import { attributionFor } from '../../lib/transform/citation.ts';

/** One leaderboard page: a sort, a scope and a 1-based page. */
export type BoardView = { sort: AppSort; scope: AppScope; page: number };

/** A board as the archive has it, with the window it covers and its attribution line. */
export type LoadedBoard = { board: Leaderboard; meta: WindowMeta; attribution: string };

const cache = new Map<string, Snapshot | null>();

/** The newest app-rankings snapshot of `DATA_DIR` (default `data/`), or null for an empty archive. */
export function loadAppsSnapshot(dir = archiveDirFromEnv()): Snapshot | null {
  if (!cache.has(dir)) cache.set(dir, readLatestSnapshot(dir, 'app-rankings'));
  return cache.get(dir) ?? null;
}

/** The board of a sort and scope, or null when the snapshot has no response for it. */
export function boardOf(snapshot: Snapshot | null, sort: AppSort, scope: AppScope): LoadedBoard | null {
  if (!snapshot) return null;
  const body = snapshotBody(snapshot, appRankingsKey(sort, scope), AppRankingsResponseSchema);
  if (!body) return null;
  return {
    board: toLeaderboard(body.data, sort),
    meta: body.meta,
    attribution: attributionFor({ asOf: body.meta.as_of, synthetic: snapshot.synthetic }),
  };
}

/** The scope's last path segment, or `all`: names charts and files (`apps-popular-cli-agent`). */
export function scopeSlug(scope: AppScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'category' ? scope.category : scope.subcategory;
}

/** Site path of a leaderboard page: `/apps/popular/`, `/apps/trending/coding/cli-agent/2/`. */
export function boardPath(view: BoardView): string {
  const scope = toScopePath(view.scope);
  return `/apps/${view.sort}/${scope ? `${scope}/` : ''}${view.page > 1 ? `${view.page}/` : ''}`;
}

/** Chart id and file name of a page's chart and CSV: `apps-popular-all`, `apps-trending-coding-p2`. */
export function boardId(view: BoardView): string {
  return `apps-${view.sort}-${scopeSlug(view.scope)}${view.page > 1 ? `-p${view.page}` : ''}`;
}

/**
 * Every leaderboard page to build: page 1 of every sort and scope (a scope without data still gets a page that
 * says so, so links never break), and page 2 where the archive has more than 50 ranks.
 */
export function allBoardViews(snapshot: Snapshot | null): BoardView[] {
  return APP_SORTS.flatMap((sort) =>
    allAppScopes().flatMap((scope) => {
      const loaded = boardOf(snapshot, sort, scope);
      const pages = loaded ? pageCountOf(loaded.board) : 1;
      return Array.from({ length: pages }, (_, i) => ({ sort, scope, page: i + 1 }));
    }),
  );
}

/** The links above a leaderboard page's title: Apps, then the sort's all-apps board, then the subcategory's group. */
export function breadcrumbsOf(view: BoardView): { label: string; href: string }[] {
  const crumbs = [{ label: 'Apps', href: '/apps/' }];
  if (view.scope.kind === 'all') return crumbs;
  crumbs.push({ label: sortLabel(view.sort), href: boardPath({ sort: view.sort, scope: { kind: 'all' }, page: 1 }) });
  if (view.scope.kind === 'subcategory') {
    const group: AppScope = { kind: 'category', category: categoryOf(view.scope.subcategory) };
    crumbs.push({ label: scopeLabel(group), href: boardPath({ sort: view.sort, scope: group, page: 1 }) });
  }
  return crumbs;
}
