/**
 * Text alternatives of the model charts, written from the data at every build so they never go stale: what
 * leads, by how much, and what changed over the window.
 */
import { formatDate, formatPoints, formatShare, formatTokens } from './format.ts';
import type { ModelDay } from './model-history.ts';
import { isolate } from './safe-text.ts';
import { OTHER_KEY, type ShareSeries } from './shares.ts';

/** How a key is named in prose; by default the key itself (`openai/gpt-5`, `anthropic`) and `Other`. */
export type LabelOf = (key: string) => string;

const keyLabel: LabelOf = (key) => (key === OTHER_KEY ? 'Other' : key);

/** `30 days to 24 Nov 2026` or `52 weeks to 22 Nov 2026`: a series' range standing alone (titles). */
export function rangePhrase(series: Pick<ShareSeries, 'range'>): string {
  const { days, grain, end } = series.range;
  const count = grain === 'week' ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`;
  return `${count} to ${formatDate(end)}`;
}

/** `the 30 days to 24 Nov 2026` or `the 52 weeks to 22 Nov 2026`: a series' range inside a sentence. */
export function describeRange(series: Pick<ShareSeries, 'range'>): string {
  return `the ${rangePhrase(series)}`;
}

/** A key's share in the first and last period of the series. */
function shareChangeOf(series: ShareSeries, key: string): number {
  const points = series.points.filter((p) => p.key === key);
  return (points.at(-1)?.share ?? 0) - (points[0]?.share ?? 0);
}

/** `up 3.1 pp` / `down 0.4 pp` / `about level`. */
function describeChange(delta: number): string {
  const text = formatPoints(delta);
  if (text.startsWith('+')) return `up ${text.slice(1)}`;
  if (text.startsWith('−')) return `down ${text.slice(1)}`;
  return 'about level';
}

/**
 * The share chart in words: "Over the 30 days to 24 Nov 2026 (1.23T tokens), openai/gpt-5 led with 18.2%, up
 * 3.1 pp from the first day to the last; anthropic/claude-4.5-sonnet followed with 12.0%. The biggest gain was
 * x-ai/grok-4, up 4.2 pp. Other held 22.0%."
 */
export function describeShareSeries(series: ShareSeries, labelOf: LabelOf = keyLabel): string {
  const name = (key: string) => isolate(labelOf(key));
  const top = series.totals.filter((t) => t.key !== OTHER_KEY);
  const other = series.totals.find((t) => t.key === OTHER_KEY);
  const [leader, second] = top;
  const over = `Over ${describeRange(series)} (${formatTokens(series.total)} tokens)`;
  const sentences: string[] = [];
  if (!leader) sentences.push(`${over}, no model had its own series.`);
  else {
    const change = describeChange(shareChangeOf(series, leader.key));
    const trend = series.periods.length > 1 ? `, ${change} ${firstToLast(series)}` : '';
    const follower = second ? `; ${name(second.key)} followed with ${formatShare(second.share)}` : '';
    sentences.push(`${over}, ${name(leader.key)} led with ${formatShare(leader.share)}${trend}${follower}.`);
  }
  const gainer = biggestGainer(
    series,
    top.map((t) => t.key),
  );
  if (gainer && gainer.key !== leader?.key)
    sentences.push(`The biggest gain was ${name(gainer.key)}, ${describeChange(gainer.delta)}.`);
  if (other) sentences.push(`Other held ${formatShare(other.share)}.`);
  return sentences.join(' ');
}

/** `from the first day to the last` or `from the first week to the last`. */
function firstToLast(series: ShareSeries): string {
  const period = series.range.grain === 'week' ? 'week' : 'day';
  return `from the first ${period} to the last`;
}

/** The one-line takeaway of a share chart: "openai/gpt-5 led with 18.2% of tokens over the 30 days to 24 Nov 2026." */
export function shareTakeaway(series: ShareSeries, labelOf: LabelOf = keyLabel): string {
  const leader = series.totals.find((t) => t.key !== OTHER_KEY);
  if (!leader) return `Over ${describeRange(series)}, every token was in Other.`;
  return `${isolate(labelOf(leader.key))} led with ${formatShare(leader.share)} of tokens over ${describeRange(series)}.`;
}

/** The key whose share grew most from the first period to the last; null when none grew. */
function biggestGainer(series: ShareSeries, keys: readonly string[]): { key: string; delta: number } | null {
  if (series.periods.length < 2) return null;
  let best: { key: string; delta: number } | null = null;
  for (const key of keys) {
    const delta = shareChangeOf(series, key);
    if (delta > 0.0005 && (!best || delta > best.delta)) best = { key, delta };
  }
  return best;
}

/**
 * A model's history in words: "openai/gpt-5 was in the daily top 50 on 58 of 60 days from 26 Sep 2026 to
 * 24 Nov 2026. On 24 Nov 2026 it had 1.23B tokens (18.2% of the day), rank 1; its best rank was 1."
 */
export function describeModelHistory(label: string, history: readonly ModelDay[]): string {
  const name = isolate(label);
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return `${name} has not appeared in the daily top 50.`;
  const ranked = history.filter((d) => d.rank !== null);
  const best = Math.min(...ranked.map((d) => d.rank ?? Infinity));
  const span = `from ${formatDate(first.date)} to ${formatDate(last.date)}`;
  const presence = `${name} was in the daily top 50 on ${ranked.length} of ${history.length} days ${span}.`;
  const on = `On ${formatDate(last.date)}`;
  const latest =
    last.tokens === null || last.share === null
      ? `${on} it was outside the top 50 (inside Other)`
      : `${on} it had ${formatTokens(last.tokens)} tokens (${formatShare(last.share)} of the day), rank ${last.rank}`;
  return `${presence} ${latest}; its best rank was ${best}.`;
}

/**
 * What a model chart's text alternative adds when its older history is weekly (null when daily throughout):
 * "Before 1 Jan 2029 each point is a week (Monday to Sunday), summarised over the days the model was in the top 50;
 * from 1 Jan 2029 each point is a day."
 */
export function describeGrains(dailyFrom: string | null): string | null {
  if (dailyFrom === null) return null;
  const from = formatDate(dailyFrom);
  return (
    `Before ${from} each point is a week (Monday to Sunday), summarised over the days the model was in the top 50; ` +
    `from ${from} each point is a day.`
  );
}
