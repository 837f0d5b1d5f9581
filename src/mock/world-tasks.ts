/**
 * Task classifications of the synthetic world: ~25 tags in four macro-categories, each with a seeded base
 * popularity, tokens-per-request factor and yearly trend, so shares drift slowly from week to week. Each tag's
 * models are drawn from the world's busiest models that week, weighted by how well their traits fit the tag.
 */
import { unitOf } from './prng.ts';
import { dayIndexOf } from './world-market.ts';
import type { Trait } from './world-models.ts';

/** The four macro-categories, in response order, with their labels. */
export const MACRO_CATEGORIES = [
  { key: 'code', label: 'Code' },
  { key: 'data', label: 'Data' },
  { key: 'agent', label: 'Agent' },
  { key: 'general', label: 'General' },
] as const;
export type MacroKey = (typeof MACRO_CATEGORIES)[number]['key'];

/** A classification tag: base share of requests, tokens per request (relative), yearly growth of its share. */
export interface TaskTag {
  readonly tag: string;
  readonly displayName: string;
  readonly macro: MacroKey;
  readonly usage: number;
  readonly tokensPerRequest: number;
  readonly trend: number;
}

type TagRow = readonly [tag: string, displayName: string, usage: number, tokensPerRequest: number, trend: number];

const TAG_ROWS: readonly TagRow[] = [
  ['code:general_impl', 'Code Generation', 14, 3.2, 0.25],
  ['code:debugging', 'Debugging', 6, 3.6, 0.2],
  ['code:review', 'Code Review', 3, 4.2, 0.3],
  ['code:refactoring', 'Refactoring', 2.5, 3.8, 0.15],
  ['code:testing', 'Test Writing', 1.8, 2.8, 0.2],
  ['code:explanation', 'Code Explanation', 2.2, 1.8, -0.1],
  ['code:devops', 'DevOps & Scripting', 1.5, 2.2, 0.1],
  ['data:extraction', 'Data Extraction', 5, 1.6, 0.1],
  ['data:analysis', 'Data Analysis', 3.5, 2, 0.15],
  ['data:classification', 'Classification', 3, 0.6, 0],
  ['data:sql', 'SQL & Queries', 1.2, 1.4, 0.05],
  ['data:transformation', 'Data Transformation', 2, 1.2, 0.05],
  ['agent:web_search', 'Web Search', 6, 1.5, 0.35],
  ['agent:tool_use', 'Tool Use', 7, 2.4, 0.45],
  ['agent:planning', 'Planning', 2.5, 2.6, 0.3],
  ['agent:browser', 'Browser Automation', 1.3, 2.2, 0.5],
  ['agent:computer_use', 'Computer Use', 0.7, 2.8, 0.6],
  ['general:chat', 'General Chat', 10, 0.8, -0.15],
  ['general:roleplay', 'Roleplay', 9, 1.4, -0.1],
  ['general:translation', 'Translation', 3, 0.7, 0],
  ['general:summarization', 'Summarization', 4, 1.3, 0],
  ['general:creative_writing', 'Creative Writing', 3.5, 1.1, -0.05],
  ['general:education', 'Tutoring & Education', 2.5, 0.9, 0.05],
  ['general:qa', 'Question Answering', 4.5, 0.6, -0.1],
  ['general:advice', 'Advice', 1.5, 0.7, 0],
];

/** The macro-category a tag's prefix names: `macroOf('code:review') === 'code'`. */
function macroOf(tag: string): MacroKey {
  const found = MACRO_CATEGORIES.find(({ key }) => tag.startsWith(`${key}:`));
  if (!found) throw new Error(`world-tasks: tag ${tag} has no known macro-category prefix`);
  return found.key;
}

/** Every tag of the world. */
export const TASK_TAGS: readonly TaskTag[] = TAG_ROWS.map(([tag, displayName, usage, tokensPerRequest, trend]) => ({
  tag,
  displayName,
  macro: macroOf(tag),
  usage,
  tokensPerRequest,
  trend,
}));

/** A tag's request and token weight on one day (unnormalised). */
export function tagWeightsOn(tag: TaskTag, date: string): { requests: number; tokens: number } {
  const years = dayIndexOf(date) / 365;
  const requests = tag.usage * Math.exp(tag.trend * years) * (0.85 + 0.3 * unitOf('tag-requests', tag.tag, date));
  const tokens = requests * tag.tokensPerRequest * (0.9 + 0.2 * unitOf('tag-tokens', tag.tag, date));
  return { requests, tokens };
}

/** How strongly a trait draws a model to a macro-category (roleplay has its own table). */
const AFFINITY: Record<MacroKey | 'roleplay', Partial<Record<Trait, number>> & { readonly none: number }> = {
  code: { code: 4, agent: 1.5, reason: 1.5, rp: 0.05, none: 0.5 },
  data: { data: 3, reason: 1.2, rp: 0.05, none: 0.8 },
  agent: { agent: 4, code: 1.3, rp: 0.05, none: 0.4 },
  general: { chat: 2.5, rp: 0.8, none: 1 },
  roleplay: { rp: 12, chat: 1.5, none: 0.2 },
};

/** The strongest pull any of `traits` has towards `tag` (a model without a matching trait gets `none`). */
export function affinityOf(tag: TaskTag, traits: readonly Trait[]): number {
  const table = AFFINITY[tag.tag === 'general:roleplay' ? 'roleplay' : tag.macro];
  const pulls = traits.map((trait) => table[trait] ?? table.none);
  return pulls.length === 0 ? table.none : Math.max(...pulls);
}
