import { describe, expect, it } from 'vitest';
import { sessionCostScatterChart } from '../../../src/lib/charts/session-cost-scatter.ts';
import { toScoredModels } from '../../../src/lib/transform/session-cost.ts';
import { costCell } from './session-cost-fixtures.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const SCORES: Record<string, number> = { 'a/top': 70, 'b/near': 69.5, 'c/low': 40 };
const { models } = toScoredModels(
  [
    costCell('aider', 'a/top', '10-49-turns', 0.5),
    costCell('cline', 'a/top', '10-49-turns', 2),
    costCell('aider', 'b/near', '10-49-turns', 0.6),
    costCell('aider', 'c/low', '10-49-turns', 0.05),
  ],
  (slug) => SCORES[slug] ?? null,
  (slug) => slug.split('/')[1] ?? slug,
);

describe(sessionCostScatterChart, () => {
  it('draws a dot per harness at the model’s score, a line across its harnesses, and labels that do not collide', async () => {
    const svg = sessionCostScatterChart('session-cost-coding', models, {
      geometry: 'wide',
      scoreLabel: 'Coding index',
    });
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('<title>top in CLINE: $2 per session; coding index 70</title>');
    // `near` sits just under `top`, over its line: its label would collide, so only `top` and `low` are labelled.
    expect(svg).toContain('>top<');
    expect(svg).toContain('>low<');
    expect(svg).not.toContain('>near<');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-coding.svg');
  });

  it('has a narrow design, 320 px wide in 14 px type', async () => {
    const svg = sessionCostScatterChart('session-cost-coding', models, {
      geometry: 'narrow',
      scoreLabel: 'Coding index',
    });
    expect(svg).toMatch(/^<svg[^>]*width="320"/);
    expect(svg).toContain('font-size:14px');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-coding-narrow.svg');
  });
});
