/**
 * The slices of the app marketplace the site shows (all apps, each category group, each subcategory), their
 * labels and their URL paths. Subcategory paths nest under their group: `coding/cli-agent`.
 */
import type { AppSort } from '../api/app-rankings.ts';
import { APP_CATEGORIES, APP_TAXONOMY, categoryOf } from '../api/taxonomy.ts';
import type { AppScope } from '../archive/keys.ts';

/** A category group with its subcategories, for navigation. */
export type ScopeGroup = { scope: AppScope; label: string; subcategories: { scope: AppScope; label: string }[] };

/** Words that read better in capitals or spelled out. */
const WORDS: Readonly<Record<string, string>> = { cli: 'CLI', ide: 'IDE', gen: 'generation', ai: 'AI' };

/** A taxonomy key as words: `humanizeKey('cli-agent') === 'CLI agent'`, `humanizeKey('image-gen') === 'Image generation'`. */
export function humanizeKey(key: string): string {
  const words = key.split('-').map((w) => WORDS[w] ?? w);
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

/** The label of a scope: `All apps`, `Coding`, `CLI agent`. */
export function scopeLabel(scope: AppScope): string {
  if (scope.kind === 'all') return 'All apps';
  return humanizeKey(scope.kind === 'category' ? scope.category : scope.subcategory);
}

/** The label of a sort: `Popular`, `Trending`. */
export function sortLabel(sort: AppSort): string {
  return sort === 'popular' ? 'Popular' : 'Trending';
}

/** A scope's path below `/apps/{sort}/`: `''` for all, `coding`, `coding/cli-agent`. */
export function toScopePath(scope: AppScope): string {
  if (scope.kind === 'all') return '';
  if (scope.kind === 'category') return scope.category;
  return `${categoryOf(scope.subcategory)}/${scope.subcategory}`;
}

/** Every scope in display order: all, then each group followed by its subcategories. */
export function allAppScopes(): AppScope[] {
  return [{ kind: 'all' }, ...toScopeGroups().flatMap((g) => [g.scope, ...g.subcategories.map((s) => s.scope)])];
}

/** The category groups with their subcategories, in taxonomy order. */
export function toScopeGroups(): ScopeGroup[] {
  return APP_CATEGORIES.map((category) => ({
    scope: { kind: 'category', category },
    label: humanizeKey(category),
    subcategories: APP_TAXONOMY[category].map((subcategory) => ({
      scope: { kind: 'subcategory', subcategory },
      label: humanizeKey(subcategory),
    })),
  }));
}
