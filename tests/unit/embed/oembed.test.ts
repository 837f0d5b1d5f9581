import { describe, expect, it } from 'vitest';
import { toOembed, toOembedJson, type OembedInput } from '../../../src/lib/embed/oembed.ts';

const INPUT: OembedInput = {
  title: 'Share of tokens by model',
  html: '<iframe src="https://x.io/embed/a/"></iframe>',
  width: 912.2,
  height: 660,
  thumbnail: { url: 'https://x.io/models/a.png', width: 1824, height: 1068 },
  providerUrl: 'https://x.io/',
};

describe(toOembed, () => {
  it('is a rich oEmbed 1.0 response from Token Atlas with whole-pixel sizes', () => {
    expect(toOembed(INPUT)).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Share of tokens by model',
      provider_name: 'Token Atlas',
      provider_url: 'https://x.io/',
      html: INPUT.html,
      width: 912,
      height: 660,
      thumbnail_url: 'https://x.io/models/a.png',
      thumbnail_width: 1824,
      thumbnail_height: 1068,
      cache_age: 86400,
    });
  });

  it('leaves out every thumbnail field when there is no thumbnail', () => {
    expect(Object.keys(toOembed({ ...INPUT, thumbnail: null })).filter((k) => k.startsWith('thumbnail'))).toEqual([]);
  });
});

describe(toOembedJson, () => {
  it('serialises with sorted keys, so equal input gives equal bytes', () => {
    const json = toOembedJson(INPUT);
    expect(JSON.parse(json)).toEqual(toOembed(INPUT));
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys).toEqual([...keys].sort());
    expect(toOembedJson({ ...INPUT })).toBe(json);
  });
});
