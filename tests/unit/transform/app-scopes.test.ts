import { describe, expect, it } from 'vitest';
import { APP_SUBCATEGORIES } from '../../../src/lib/api/taxonomy.ts';
import { appRankingsKey } from '../../../src/lib/archive/keys.ts';
import {
  allAppScopes,
  humanizeKey,
  scopeLabel,
  toScopeGroups,
  toScopePath,
} from '../../../src/lib/transform/app-scopes.ts';

describe(humanizeKey, () => {
  it.each([
    ['coding', 'Coding'],
    ['cli-agent', 'CLI agent'],
    ['ide-extension', 'IDE extension'],
    ['image-gen', 'Image generation'],
    ['general-chat', 'General chat'],
  ])('%s -> %s', (key, label) => expect(humanizeKey(key)).toBe(label));
});

describe(toScopePath, () => {
  it.each([
    [{ kind: 'all' } as const, ''],
    [{ kind: 'category', category: 'coding' } as const, 'coding'],
    [{ kind: 'subcategory', subcategory: 'cli-agent' } as const, 'coding/cli-agent'],
    [{ kind: 'subcategory', subcategory: 'roleplay' } as const, 'entertainment/roleplay'],
  ])('%j -> %s', (scope, path) => expect(toScopePath(scope)).toBe(path));
});

describe(scopeLabel, () => {
  it('labels the whole marketplace', () => expect(scopeLabel({ kind: 'all' })).toBe('All apps'));
});

describe(allAppScopes, () => {
  it('lists all, every category and every subcategory once, with distinct paths and keys', () => {
    const scopes = allAppScopes();
    expect(scopes[0]).toEqual({ kind: 'all' });
    expect(scopes.filter((s) => s.kind === 'subcategory')).toHaveLength(APP_SUBCATEGORIES.length);
    expect(new Set(scopes.map(toScopePath)).size).toBe(scopes.length);
    expect(new Set(scopes.map((s) => appRankingsKey('popular', s))).size).toBe(scopes.length);
  });
});

describe(toScopeGroups, () => {
  it('shows subcategories under their group', () => {
    const coding = toScopeGroups().find((g) => g.label === 'Coding');
    expect(coding?.subcategories.map((s) => s.label)).toContain('CLI agent');
  });
});
