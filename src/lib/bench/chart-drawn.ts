/**
 * When a page's chart is on screen, measured in Chromium under the same throttling Lighthouse simulates for mobile
 * (slow 4G: 150 ms round trip, 1.6 Mbps down, 750 Kbps up; the CPU 4× slower), applied for real through DevTools.
 * Lighthouse's LCP cannot tell: an inline `<svg>` is no LCP candidate, so a page whose chart a script draws later
 * scores its LCP on its heading. Here the clock stops at the first frame painted after the chart's `<svg>` is
 * visible: from the HTML for ours, after the bundle has run for a chart drawn in the browser.
 */
import { withFreshPage } from './chromium.ts';

/** Lighthouse's mobile preset (`constants.throttling.mobileSlow4G`), as DevTools applies it. */
export const SLOW_4G = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

/** Milliseconds from navigation start to the first frame after the first visible `<svg>` in `selector`. */
export function chartDrawnMs(url: string, selector: string, timeoutMs = 60_000): Promise<number> {
  return withFreshPage(
    async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_4G.latencyMs,
        downloadThroughput: SLOW_4G.downloadBytesPerSecond,
        uploadThroughput: SLOW_4G.uploadBytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      // Pages hold a wide and a narrow rendering, one of them hidden: wait for the one shown.
      await page
        .locator(`${selector} svg`)
        .filter({ visible: true })
        .first()
        .waitFor({ state: 'visible', timeout: timeoutMs });
      return await page.evaluate(
        () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(Math.round(performance.now())))),
      );
    },
    { width: 412, height: 823 },
  );
}
