/**
 * OpenRouter's official SDK against the local Data API: every endpoint answers in shapes the real client accepts
 * (the SDK validates each response with its own schemas and throws on any mismatch).
 */
import { OpenRouter } from '@openrouter/sdk';
import { describe, expect, it } from 'vitest';
import { ArtificialAnalysisResponseSchema } from '../../src/lib/api/benchmarks.ts';
import { parseWith } from '../../src/lib/api/parse.ts';
import { KEY, type Mock, TODAY, withMock } from '../fakes/contract-harness.ts';

/** The SDK pointed at the local Data API, without retries so every request is one HTTP request. */
function sdkOf(mock: Mock): OpenRouter {
  return new OpenRouter({ apiKey: KEY, serverURL: mock.url, retryConfig: { strategy: 'none' } });
}

describe('@openrouter/sdk against the local Data API', () => {
  it('datasets.getRankingsDaily: the default window, top 50 plus other per day', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).datasets.getRankingsDaily();
      expect(body.meta).toEqual({
        asOf: '2026-05-11T12:00:00.000Z',
        version: 'v1',
        startDate: '2026-04-10',
        endDate: '2026-05-10',
      });
      const dates = [...new Set(body.data.map((row) => row.date))];
      expect(dates).toHaveLength(31);
      for (const date of dates) {
        const rows = body.data.filter((row) => row.date === date);
        expect(rows).toHaveLength(51);
        expect(rows.at(-1)?.modelPermaslug).toBe('other');
        expect(rows.every((row) => /^\d+$/.test(row.totalTokens))).toBe(true);
      }
    }));

  it('datasets.getRankingsDaily: a window through today, clamped at 2025-01-01', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const recent = await sdk.datasets.getRankingsDaily({ startDate: '2026-05-09', endDate: TODAY });
      expect(recent.data.at(-1)?.date).toBe(TODAY);
      const early = await sdk.datasets.getRankingsDaily({ startDate: '2024-12-25', endDate: '2025-01-02' });
      expect(early.meta.startDate).toBe('2025-01-01');
      expect(early.data[0]?.date).toBe('2025-01-01');
    }));

  it('datasets.getAppRankings: pages through the SDK’s own offset paging with absolute ranks', () =>
    withMock({ relaxed: true }, async (mock) => {
      const first = await sdkOf(mock).datasets.getAppRankings({ sort: 'popular', limit: 50 });
      expect(first.result.data.map((row) => row.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const second = await first.next();
      expect(second?.result.data[0]?.rank).toBe(51);
      expect(second?.result.data).toHaveLength(50);
      expect(mock.requestCount()).toBe(2);
    }));

  it('datasets.getAppRankings: trending in a subcategory, with names as the API sent them', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const page = await sdk.datasets.getAppRankings({ sort: 'trending', subcategory: 'cli-agent', limit: 100 });
      expect(page.result.data.length).toBeGreaterThan(0);
      expect(page.result.meta.endDate).toBe('2026-05-10');
      const chat = await sdk.datasets.getAppRankings({ subcategory: 'general-chat', limit: 100 });
      expect(chat.result.data.map((row) => row.appName)).toContain('<script>alert("x")</script> Bot');
    }));

  it('benchmarks.getBenchmarks: Artificial Analysis items with indices and per-token prices', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).benchmarks.getBenchmarks({
        source: 'artificial-analysis',
        taskType: 'coding',
        maxResults: 20,
      });
      expect(body.data).toHaveLength(20);
      expect(body.meta).toMatchObject({ source: 'artificial-analysis', taskType: 'coding', modelCount: 20 });
      const first = body.data[0];
      expect(first && 'codingIndex' in first ? first.codingIndex : undefined).toEqual(expect.any(Number));
    }));

  it('benchmarks.getBenchmarks: Design Arena items with tournament stats, per arena', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      for (const arena of ['models', 'builders', 'agents'] as const) {
        const body = await sdk.benchmarks.getBenchmarks({ source: 'design-arena', arena, maxResults: 100 });
        expect(body.data.length, arena).toBeGreaterThan(0);
        for (const item of body.data) {
          expect('tournamentStats' in item && item.arena === arena).toBe(true);
        }
        expect(body.meta.citation).toBe(
          'Source: Design Arena (www.designarena.ai) via OpenRouter (openrouter.ai/rankings).',
        );
      }
    }));

  it('benchmarks: the raw body also passes the site’s own schema, marker and all', () =>
    withMock({ relaxed: true }, async (mock) => {
      const response = await fetch(`${mock.url}/benchmarks?source=artificial-analysis`, {
        headers: { Authorization: `Bearer ${KEY}` },
      });
      const body = parseWith(ArtificialAnalysisResponseSchema, await response.json(), 'benchmarks response');
      expect(body.meta['synthetic']).toBe(true);
    }));

  it('classifications.getTaskClassifications: the 7-day window ending yesterday', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).classifications.getTaskClassifications({ window: '7d' });
      expect(body.data.windowDays).toBe(7);
      expect(body.data.asOf).toBe('2026-05-10');
      expect(body.data.macroCategories.map((m) => m.label)).toEqual(['Code', 'Data', 'Agent', 'General']);
      const total = body.data.classifications.reduce((sum, c) => sum + c.usageShare, 0);
      expect(Math.abs(total - 1)).toBeLessThan(1e-9);
      expect(body.data.classifications[0]?.models[0]?.tagUsageShare).toEqual(expect.any(Number));
    }));
});
