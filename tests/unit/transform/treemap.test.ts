import { describe, expect, it } from 'vitest';
import type { TaskClassificationsResponse } from '../../../src/lib/api/task-classifications.ts';
import { fitLines, toTreemapInput, toTreemapLayout } from '../../../src/lib/transform/treemap.ts';

type Data = TaskClassificationsResponse['data'];

function tag(t: string, name: string, macro: string, usage: number, token: number) {
  return {
    tag: t,
    display_name: name,
    macro_category: macro,
    usage_share: usage,
    token_share: token,
    category_usage_share: 0,
    category_token_share: 0,
    models: [],
  };
}

const DATA: Data = {
  window_days: 7,
  as_of: '2026-06-17',
  classifications: [
    tag('code:general_impl', 'Code Generation', 'code', 0.4, 0.5),
    tag('agent:web_search', 'Web Search', 'agent', 0.3, 0.2),
    tag('code:debug', 'Debugging', 'code', 0.2, 0.25),
    tag('data:extract', 'Extraction', 'data', 0.1, 0.05),
    tag('general:empty', 'Empty', 'general', 0, 0),
  ],
  macro_categories: [
    { key: 'code', label: 'Code', usage_share: 0.6, token_share: 0.75 },
    { key: 'agent', label: 'Agent', usage_share: 0.3, token_share: 0.2 },
    { key: 'data', label: 'Data', usage_share: 0.1, token_share: 0.05 },
  ],
};

describe(toTreemapInput, () => {
  it('groups tags by macro-category, largest first, and counts zero-share tags', () => {
    const input = toTreemapInput(DATA, 'usage');
    expect(input.groups.map((g) => [g.label, g.share, g.leaves.map((l) => l.tag)])).toEqual([
      ['Code', 0.6, ['code:general_impl', 'code:debug']],
      ['Agent', 0.3, ['agent:web_search']],
      ['Data', 0.1, ['data:extract']],
    ]);
    expect(input.omitted).toBe(1);
  });

  it('sizes by token share in the token variant', () => {
    const input = toTreemapInput(DATA, 'token');
    expect(input.groups[0]?.leaves.map((l) => l.share)).toEqual([0.5, 0.25]);
    expect(input.groups[1]?.share).toBe(0.2);
  });

  it('derives a group missing from macro_categories from its tags', () => {
    const input = toTreemapInput({ ...DATA, macro_categories: [] }, 'usage');
    expect(input.groups[0]).toMatchObject({ macro: 'code', label: 'Code' });
    expect(input.groups[0]?.share).toBeCloseTo(0.6, 12);
  });
});

describe(fitLines, () => {
  it.each([
    ['Code Generation', '40.0%', 200, 40, ['Code Generation', '40.0%']],
    ['Code Generation', '40.0%', 80, 40, ['Code Genera…', '40.0%']],
    ['Code Generation', '40.0%', 50, 40, ['Code G…', '40.0%']],
    ['Code Generation', '40.0%', 40, 40, ['Code…', '40.0%']],
    ['Code Generation', '40.0%', 200, 20, ['40.0%']],
    ['Code Generation', '40.0%', 30, 40, []],
    ['Code Generation', '40.0%', 200, 10, []],
  ])('%s (%s) in %s×%s px -> %j', (label, share, w, h, lines) =>
    expect(fitLines(label, share, w, h, 10)).toEqual(lines),
  );
});

describe(toTreemapLayout, () => {
  const layout = toTreemapLayout(toTreemapInput(DATA, 'usage'), { width: 600, height: 300 });

  it('makes one cell per tag with a positive share, inside the canvas', () => {
    expect(layout.cells.map((c) => c.tag).toSorted()).toEqual(
      ['agent:web_search', 'code:debug', 'code:general_impl', 'data:extract'].toSorted(),
    );
    for (const c of layout.cells) {
      expect(c.x0).toBeGreaterThanOrEqual(0);
      expect(c.y0).toBeGreaterThanOrEqual(0);
      expect(c.x1).toBeLessThanOrEqual(600);
      expect(c.y1).toBeLessThanOrEqual(300);
    }
  });

  it('gives cells areas in proportion to their shares', () => {
    const area = (t: string) => {
      const c = layout.cells.find((x) => x.tag === t);
      return c ? (c.x1 - c.x0) * (c.y1 - c.y0) : 0;
    };
    expect(area('code:general_impl') / area('data:extract')).toBeGreaterThan(3);
    // 4 by share; group headers take a little more of a small group's area.
    expect(area('code:general_impl') / area('data:extract')).toBeLessThan(6);
  });

  it('keeps each tag inside its group', () => {
    for (const c of layout.cells) {
      const g = layout.groups.find((x) => x.macro === c.macro);
      expect(g && c.x0 >= g.x0 && c.x1 <= g.x1 && c.y0 >= g.y0 && c.y1 <= g.y1).toBe(true);
    }
  });

  it('never overlaps two cells', () => {
    for (const [i, a] of layout.cells.entries())
      for (const b of layout.cells.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });

  it('labels a large cell with its name and share', () =>
    expect(layout.cells.find((c) => c.tag === 'code:general_impl')?.lines).toEqual(['Code Generation', '40.0%']));

  it('heads each group with its name and share', () => expect(layout.groups[0]?.header).toBe('Code 60.0%'));

  it('is deterministic', () =>
    expect(toTreemapLayout(toTreemapInput(DATA, 'usage'), { width: 600, height: 300 })).toEqual(layout));
});
