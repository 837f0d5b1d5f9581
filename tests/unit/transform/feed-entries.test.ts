import { describe, expect, it } from 'vitest';
import { SYNTHETIC_NOTICE } from '../../../src/lib/transform/citation.ts';
import { type FeedInput, type FeedTarget, toFeedEntries } from '../../../src/lib/transform/feed-entries.ts';
import { day } from '../../fakes/model-rows.ts';
import { appBoard, taskSnapshot } from './snapshot-fixtures.ts';

const pathOf = (target: FeedTarget) => (target.kind === 'model' ? `/models/${target.permaslug}/` : `/${target.kind}/`);

// 17 Nov: alpha leads; 18 Nov: beta takes over, delta enters, gamma leaves; 19 Nov: the same as the 18th.
const rows = [
  ...day('2026-11-17', { 'lab/alpha': 50, 'lab/beta': 30, 'lab/gamma': 10 }, 10),
  ...day('2026-11-18', { 'lab/beta': 50, 'lab/alpha': 30, 'lab/delta': 10 }, 10),
  ...day('2026-11-19', { 'lab/beta': 50, 'lab/alpha': 30, 'lab/delta': 10 }, 10),
];
const input: FeedInput = {
  rows,
  rankingsAsOf: () => '2026-11-20T03:00:00Z',
  synthetic: false,
  apps: [
    appBoard('2026-11-18', [[1, 'Cline', 9]]),
    appBoard('2026-11-20', [
      [2, 'Roo <Code> & co', 9],
      [1, 'Cline', 8],
    ]),
  ],
  tasks: [
    taskSnapshot('2026-11-18', [
      ['code:gen', 'Code Generation', 'code', 0.6],
      ['general:chat', 'Chat', 'general', 0.4],
    ]),
    taskSnapshot('2026-11-19', [
      ['general:chat', 'Chat', 'general', 0.55],
      ['code:gen', 'Code Generation', 'code', 0.45],
    ]),
  ],
  pathOf,
};

describe(toFeedEntries, () => {
  it('makes one entry per day on which something changed, newest first, with stable ids and updated', () => {
    expect(toFeedEntries(input).map((e) => [e.id, e.title, e.updated])).toEqual([
      // The app board's window ends on the 19th; its snapshot's as_of dates the change.
      ['day/2026-11-19', '19 Nov 2026: Roo <Code> & co is the new #1 app', '2026-11-20T03:00:00.000Z'],
      ['day/2026-11-18', '18 Nov 2026: beta is the new #1 model; Chat is the largest task', '2026-11-19T00:00:00.000Z'],
    ]);
  });

  it('tells the day’s changes in order: leaders, risers, fallers, entries, exits, each with its link', () => {
    const entry = toFeedEntries(input).find((e) => e.day === '2026-11-18');
    expect(entry?.items.map((i) => [i.kind, i.text, i.path])).toEqual([
      ['new-leader', 'beta is the new #1 model, ahead of alpha.', '/models/lab/beta/'],
      ['new-task-leader', 'Chat is the largest task, with 55.0% of requests, ahead of Code Generation.', '/tasks/'],
      ['riser', 'beta +20.0 pp to 50.0% of the day’s tokens (#2 → #1).', '/models/lab/beta/'],
      ['faller', 'alpha −20.0 pp to 30.0% of the day’s tokens (#1 → #2).', '/models/lab/alpha/'],
      ['entered', 'delta entered the top 50 at #3.', '/models/lab/delta/'],
      ['left', 'gamma left the top 50 (was #3).', '/models/lab/gamma/'],
    ]);
    expect(entry?.links).toEqual([
      { label: 'Model movers and ranks', path: '/models/' },
      { label: 'Tasks', path: '/tasks/' },
    ]);
    expect(entry?.citations).toEqual([
      'Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T03:00:00Z.',
      'Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-18.',
    ]);
  });

  it('keeps a day’s entry identical when later days are archived', () => {
    const later = { ...input, rows: [...rows, ...day('2026-11-20', { 'lab/alpha': 90 }, 10)] };
    const before = toFeedEntries(input).find((e) => e.day === '2026-11-18');
    expect(toFeedEntries(later).find((e) => e.day === '2026-11-18')).toEqual(before);
    expect(toFeedEntries(later)[0]?.id).toBe('day/2026-11-20');
  });

  it('cites demo data with the synthetic notice, never as OpenRouter’s', () => {
    const entries = toFeedEntries({ ...input, synthetic: true });
    expect(entries.flatMap((e) => e.citations)).toEqual([SYNTHETIC_NOTICE, SYNTHETIC_NOTICE]);
  });

  it('covers only the newest days asked for', () => {
    expect(toFeedEntries({ ...input, days: 1 }).map((e) => e.day)).toEqual(['2026-11-19']);
  });

  it('reports at most `movers` risers and fallers, and no change below 0.05 pp', () => {
    const quiet = [
      ...day('2026-11-17', { 'lab/a': 4000, 'lab/b': 3000, 'lab/c': 2000, 'lab/d': 1000 }),
      ...day('2026-11-18', { 'lab/a': 4100, 'lab/b': 2900, 'lab/c': 2002, 'lab/d': 998 }),
    ];
    const [entry] = toFeedEntries({ rows: quiet, rankingsAsOf: () => 'x', synthetic: false, pathOf, movers: 1 });
    expect(entry?.items.map((i) => i.headline)).toEqual(['a +1.0 pp', 'b −1.0 pp']);
    expect(entry?.title).toBe('18 Nov 2026: a +1.0 pp');
  });

  it('isolates right-to-left model, app and task names and leaves Latin ones as they are', () => {
    const rtl = '\u2068مساعد\u2069';
    const named: FeedInput = {
      ...input,
      nameOf: (slug) => (slug === 'lab/beta' ? 'مساعد' : slug.slice(4)),
      apps: [appBoard('2026-11-18', [[1, 'Cline', 9]]), appBoard('2026-11-20', [[2, 'مساعد', 9]])],
      tasks: [
        taskSnapshot('2026-11-18', [['code:gen', 'Code Generation', 'code', 0.6]]),
        taskSnapshot('2026-11-19', [['general:chat', 'مساعد', 'general', 0.55]]),
      ],
    };
    const entries = toFeedEntries(named);
    expect(entries.map((e) => e.title)).toEqual([
      `19 Nov 2026: ${rtl} is the new #1 app`,
      `18 Nov 2026: ${rtl} is the new #1 model; ${rtl} is the largest task`,
    ]);
    const texts = entries.flatMap((e) => e.items.map((i) => i.text));
    expect(texts).toContain(`${rtl} is the new #1 model, ahead of alpha.`);
    expect(texts).toContain(`${rtl} is the new #1 app, ahead of Cline.`);
    expect(texts).toContain(`${rtl} is the largest task, with 55.0% of requests, ahead of Code Generation.`);
    expect(texts).toContain('delta entered the top 50 at #3.');
    expect(texts.join(' ').replaceAll(rtl, '')).not.toMatch(/[\u2068\u2069]/);
  });

  it('has no entries for an empty archive or a single day', () => {
    expect(toFeedEntries({ ...input, rows: [], apps: [], tasks: [] })).toEqual([]);
    expect(toFeedEntries({ ...input, rows: rows.slice(0, 4), apps: [], tasks: [] })).toEqual([]);
  });
});
