import * as Plot from '@observablehq/plot';
import type { NewModel } from '../transform/new-models.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { formatTokenTick } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** One drawn point: a model's day since release and its tokens, undefined outside the top 50 (a gap). */
type Point = { key: string; day: number; tokens: number | undefined };

/**
 * The first days of recently released models, aligned on their release: tokens per day against days since release,
 * one line per model in `colors` (in `models` order), a dot on every day it was in the top 50 so a lone day shows;
 * days outside the top 50 are gaps, never zeros. No legend (the page lists the models in their colours).
 * `id`: `model-new-30d`.
 */
export function newModelsChart(
  id: string,
  models: readonly NewModel[],
  options: { colors: readonly string[]; size: ChartSize },
): string {
  const points: Point[] = models.flatMap((model) =>
    model.days.map((d) => ({
      key: model.permaslug,
      day: d.day,
      tokens: d.tokens === null ? undefined : tokensToNumber(d.tokens),
    })),
  );
  const lastDay = Math.max(1, ...points.map((p) => p.day));
  const channels = { x: 'day', y: 'tokens', stroke: 'key' } as const;
  const { width, height, geometry = 'wide' } = options.size;
  const narrow = geometry === 'narrow';
  return renderSvg(
    id,
    {
      width,
      height,
      marginLeft: narrow ? 44 : 48,
      x: {
        label: 'Days since release',
        domain: [0, lastDay],
        ticks: Math.min(lastDay, narrow ? 4 : 10),
        tickFormat: 'd',
      },
      y: {
        label: 'Tokens per day',
        grid: true,
        zero: true,
        tickFormat: formatTokenTick,
        ...(narrow ? { ticks: 3 } : {}),
      },
      color: { type: 'ordinal', domain: models.map((m) => m.permaslug), range: [...options.colors] },
      marks: [
        Plot.lineY(points, { ...channels, z: 'key', strokeWidth: 2, curve: 'linear' }),
        Plot.dot(
          points.filter((p) => p.tokens !== undefined),
          { ...channels, fill: 'key', r: 2.5 },
        ),
        Plot.ruleY([0]),
      ],
    },
    geometry,
  );
}
