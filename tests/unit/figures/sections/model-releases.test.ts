import { beforeAll, describe, expect, it } from 'vitest';
import {
  expiryNote,
  expiryOf,
  releasesNote,
  releasesOf,
  releasesSentence,
  shareReleases,
  toReleaseMarkers,
} from '../../../../src/lib/figures/sections/model-releases.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import {
  CATALOGUE_FIXTURE,
  RTL_CATALOGUE_FIXTURE,
  RTL_NAMES,
  WITHOUT_CATALOGUE,
} from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
beforeAll(async () => {
  [named, bare] = await Promise.all([fixtureSiteData(CATALOGUE_FIXTURE), fixtureSiteData(WITHOUT_CATALOGUE)]);
});

const KEYS = ['openai/gpt-4o-2024-05-13', 'x/new-model', 'exp/expiring-model', 'old/retired-model-20240101', 'other'];

describe(releasesOf, () => {
  it('finds the releases of the drawn models inside the x domain only', () => {
    expect(releasesOf(named, KEYS, '2026-10-11', '2026-11-09')).toEqual([{ date: '2026-11-02', name: 'New Model' }]);
    expect(releasesOf(named, KEYS, '2024-01-01', '2026-11-09').map((r) => r.name)).toEqual([
      'GPT-4o',
      'Expiring Model',
      'New Model',
    ]);
    expect(releasesOf(named, KEYS, '2026-11-03', '2026-11-09')).toEqual([]);
  });

  it('finds none without a catalogue', () => expect(releasesOf(bare, KEYS, '2000-01-01', '2030-01-01')).toEqual([]));
});

describe(toReleaseMarkers, () => {
  const releases = [
    { date: '2026-11-01', name: 'A' },
    { date: '2026-11-02', name: 'B' },
    { date: '2026-11-20', name: 'C' },
  ];

  it('labels each release unless it crowds the previous label, keeping its line', () =>
    expect(toReleaseMarkers(releases, { first: '2026-11-01', last: '2026-11-30', plotWidth: 290 })).toEqual([
      { date: '2026-11-01', label: 'A' },
      { date: '2026-11-02', label: '' },
      { date: '2026-11-20', label: 'C' },
    ]));

  it('labels neighbours when the plot is wide enough to part them', () =>
    expect(
      toReleaseMarkers(releases, { first: '2026-11-01', last: '2026-11-30', plotWidth: 880 }).map((m) => m.label),
    ).toEqual(['A', 'B', 'C']));
});

describe(shareReleases, () => {
  it('marks the drawn models released between the first and the last period, labelled by name', () => {
    const series = {
      keys: KEYS,
      periods: ['2026-10-12', '2026-11-09'],
      range: { start: '2026-10-12', end: '2026-11-15', days: 35, grain: 'week' as const },
    };
    expect(shareReleases(named, series, 880)).toEqual({
      releases: [{ date: '2026-11-02', name: 'New Model' }],
      markers: [{ date: '2026-11-02', label: 'New Model' }],
    });
    expect(shareReleases(named, { ...series, periods: ['2026-10-12', '2026-10-26'] }, 880).markers).toEqual([]);
  });
});

describe(releasesNote, () => {
  it('lists every release with its date, and is null without one', () => {
    expect(
      releasesNote([
        { date: '2026-10-29', name: 'Grok 5.1' },
        { date: '2026-11-10', name: 'DeepSeek V4.1' },
      ]),
    ).toBe(
      "Dotted lines mark releases (the day each model was added to OpenRouter's catalogue): Grok 5.1 (29 Oct 2026) " +
        'and DeepSeek V4.1 (10 Nov 2026).',
    );
    expect(releasesNote([])).toBeNull();
    expect(releasesSentence([{ date: '2026-10-29', name: 'Grok 5.1' }])).toBe(
      'Released in this period: Grok 5.1 (29 Oct 2026).',
    );
  });

  it('bidi-isolates a right-to-left name in the alt text sentence and the note', () => {
    const releases = [
      { date: '2026-10-29', name: 'مساعد' },
      { date: '2026-11-10', name: 'Grok 5.1' },
    ];
    expect(releasesSentence(releases)).toBe(
      'Released in this period: \u2068مساعد\u2069 (29 Oct 2026) and Grok 5.1 (10 Nov 2026).',
    );
    expect(releasesNote(releases)).toContain(': \u2068مساعد\u2069 (29 Oct 2026) and Grok 5.1 (10 Nov 2026).');
  });
});

describe(expiryOf, () => {
  it('marks a model near its expiration date, counted from the catalogue snapshot', () => {
    expect(expiryOf(named, 'exp/expiring-model')).toEqual({ date: '2026-12-01', passed: false, daysLeft: 21 });
    expect(expiryOf(named, 'openai/gpt-4o-2024-05-13')).toBeNull();
    expect(expiryOf(bare, 'exp/expiring-model')).toBeNull();
  });
});

describe(expiryNote, () => {
  it('names the expiring models among a table’s rows, and is null when none is', () => {
    expect(expiryNote(named, KEYS)).toBe(
      "Leaving OpenRouter's catalogue (the catalogue lists an expiration date): Expiring Model (expiration date " +
        '1 Dec 2026, in 21 days).',
    );
    expect(expiryNote(named, KEYS.slice(0, 2))).toBeNull();
  });

  it('bidi-isolates a right-to-left name', async () => {
    expect(expiryNote(await fixtureSiteData(RTL_CATALOGUE_FIXTURE), KEYS)).toBe(
      `Leaving OpenRouter's catalogue (the catalogue lists an expiration date): ${RTL_NAMES.expiringIsolated} ` +
        '(expiration date 1 Dec 2026, in 21 days).',
    );
  });
});
