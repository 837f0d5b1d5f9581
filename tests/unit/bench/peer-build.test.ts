import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPeerPage } from '../../../src/lib/bench/peer-build.ts';

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'atlas-peer-'));
  mkdirSync(join(outDir, 'models'));
  writeFileSync(
    join(outDir, 'models', 'model-share-30d.csv'),
    'date,model,name,tokens,share\r\n2026-01-01,a/b,B,3,0.75\r\n2026-01-01,Other,Other,1,0.25\r\n',
  );
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe(addPeerPage, () => {
  it("adds the peer's page, the chart's rows as JSON and one minified bundle with Plot in it", async () => {
    await addPeerPage(process.cwd(), outDir);
    expect(JSON.parse(readFileSync(join(outDir, 'peer', 'model-share-30d.json'), 'utf8'))).toEqual([
      { date: '2026-01-01', model: 'a/b', name: 'B', tokens: '3', share: 0.75 },
      { date: '2026-01-01', model: 'Other', name: 'Other', tokens: '1', share: 0.25 },
    ]);
    expect(readFileSync(join(outDir, 'peer', 'index.html'), 'utf8')).toContain(
      '<script type="module" src="./main.js">',
    );
    const bundle = readFileSync(join(outDir, 'peer', 'main.js'), 'utf8');
    expect(bundle).not.toMatch(/^import /m);
    expect(bundle.length).toBeGreaterThan(100_000);
    // What a dashboard ships to draw a chart: Plot and the palette, not the site's archive code and its zod schemas.
    expect(bundle).not.toContain('ZodError');
    expect(bundle).toContain('model-share-30d.json');
  });
});
