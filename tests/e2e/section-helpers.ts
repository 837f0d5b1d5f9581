/** Shared helpers of the apps, benchmarks and tasks specs: the archive under test, site paths and CSV. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';

/** The archive the build under test was made from (playwright.config.ts: `--data-dir .e2e-data`). */
export const DATA_DIR = process.env.E2E_DATA_DIR ?? '.e2e-data';

export const SYNTHETIC_NOTICE = 'Synthetic demo data from the local Data API — not OpenRouter figures.';

type SnapshotFile = { synthetic: boolean; responses: { key: string; body: unknown }[] };

/** The newest snapshot of a dataset as the manifest lists it. */
export function newestSnapshot(dataset: 'app-rankings' | 'benchmarks' | 'task-classifications'): SnapshotFile {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
    datasets: Record<string, { files: string[] } | undefined>;
  };
  const newest = [...(manifest.datasets[dataset]?.files ?? [])].sort().at(-1);
  if (!newest) throw new Error(`${DATA_DIR}: the archive has no ${dataset}; these pages need some`);
  return JSON.parse(readFileSync(join(DATA_DIR, newest), 'utf8')) as SnapshotFile;
}

/** The stored response body under `key` of a dataset's newest snapshot. */
export function bodyOf<T>(dataset: Parameters<typeof newestSnapshot>[0], key: string): T {
  const response = newestSnapshot(dataset).responses.find((r) => r.key === key);
  if (!response) throw new Error(`${DATA_DIR}: ${dataset} has no response ${key}`);
  return response.body as T;
}

/** A site path relative to baseURL, so the suite also runs under a project path. */
export function relative(path: string): string {
  return `.${path}`;
}

/** The absolute URL a link points to, fragment removed (works under any base path). */
export async function urlOf(page: Page, link: Locator): Promise<string> {
  const url = new URL((await link.getAttribute('href')) ?? '', page.url());
  url.hash = '';
  return url.href;
}

/**
 * The chart SVGs shown in `scope` at the page's width. A figure carries a wide and a narrow rendering
 * (`ChartSvg`: `.chart-wide` / `.chart-narrow`) and CSS shows the one that fits, so a figure with one chart shows
 * exactly one of these; the hidden rendering is not counted.
 */
export function shownCharts(scope: Locator | Page | Frame): Locator {
  return scope.locator('.chart-svg svg').filter({ visible: true });
}

/** Fetches a URL and parses it as CSV (RFC 4180; fields may hold quoted commas and quotes). */
export async function fetchCsv(page: Page, url: string): Promise<string[][]> {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`${url}: HTTP ${response.status()}`);
  return parseCsv(await response.text());
}

/** Minimal RFC 4180 reader (our CSVs use CRLF and quote only fields holding commas, quotes or line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((l) => l !== '')) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

/** The text of every cell of a table body, row by row. */
export function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
}

/**
 * The exact value of one column of a table body, row by row: the numeric cell's own `title`, or the title of a link
 * or share bar inside it, or its text when the text is exact (a title that would repeat it is left out).
 */
export function exactCells(table: Locator, column: number): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll(
    (trs, index) =>
      trs.map((tr) => {
        const cell = tr.querySelectorAll('th, td')[index];
        return (
          cell?.getAttribute('title') ??
          cell?.querySelector('[title]')?.getAttribute('title') ??
          cell?.textContent?.trim() ??
          ''
        );
      }),
    column,
  );
}

/** The spreadsheet-safe form our CSV writes a name in (a leading = + - @ gets a quote). */
export function csvName(name: string): string {
  return /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
}

/** Width and height of a PNG from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, i) => png[i] === byte) || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG: bad signature or no IHDR chunk first');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An SVG file as the browser parses it: parse error (or null), root element, all its text and its size. */
export type ParsedSvg = { error: string | null; root: string; text: string; width: number; height: number };

/** Parses SVG text with the page's DOMParser (as an `<img>` would load the file). */
export function parseSvg(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, svg);
}
