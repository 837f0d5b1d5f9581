import { describe, expect, it } from 'vitest';
import { isFileOf, viewFolder, viewPartitionFile } from '../../../src/lib/archive/paths.ts';

describe(viewFolder, () => {
  it.each([
    ['marketing/seo', 'marketing-seo'],
    ['programming', 'programming'],
    ['100K', '100K'],
    ['tool_calling', 'tool_calling'],
  ])('%s -> %s', (view, folder) => {
    expect(viewFolder(view)).toBe(folder);
  });
});

describe(viewPartitionFile, () => {
  it('puts a view’s month under its dataset and view folder, apart from rankings-daily and the snapshots', () => {
    const file = viewPartitionFile('rankings-category', 'marketing/seo', '2026-05');
    expect(file).toBe('rankings-category/marketing-seo/2026-05.json');
    expect(isFileOf('rankings-category', file)).toBe(true);
    expect(isFileOf('rankings-daily', file)).toBe(false);
    expect(isFileOf('benchmarks', 'benchmarks-openrouter/2026-05-11.json')).toBe(false);
  });
});
