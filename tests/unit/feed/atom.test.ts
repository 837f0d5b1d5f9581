import { describe, expect, it } from 'vitest';
import { cleanText, escapeXml, toAtomFeed } from '../../../src/lib/feed/atom.ts';
import type { FeedEntry } from '../../../src/lib/transform/feed-entries.ts';
import { parseFeed } from '../../fakes/feed-reader.ts';

/** A character XML 1.0 forbids or discourages: C0 controls but tab and breaks, DEL, C1, surrogates, U+FFFE/F. */
function isBadXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return ![0x09, 0x0a, 0x0d].includes(code);
  return (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
}

const hostile = 'Evil </title><script>alert(1)</script> & "co"\u0000\u0007\u001b\u0085\uFFFF\uD800 app\nname';

const entries: FeedEntry[] = [
  {
    id: 'day/2026-11-19',
    day: '2026-11-19',
    title: `19 Nov 2026: ${hostile} is the new #1 app`,
    updated: '2026-11-20T03:00:00Z',
    items: [
      {
        kind: 'new-app-leader',
        headline: `${hostile} is the new #1 app`,
        text: `${hostile} is the new #1 app, ahead of Cline.`,
        path: '/apps/popular/',
      },
    ],
    links: [{ label: 'App rankings', path: '/apps/popular/' }],
    citations: ['Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T03:00:00Z.'],
  },
  {
    id: 'day/2026-11-18',
    day: '2026-11-18',
    title: '18 Nov 2026: beta is the new #1 model',
    updated: '2026-11-19T00:00:00.000Z',
    items: [
      {
        kind: 'new-leader',
        headline: 'beta is the new #1 model',
        text: 'beta is the new #1 model, ahead of alpha.',
        path: '/models/lab_beta/',
      },
      {
        kind: 'entered',
        headline: 'delta entered the top 50',
        text: 'delta entered the top 50 at #3.',
        path: '/models/lab_delta/',
      },
    ],
    links: [
      { label: 'Model movers and ranks', path: '/models/' },
      { label: 'Tasks', path: '/tasks/' },
    ],
    citations: ['Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T03:00:00Z.'],
  },
];
const options = { siteUrl: 'https://atlas.example/ignored', basePath: '/token-atlas/' };

describe(toAtomFeed, () => {
  it('writes Atom 1.0 that a strict feed parser reads: feed and entry ids, titles, dates, links', async () => {
    const { meta, items } = await parseFeed(toAtomFeed(entries, options));
    expect(meta['#type']).toBe('atom');
    expect(meta['#version']).toBe('1.0');
    expect(meta.title).toBe('Token Atlas: what changed');
    expect(meta.link).toBe('https://atlas.example/token-atlas/');
    expect(meta.xmlurl).toBe('https://atlas.example/token-atlas/feed.xml');
    expect(meta.date?.toISOString()).toBe('2026-11-20T03:00:00.000Z'); // the newest entry's
    expect(items.map((i) => [i.guid, i.title, i.link, i.date?.toISOString()])).toEqual([
      [
        'tag:atlas.example,2025:token-atlas/day/2026-11-19',
        expect.stringContaining('is the new #1 app'),
        'https://atlas.example/token-atlas/apps/popular/',
        '2026-11-20T03:00:00.000Z',
      ],
      [
        'tag:atlas.example,2025:token-atlas/day/2026-11-18',
        '18 Nov 2026: beta is the new #1 model',
        'https://atlas.example/token-atlas/models/',
        '2026-11-19T00:00:00.000Z',
      ],
    ]);
  });

  it('keeps hostile names as text: escaped, control characters removed, never markup', async () => {
    const xml = toAtomFeed(entries, options);
    expect(Array.from(xml).filter(isBadXmlChar)).toEqual([]);
    expect(xml).not.toContain('<script>');
    const { items } = await parseFeed(xml);
    const [first] = items;
    // The title is type="text": the parser's raw element keeps the name's characters (its `title` strips tags).
    const raw: unknown = first?.['atom:title'];
    expect(raw).toMatchObject({
      '#': '19 Nov 2026: Evil </title><script>alert(1)</script> & "co" app name is the new #1 app',
    });
    // The HTML content holds the name as escaped text inside a link, not as elements.
    expect(first?.description).toContain(
      'Evil &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot; app name',
    );
    expect(first?.description).toContain('<a href="https://atlas.example/token-atlas/apps/popular/">');
  });

  it('carries every item, the chart links and the citation in the content', async () => {
    const { items } = await parseFeed(toAtomFeed(entries, options));
    const content = items[1]?.description ?? '';
    expect(content).toContain(
      '<li><a href="https://atlas.example/token-atlas/models/lab_delta/">delta entered the top 50 at #3.</a></li>',
    );
    expect(content).toContain('<a href="https://atlas.example/token-atlas/tasks/">Tasks</a>');
    expect(content).toContain('Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T03:00:00Z.');
  });

  it('is deterministic, and the same day keeps its id and updated', () => {
    const later: FeedEntry = {
      ...entries[1]!,
      id: 'day/2026-11-20',
      day: '2026-11-20',
      updated: '2026-11-21T00:00:00.000Z',
    };
    const again = toAtomFeed([later, ...entries], options);
    expect(toAtomFeed(entries, options)).toBe(toAtomFeed(entries, options));
    const day18 = (xml: string) => xml.slice(xml.indexOf('<entry>', xml.indexOf('day/2026-11-18') - 80));
    expect(day18(again)).toBe(day18(toAtomFeed(entries, options)));
  });

  it('takes the base path at the root and an explicit updated', async () => {
    const xml = toAtomFeed([], {
      siteUrl: 'https://atlas.example',
      basePath: '/',
      updated: '2026-11-20T12:00:00+02:00',
    });
    const { meta, items } = await parseFeed(xml);
    expect(items).toEqual([]);
    expect(meta.date?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(xml).toContain('<id>tag:atlas.example,2025:feed</id>');
    expect(meta.xmlurl).toBe('https://atlas.example/feed.xml');
  });

  it('refuses, in one line, a feed with no entries and no updated, or an unreadable date', () => {
    expect(() => toAtomFeed([], options)).toThrow('atom feed: no entries and no updated; pass options.updated.');
    expect(() => toAtomFeed(entries, { ...options, updated: 'soon' })).toThrow(
      'atom feed: updated "soon" is not a date-time.',
    );
  });
});

describe(cleanText, () => {
  it.each([
    ['a\u0000b\u0008c', 'abc'],
    ['tab\tand\r\nbreaks', 'tab and breaks'],
    ['del\u007F c1\u0085 end', 'del c1 end'],
    ['lone \uD800 high, lone \uDC00 low', 'lone  high, lone  low'],
    ['emoji 🚀 stays', 'emoji 🚀 stays'],
    ['\uFFFE\uFFFF', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe(escapeXml, () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
