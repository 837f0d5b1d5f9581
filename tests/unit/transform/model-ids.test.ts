import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/lib/api/models.ts';
import { toModelCatalogue } from '../../../src/lib/transform/model-catalogue.ts';
import { entryOfModelId, toModelIdIndex } from '../../../src/lib/transform/model-ids.ts';

function model(id: string, canonical: string, name: string, created = 1_715_558_400): Model {
  return {
    id,
    canonical_slug: canonical,
    name,
    created,
    context_length: 128_000,
    architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text' },
    pricing: { prompt: '0.000001', completion: '0.000002' },
    top_provider: { is_moderated: true },
    links: { details: '' },
  };
}

const models = [
  model('openai/gpt-4o', 'openai/gpt-4o-2024-05-13', 'OpenAI: GPT-4o'),
  model('openai/gpt-4o-2024-11-20', 'openai/gpt-4o-2024-11-20', 'OpenAI: GPT-4o (2024-11-20)', 1_732_060_800),
  model('x/tool:free', 'x/tool', 'X: Tool (free)'),
];
const catalogue = toModelCatalogue(models);
const index = toModelIdIndex(models, catalogue);

describe(toModelIdIndex, () => {
  it('maps each catalogue id to the entry of its permaslug', () =>
    expect(index.get('openai/gpt-4o')?.permaslug).toBe('openai/gpt-4o-2024-05-13'));
});

describe(entryOfModelId, () => {
  it.each([
    ['openai/gpt-4o', 'GPT-4o', true],
    ['openai/gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', true],
    ['x/tool:free', 'Tool (free)', true],
    ['x/tool-20250101:free', 'Tool (free)', true],
    ['x/tool:beta', 'Tool (beta)', false],
    ['gone/some-model', 'Some Model', false],
  ])('names %s %s (listed: %s)', (id, name, listed) => {
    const entry = entryOfModelId(catalogue, index, id);
    expect([entry.name, entry.listed]).toEqual([name, listed]);
  });

  it('takes the newest listed model of a base the catalogue lists under dated ids only', () => {
    const dated = models.slice(1);
    const only = toModelCatalogue(dated);
    expect(entryOfModelId(only, toModelIdIndex(dated, only), 'openai/gpt-4o').name).toBe('GPT-4o (2024-11-20)');
  });
});
