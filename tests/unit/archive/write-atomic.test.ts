import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  removeFiles,
  toArchiveJson,
  type WriteFs,
  writeFileAtomic,
  writeFilesAtomic,
} from '../../../src/lib/archive/write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Node's fs, except that writing the `failOn`-th temp file throws like a full disk. */
function failingFs(failOn: number): WriteFs {
  let writes = 0;
  return {
    ...nodeFs,
    writeFile: async (path, data, encoding) => {
      writes += 1;
      if (writes === failOn) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await nodeFs.writeFile(path, data, encoding);
    },
  };
}

describe(toArchiveJson, () => {
  it('sorts keys at every depth, indents by two spaces and ends with a newline', () => {
    expect(toArchiveJson({ b: 1, a: [{ z: 1, y: 2 }] })).toBe(
      '{\n  "a": [\n    {\n      "y": 2,\n      "z": 1\n    }\n  ],\n  "b": 1\n}\n',
    );
  });

  it('gives equal bytes for equal data whatever the key order', () => {
    expect(toArchiveJson({ x: { b: 2, a: 1 }, w: null })).toBe(toArchiveJson({ w: null, x: { a: 1, b: 2 } }));
  });

  it('keeps a token string above 2^53 byte-exact and array order as given', () => {
    const text = toArchiveJson({ data: [{ total_tokens: '9007199254740993' }, { total_tokens: '1' }] });
    expect(text).toContain('"total_tokens": "9007199254740993"');
    expect(text.indexOf('9007199254740993')).toBeLessThan(text.indexOf('"1"'));
  });

  it('keeps a __proto__ key from the API as data', () => {
    expect(JSON.parse(toArchiveJson(JSON.parse('{"__proto__": {"x": 1}}')))).toEqual(
      JSON.parse('{"__proto__": {"x": 1}}'),
    );
  });
});

describe(writeFilesAtomic, () => {
  it('writes new files, creating directories', async () => {
    const path = join(dir, 'rankings-daily', '2026-05.json');
    expect(await writeFilesAtomic([{ path, content: 'a\n' }])).toEqual([path]);
    expect(readFileSync(path, 'utf8')).toBe('a\n');
  });

  it('skips a file whose bytes are unchanged and leaves it untouched', async () => {
    const path = join(dir, 'same.json');
    writeFileSync(path, 'same\n');
    const before = statSync(path).mtimeMs;
    expect(await writeFilesAtomic([{ path, content: 'same\n' }])).toEqual([]);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('changes no file and leaves no temp file when writing fails half-way', async () => {
    const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((name) => join(dir, name));
    writeFileSync(a ?? '', 'old a\n');
    writeFileSync(b ?? '', 'old b\n');
    const files = [
      { path: a ?? '', content: 'new a\n' },
      { path: b ?? '', content: 'new b\n' },
      { path: c ?? '', content: 'new c\n' },
    ];
    await expect(writeFilesAtomic(files, failingFs(2))).rejects.toThrow('ENOSPC');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
    expect(readFileSync(a ?? '', 'utf8')).toBe('old a\n');
    expect(readFileSync(b ?? '', 'utf8')).toBe('old b\n');
  });
});

describe(writeFileAtomic, () => {
  it('replaces a file and tells whether it wrote', async () => {
    const path = join(dir, 'f.json');
    writeFileSync(path, 'old\n');
    expect(await writeFileAtomic(path, 'new\n')).toBe(true);
    expect(await writeFileAtomic(path, 'new\n')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });
});

describe(removeFiles, () => {
  it('deletes files and ignores ones already gone', async () => {
    const path = join(dir, 'gone.json');
    writeFileSync(path, 'x');
    await removeFiles([path, join(dir, 'never.json')]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
