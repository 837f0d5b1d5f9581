import { overBudgetLines } from './budgets.ts';
import { withFreshPage } from './chromium.ts';
import { type NarrowWeight, toNarrowWeight } from './narrow-weight.ts';
import { type LoadedResource, type PageWeight, toPageWeight } from './page-weight.ts';
import type { PagePath } from './pages.ts';

/** A page type's first-visit weight, the same visit without its narrow renderings, and the budgets it exceeds. */
export interface PageWeighed extends PagePath {
  readonly weight: PageWeight;
  readonly withoutNarrow: NarrowWeight;
  readonly overBudget: readonly string[];
}

/**
 * Loads `url` once in a fresh Chromium profile (empty cache) until the network is idle and returns every request
 * it made with each response's decoded body. Redirects and failed requests count as requests with empty bodies.
 */
function visitFirstTime(url: string): Promise<{ resources: LoadedResource[]; requests: number }> {
  return withFreshPage(async (page) => {
    let requests = 0;
    const pending: Promise<LoadedResource>[] = [];
    page.on('request', (request) => {
      requests += 1;
      pending.push(
        request
          .response()
          .then(async (response) => ({
            url: request.url(),
            contentType: response?.headers()['content-type'],
            body: response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0),
          }))
          .catch(() => ({ url: request.url(), contentType: undefined, body: Buffer.alloc(0) })),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return { resources: await Promise.all(pending), requests };
  });
}

/**
 * Part 3 of `npm run bench`: each page type's first visit, weighed, with its weight without the narrow renderings
 * of its chart pairs and any budget it exceeds.
 */
export async function benchPageWeights(origin: string, pages: readonly PagePath[]): Promise<PageWeighed[]> {
  const weighed: PageWeighed[] = [];
  for (const { type, path } of pages) {
    const { resources, requests } = await visitFirstTime(`${origin}${path}`);
    const weight = toPageWeight(resources, requests);
    const withoutNarrow = toNarrowWeight(resources, weight);
    weighed.push({ type, path, weight, withoutNarrow, overBudget: overBudgetLines(path, weight) });
  }
  return weighed;
}
