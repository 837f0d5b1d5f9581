/**
 * The app-rankings snapshot as the apps section uses it: each board with its window and attribution, which
 * leaderboard pages exist, and the words pages and figures share (`Popular coding apps`, `20 Oct – 19 Nov 2026`).
 */
import { APP_SORTS, AppRankingsResponseSchema, type AppSort } from '../../api/app-rankings.ts';
import type { WindowMeta } from '../../api/common.ts';
import { categoryOf } from '../../api/taxonomy.ts';
import { appRankingsKey, type AppScope } from '../../archive/keys.ts';
import { snapshotBody } from '../../archive/read.ts';
import { pageCountOf, toLeaderboard, type Leaderboard } from '../../transform/app-leaderboard.ts';
import { allAppScopes, scopeLabel, sortLabel, toScopeGroups } from '../../transform/app-scopes.ts';
import { attributionFor } from '../../transform/citation.ts';
import { formatDate } from '../../transform/format.ts';
import { boardPath, type BoardView } from '../routes.ts';
import { derived, type SiteData } from '../site-data.ts';

/** A board as the archive has it, with the window it covers and its attribution line. */
export type LoadedBoard = { board: Leaderboard; meta: WindowMeta; attribution: string };

/** The board of a sort and scope in the newest snapshot, or null when it has no response for it (or no snapshot). */
export function boardOf(data: SiteData, sort: AppSort, scope: AppScope): LoadedBoard | null {
  const key = appRankingsKey(sort, scope);
  return derived(data, `apps:board:${key}`, () => {
    const snapshot = data.snapshots['app-rankings'];
    const body = snapshot ? snapshotBody(snapshot, key, AppRankingsResponseSchema) : null;
    if (!snapshot || !body) return null;
    return {
      board: toLeaderboard(body.data, sort),
      meta: body.meta,
      attribution: attributionFor({ asOf: body.meta.as_of, synthetic: snapshot.synthetic }),
    };
  });
}

/**
 * Every leaderboard page to build: page 1 of every sort and scope (a scope without data still gets a page that
 * says so, so links never break), and page 2 where the archive has more than 50 ranks.
 */
export function allBoardViews(data: SiteData): BoardView[] {
  return derived(data, 'apps:views', () =>
    APP_SORTS.flatMap((sort) =>
      allAppScopes().flatMap((scope) => {
        const loaded = boardOf(data, sort, scope);
        const pages = loaded ? pageCountOf(loaded.board) : 1;
        return Array.from({ length: pages }, (_, i) => ({ sort, scope, page: i + 1 }));
      }),
    ),
  );
}

/** `20 Oct – 19 Nov 2026`: the window an app-rankings response covers (both bounds inclusive). */
export function windowPhrase(meta: WindowMeta): string {
  return `${formatDate(meta.start_date)} – ${formatDate(meta.end_date)}`;
}

/** A scope in running text: `apps`, `coding apps`, `CLI agent apps`. */
export function scopeNoun(view: Pick<BoardView, 'scope'>): string {
  return view.scope.kind === 'all' ? 'apps' : `${scopeLabel(view.scope).toLowerCase()} apps`;
}

/** What a board is, as a heading: `Popular apps`, `Trending CLI agent apps`. */
export function boardHeading(view: Pick<BoardView, 'sort' | 'scope'>): string {
  return `${sortLabel(view.sort)} ${scopeNoun(view)}`;
}

/** A link of a page: its label and site path. */
export type PageLink = { label: string; href: string };

/** The links above a leaderboard page's title: Apps, then the sort's all-apps board, then the subcategory's group. */
export function breadcrumbsOf(view: BoardView): PageLink[] {
  const crumbs = [{ label: 'Apps', href: '/apps/' }];
  if (view.scope.kind === 'all') return crumbs;
  crumbs.push({ label: sortLabel(view.sort), href: boardPath({ sort: view.sort, scope: { kind: 'all' }, page: 1 }) });
  if (view.scope.kind === 'subcategory') {
    const group: AppScope = { kind: 'category', category: categoryOf(view.scope.subcategory) };
    crumbs.push({ label: scopeLabel(group), href: boardPath({ sort: view.sort, scope: group, page: 1 }) });
  }
  return crumbs;
}

/** A link of the scope navigation, marked when it is the page's own scope. */
export type ScopeLink = PageLink & { current: boolean };

/** Links to every board of a sort: all apps, then each category group with its subcategories. */
export type ScopeNav = {
  /** The heading's element id (unique per sort on a page) and text. */
  headingId: string;
  title: string;
  all: ScopeLink;
  groups: { link: ScopeLink; subcategories: ScopeLink[] }[];
};

/** The scope navigation of `sort`, marking `current` (the page's scope) when given. */
export function scopeNavOf(sort: AppSort, title: string, current?: AppScope): ScopeNav {
  const link = (scope: AppScope, label: string): ScopeLink => ({
    label,
    href: boardPath({ sort, scope, page: 1 }),
    current: current !== undefined && appRankingsKey(sort, scope) === appRankingsKey(sort, current),
  });
  return {
    headingId: `scope-nav-${sort}`,
    title,
    all: link({ kind: 'all' }, 'All apps'),
    groups: toScopeGroups().map((group) => ({
      link: link(group.scope, group.label),
      subcategories: group.subcategories.map((sub) => link(sub.scope, sub.label)),
    })),
  };
}
