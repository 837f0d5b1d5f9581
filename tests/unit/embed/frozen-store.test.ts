import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dayCopyPath,
  listDayCopies,
  readFrozenIndex,
  readPackedIndex,
  toIndexJson,
} from '../../../src/lib/embed/frozen-store.ts';

let data: string;
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'atlas-frozen-store-'));
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

describe(readFrozenIndex, () => {
  it('is empty for an archive without frozen embeds', () => {
    expect(readFrozenIndex(data)).toEqual(new Map());
  });

  it('merges day files from before packs with packed copies, in date order, a day file first on a tie', () => {
    write(dayCopyPath(data, 'apps-popular-all', '2026-11-20'), 'x');
    write(dayCopyPath(data, 'apps-popular-all', '2026-11-21'), 'x');
    write(join(data, 'embeds', '2026-11-21', 'not an id.html'), 'x');
    write(
      join(data, 'embeds', 'index.json'),
      toIndexJson({ 'apps-popular-all': [{ date: '2026-11-21', drawn: 'abc', pack: '2026-W47' }] }),
    );
    expect(readFrozenIndex(data).get('apps-popular-all')).toEqual([
      { date: '2026-11-20', drawn: null, pack: null },
      { date: '2026-11-21', drawn: null, pack: null },
      { date: '2026-11-21', drawn: 'abc', pack: '2026-W47' },
    ]);
  });
});

describe(listDayCopies, () => {
  it('lists only <date>/<chart id>.html files', () => {
    write(dayCopyPath(data, 'tasks-treemap-usage', '2026-11-20'), 'x');
    write(join(data, 'embeds', 'packs', 'tasks-treemap-usage', '2026-W47.html'), 'x');
    write(join(data, 'embeds', '2026-11-20', 'notes.txt'), 'x');
    expect(listDayCopies(data)).toEqual([{ id: 'tasks-treemap-usage', date: '2026-11-20' }]);
  });
});

describe(readPackedIndex, () => {
  it('throws one line naming the file and the bad field', () => {
    write(
      join(data, 'embeds', 'index.json'),
      JSON.stringify({ x: [{ date: '20 Nov', drawn: null, pack: '2026-W47' }] }),
    );
    expect(() => readPackedIndex(data)).toThrow(/index\.json.*x\.0\.date: expected YYYY-MM-DD/);
  });
});

describe(toIndexJson, () => {
  it('sorts ids and each chart’s copies by date, so one index is one text', () => {
    const text = toIndexJson({
      b: [
        { date: '2026-11-22', drawn: null, pack: '2026-W47' },
        { date: '2026-11-21', drawn: 'x', pack: '2026-W47' },
      ],
      a: [],
    });
    expect(text).toBe(
      '{\n  "a": [],\n  "b": [\n    {\n      "date": "2026-11-21",\n      "drawn": "x",\n      "pack": "2026-W47"\n    },\n' +
        '    {\n      "date": "2026-11-22",\n      "drawn": null,\n      "pack": "2026-W47"\n    }\n  ]\n}\n',
    );
  });
});
