/**
 * One colour per model (or author) across the whole site, decided once per build from the all-time ranking,
 * so a model keeps its colour from chart to chart and page to page; and the colour arithmetic that keeps charts
 * readable: WCAG contrast, a darker or lighter variant of a colour for lines and small marks, and a distance
 * between colours as people with each common colour-vision deficiency see them.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { OTHER_KEY, rankKeys, type KeyOf } from './shares.ts';
import { toTokens } from './tokens.ts';

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

function mapRgb(rgb: Rgb, f: (channel: number) => number): Rgb {
  return [f(rgb[0]), f(rgb[1]), f(rgb[2])];
}

/** A `#rrggbb` colour as linear-light RGB in 0..1; throws one line for anything else. */
function toLinear(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match)
    throw new Error(`colour "${hex}" is not #rrggbb; chart colours must be hex so their contrast can be checked`);
  const channel = (h: string | undefined) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(match[1]), channel(match[2]), channel(match[3])];
}

/** Linear-light RGB back to `#RRGGBB` (clamped). */
function toHex(rgb: Rgb): string {
  const encode = (v: number) => {
    const c = Math.min(1, Math.max(0, v));
    const s = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(s * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${rgb.map(encode).join('')}`.toUpperCase();
}

function luminanceOf(rgb: Rgb): number {
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/** WCAG relative luminance of a `#rrggbb` colour: `relativeLuminance('#ffffff') === 1`. */
export function relativeLuminance(hex: string): number {
  return luminanceOf(toLinear(hex));
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21: `contrastRatio('#000000', '#ffffff') === 21`. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 1.4.11: lines, dots and other graphics that carry meaning need 3:1 against what surrounds them. */
export const MARK_CONTRAST = 3;

/**
 * A colour of the same hue that reaches {@link MARK_CONTRAST} against both backgrounds (a light and a dark page),
 * for lines and small marks: a pale colour is darkened, a very dark one lightened, any other returned as is.
 * Darkening scales linear RGB (hue and saturation kept), lightening mixes in white:
 * `toMarkColor('#EEDD88', '#ffffff', '#101217') === '#9D9158'`. Throws when no luminance passes both.
 */
export function toMarkColor(hex: string, light: string, dark: string): string {
  const rgb = toLinear(hex);
  const l = luminanceOf(rgb);
  // Contrast >= 3 with the light page needs L <= (Ll + 0.05) / 3 - 0.05; with the dark page L >= 3 (Ld + 0.05) - 0.05.
  const most = (relativeLuminance(light) + 0.05) / MARK_CONTRAST - 0.05;
  const least = MARK_CONTRAST * (relativeLuminance(dark) + 0.05) - 0.05;
  if (least > most) throw new Error(`toMarkColor: no colour reaches ${MARK_CONTRAST}:1 on both ${light} and ${dark}`);
  // Aim a little inside the band, so rounding to 8-bit channels cannot fall back out of it.
  const margin = (most - least) / 10;
  if (l > most) return toHex(mapRgb(rgb, (c) => (c * (most - margin)) / l));
  if (l < least) {
    const t = (least + margin - l) / (1 - l);
    return toHex(mapRgb(rgb, (c) => c + t * (1 - c)));
  }
  return hex;
}

/** How each colour-vision type sees linear RGB (Machado, Oliveira & Fernandes 2009, severity 1). */
const VISION: Readonly<Record<string, Matrix | null>> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** Linear RGB to OKLab (Ottosson), where Euclidean distance approximates perceived difference. */
function toOklab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function simulate(rgb: Rgb, matrix: Matrix | null): Rgb {
  if (!matrix) return rgb;
  const row = (m: Rgb) => Math.min(1, Math.max(0, m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]));
  return [row(matrix[0]), row(matrix[1]), row(matrix[2])];
}

/**
 * How different two colours look to the reader who can tell them apart least: the smallest OKLab distance under
 * normal vision, protanopia, deuteranopia and tritanopia (0 = identical; about 0.02 is barely noticeable, 0.1 is
 * plain). `colorDistance('#0072B2', '#0072B2') === 0`.
 */
export function colorDistance(a: string, b: string): number {
  const [ra, rb] = [toLinear(a), toLinear(b)];
  return Math.min(
    ...Object.values(VISION).map((matrix) => {
      const [pa, pb] = [toOklab(simulate(ra, matrix)), toOklab(simulate(rb, matrix))];
      return Math.hypot(pa[0] - pb[0], pa[1] - pb[1], pa[2] - pb[2]);
    }),
  );
}

/** The palette, the colour of `Other`, and each key's all-time rank (0 = most tokens). */
export type SiteColors = { palette: readonly string[]; other: string; rankOf: ReadonlyMap<string, number> };

/**
 * Ranks every key by its tokens over the whole archive (ties alphabetical) and gives rank i the palette colour
 * i (mod the palette's length). Deterministic: equal archives give equal colours.
 */
export function toSiteColors(
  rows: readonly RankingsDailyRow[],
  palette: readonly string[],
  other: string,
  keyOf: KeyOf = (permaslug) => permaslug,
): SiteColors {
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    if (row.model_permaslug === OTHER_KEY) continue;
    const key = keyOf(row.model_permaslug);
    totals.set(key, (totals.get(key) ?? 0n) + toTokens(row.total_tokens));
  }
  return { palette, other, rankOf: new Map(rankKeys(totals).map((key, rank) => [key, rank])) };
}

/** A key's site colour: its palette colour by all-time rank, `other` for the long tail and unknown keys. */
export function colorOf(colors: SiteColors, key: string): string {
  const rank = colors.rankOf.get(key);
  if (key === OTHER_KEY || rank === undefined) return colors.other;
  return colors.palette[rank % colors.palette.length] ?? colors.other;
}

/** Below this {@link colorDistance}, two neighbouring stacked areas could be mistaken for one another. */
export const MIN_NEIGHBOUR_DISTANCE = 0.1;

/**
 * The colours of one chart's series, in `keys` order (the stack order), with no colour used twice: keys claim their
 * site colour in all-time rank order (so the biggest models always get theirs), unless it is taken or would sit
 * next to a series of a colour hard to tell from it ({@link MIN_NEIGHBOUR_DISTANCE}, any colour vision); such a key
 * gets the free palette colour most unlike its neighbours. `Other` is always the `other` colour. With more series
 * than palette colours, repeats are unavoidable and start again from the palette's first colour.
 */
export function toChartColors(colors: SiteColors, keys: readonly string[]): string[] {
  const size = colors.palette.length;
  const rankOf = (key: string) => colors.rankOf.get(key) ?? Infinity;
  const claimOrder = keys.filter((k) => k !== OTHER_KEY).sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : 1));
  const chosen = new Map<string, string>(keys.includes(OTHER_KEY) ? [[OTHER_KEY, colors.other]] : []);
  const used = new Set<number>();
  for (const key of claimOrder) {
    if (used.size === size) used.clear();
    const at = keys.indexOf(key);
    const neighbours = [keys[at - 1], keys[at + 1]].flatMap((k) => (k === undefined ? [] : (chosen.get(k) ?? [])));
    const unlikeNeighbours = (index: number) =>
      Math.min(Infinity, ...neighbours.map((n) => colorDistance(colors.palette[index] ?? colors.other, n)));
    const rank = colors.rankOf.get(key);
    const preferred = rank === undefined ? undefined : rank % size;
    const index =
      preferred !== undefined && !used.has(preferred) && unlikeNeighbours(preferred) >= MIN_NEIGHBOUR_DISTANCE
        ? preferred
        : mostUnlike(used, size, unlikeNeighbours);
    used.add(index);
    chosen.set(key, colors.palette[index] ?? colors.other);
  }
  return keys.map((key) => chosen.get(key) ?? colors.other);
}

/** The free palette index scoring highest on `unlike` (the lowest index among equals); callers clear a full `used`. */
function mostUnlike(used: ReadonlySet<number>, size: number, unlike: (index: number) => number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < size; i += 1) {
    if (used.has(i)) continue;
    const score = Math.min(unlike(i), MIN_NEIGHBOUR_DISTANCE * 2);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}
