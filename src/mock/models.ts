/**
 * `GET /models`: the world's catalogue on the request's day in the SDK's shapes (`ModelsListResponse`), newest
 * first, paged by `offset` and `limit` (default 500, at most 1000), filtered by `output_modalities` (default
 * `text`; `all` for every model). Unknown filters of the SDK (`category`, `sort`, …) are ignored.
 */
import { ALL_MODALITIES, MAX_MODELS_LIMIT, type Model, type ModelsResponse } from '../lib/api/models.ts';
import { todayOf } from './dates.ts';
import { compareText } from './order.ts';
import { QueryError, quote, readInteger, readParam, type RouteHandler } from './route.ts';
import { type CatalogueModel, CATALOGUE_MODELS, expirationOn, isListedOn } from './world-catalogue.ts';

/** The SDK's output modalities (`OutputModality`), the values `output_modalities` accepts besides `all`. */
const OUTPUT_MODALITIES = [
  'text',
  'image',
  'embeddings',
  'audio',
  'video',
  'rerank',
  'decisions',
  'speech',
  'transcription',
] as const;

/** Largest offset served; past the catalogue's end a page is simply empty. */
const MAX_OFFSET = 100_000;

/**
 * A price per million tokens as a price per token, decimal point moved six places without floats:
 * `perTokenPrice('0.15') === '0.00000015'`, `perTokenPrice('10') === '0.00001'`; negative (variable) prices stay.
 */
export function perTokenPrice(perMillion: string): string {
  if (perMillion.startsWith('-')) return perMillion;
  const [whole = '0', fraction = ''] = perMillion.split('.');
  const digits = `${whole}${fraction}`;
  const point = whole.length - 6;
  const left = point > 0 ? digits.slice(0, point) : '0';
  const right = (point > 0 ? digits.slice(point) : `${'0'.repeat(-point)}${digits}`).replace(/0+$/, '');
  const integer = left.replace(/^0+(?=\d)/, '');
  return right === '' ? integer : `${integer}.${right}`;
}

/** Input and output modalities of a model by its kind. */
function modalitiesOf(model: CatalogueModel): { input: string[]; output: string[] } {
  if (model.kind === 'image') return { input: ['text'], output: ['image'] };
  if (model.kind === 'embedding') return { input: ['text'], output: ['embeddings'] };
  if (model.kind === 'audio') {
    return model.id.includes('tts')
      ? { input: ['text'], output: ['speech'] }
      : { input: ['audio'], output: ['transcription'] };
  }
  return { input: model.traits.includes('data') ? ['text', 'image'] : ['text'], output: ['text'] };
}

/** The request parameters a model takes, by its traits. */
function supportedParameters(model: CatalogueModel): string[] {
  if (model.kind !== 'text') return ['max_tokens'];
  const tools = model.traits.some((t) => t === 'agent' || t === 'code') ? ['tools', 'tool_choice'] : [];
  const reasoning = model.traits.includes('reason') ? ['reasoning', 'include_reasoning'] : [];
  return ['max_tokens', 'temperature', 'top_p', 'stop', 'seed', ...tools, ...reasoning];
}

/** One model as the API lists it on `today`. */
function toApiModel(model: CatalogueModel, today: string): Model {
  const { input, output } = modalitiesOf(model);
  const maxCompletion = model.contextLength === null ? null : Math.min(model.contextLength, 65_536);
  return {
    id: model.id,
    canonical_slug: model.canonicalSlug,
    name: model.name,
    created: model.created,
    description: `${model.name}: a model of the synthetic demo world, not OpenRouter's catalogue.`,
    context_length: model.contextLength,
    architecture: {
      input_modalities: input,
      output_modalities: output,
      modality: `${input.join('+')}->${output.join('+')}`,
    },
    pricing: { prompt: perTokenPrice(model.price.prompt), completion: perTokenPrice(model.price.completion) },
    top_provider: {
      context_length: model.contextLength,
      max_completion_tokens: maxCompletion,
      is_moderated: model.id.startsWith('openai/') || model.id.startsWith('anthropic/'),
    },
    per_request_limits: null,
    default_parameters: null,
    supported_parameters: supportedParameters(model),
    supported_voices: output.includes('speech') ? ['alloy', 'verse'] : null,
    expiration_date: expirationOn(model, today),
    links: { details: `/api/v1/models/${model.id}/endpoints` },
  };
}

/** `output_modalities`: a filter on a model's output modalities (`text` by default), or none for `all`. */
function readOutputFilter(query: URLSearchParams): ((model: Model) => boolean) | null {
  const value = readParam(query, 'output_modalities') ?? 'text';
  if (value === ALL_MODALITIES) return null;
  const wanted = value.split(',').map((part) => part.trim());
  const unknown = wanted.find((part) => !(OUTPUT_MODALITIES as readonly string[]).includes(part));
  if (unknown !== undefined) {
    throw new QueryError(
      `output_modalities must be ${ALL_MODALITIES} or a list of ${OUTPUT_MODALITIES.join(', ')}; got ${quote(unknown)}`,
    );
  }
  return (model) => model.architecture.output_modalities.some((m) => wanted.includes(m));
}

/** Newest first; models created in the same second by id, so pages never overlap or skip. */
function byNewest(a: Model, b: Model): number {
  return a.created !== b.created ? b.created - a.created : compareText(a.id, b.id);
}

/** The models handler; the body carries the synthetic marker at its top (the response has no `meta`). */
export const models: RouteHandler = (query, { now }): ModelsResponse => {
  const offset = readInteger(query, 'offset', 0, MAX_OFFSET, 0);
  const limit = readInteger(query, 'limit', 1, MAX_MODELS_LIMIT, 500);
  const filter = readOutputFilter(query);
  const today = todayOf(now);
  const listed = CATALOGUE_MODELS.filter((model) => isListedOn(model, today))
    .map((model) => toApiModel(model, today))
    .filter((model) => filter === null || filter(model))
    .toSorted(byNewest);
  const next = new URLSearchParams({ offset: String(offset + limit), limit: String(limit) });
  const modalities = readParam(query, 'output_modalities');
  if (modalities !== undefined) next.set('output_modalities', modalities);
  return {
    data: listed.slice(offset, offset + limit),
    links: { next: offset + limit < listed.length ? `/api/v1/models?${next.toString()}` : null },
    total_count: listed.length,
    synthetic: true,
  };
};
