/**
 * The hostile-names fixture end to end: names with control characters, U+202E, `</script>`, 5,000 characters,
 * emoji and right-to-left text, and permaslugs with a hostile `:variant`, fetched by the real client from the local
 * Data API, then every figure, CSV and cited image of the site built from them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCsvFiles, allFigures } from '../../src/lib/figures/catalogue.ts';
import { citedSvgOf, toPngs } from '../../src/lib/figures/exports.ts';
import type { Figure } from '../../src/lib/figures/schema.ts';
import { readSiteData, type SiteData } from '../../src/lib/figures/site-data.ts';
import { buildSiteArchive, removeSiteArchive } from '../fakes/site-archive.ts';

const DAY = '2026-05-11';
const LOCATION = { site: 'https://atlas.example', withBase: (path: string) => path };
// eslint-disable-next-line no-control-regex -- the characters no output may carry
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** A right-to-left name as `isolate` wraps it (FSI…PDI, nothing bidi inside): the one bidi control text may carry. */
const ISOLATED_NAME = /\u2068([^\u2066-\u2069]*)\u2069/g;

/** A text with each isolated name unwrapped, so a stray or unbalanced isolate still counts as unsafe. */
const unwrapped = (text: string) => text.replace(ISOLATED_NAME, '$1');

let dir = '';
let data: SiteData;
let figures: Figure[];

beforeAll(async () => {
  dir = await buildSiteArchive(DAY, ['hostile-names']);
  data = readSiteData(dir);
  figures = allFigures(data);
}, 300_000);

afterAll(() => removeSiteArchive(dir));

/** Every text of a figure that reaches a reader. */
function textsOf(figure: Figure): string[] {
  const cells = figure.table.rows.flat().map((cell) => (typeof cell === 'string' ? cell : cell.text));
  return [figure.title, figure.heading, figure.takeaway, figure.alt, figure.svg, ...figure.notes, ...cells];
}

describe('a build from an archive of hostile names', () => {
  it('builds every figure, and the archive really held hostile names', () => {
    expect(figures.length).toBeGreaterThan(100);
    const apps = figures.filter((f) => f.id.startsWith('apps-'));
    expect(apps.some((f) => f.table.rows.flat().some((c) => JSON.stringify(c).includes('</script>')))).toBe(true);
    expect(apps.some((f) => textsOf(f).some((t) => t.length >= 5_000))).toBe(true);
  });

  it('carries no control or bidi-override character in any text, SVG or CSV, beyond the isolates around names', () => {
    for (const figure of figures) {
      for (const text of textsOf(figure)) expect(UNSAFE.test(unwrapped(text)), figure.id).toBe(false);
    }
    for (const file of allCsvFiles(data)) expect(UNSAFE.test(file.body), file.path).toBe(false);
  });

  it('escapes </script> in SVG rather than closing anything', () => {
    for (const figure of figures) expect(figure.svg.includes('</script>'), figure.id).toBe(false);
  });

  it('renders the cited SVG of every section figure to PNG (one non-XML character used to stop the build)', async () => {
    const section = figures.filter((f) => f.embed.frozen.kind !== 'none');
    const pngs = await toPngs(section.map((figure) => citedSvgOf(LOCATION, figure).svg));
    expect(pngs).toHaveLength(section.length);
    for (const png of pngs) expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
  }, 300_000);
});
