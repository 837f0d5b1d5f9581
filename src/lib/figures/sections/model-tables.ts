/**
 * The data tables and notes of a model page's history charts: a row per day, or per week where older history is
 * shown by week (`toModelPeriods`), with what each weekly value stands for.
 */
import { formatDate, formatExact, formatShare, formatTokens } from '../../transform/format.ts';
import type { ModelPeriod, ModelPeriods } from '../../transform/model-history-weekly.ts';
import { isolate } from '../../transform/safe-text.ts';
import type { TableCell, TableData } from '../schema.ts';

/** The charts of a model page, by file name: `tokens`, `share`, `rank`. */
export const MODEL_CHARTS = ['tokens', 'share', 'rank'] as const;
export type ModelChart = (typeof MODEL_CHARTS)[number];

/** What a weekly point or row of each chart stands for, over the days of its week the model was in the top 50. */
const WEEKLY_VALUE: Readonly<Record<ModelChart, string>> = {
  tokens: 'the average tokens per day over the days the model was in the top 50',
  share: 'its share of all tokens on the days it was in the top 50',
  rank: 'its median rank over the days it was in the top 50 (the better middle rank when even)',
};

/**
 * The note under a chart whose older history is weekly: `Before 1 Jan 2029 (left of the dashed line), each point is
 * a week, Monday to Sunday: the average tokens per day over …; a gap there is a week with no day in the top 50.`
 */
export function weeklyNote(chart: ModelChart, dailyFrom: string): string {
  const before = `Before ${formatDate(dailyFrom)} (left of the dashed line)`;
  const gap = 'a gap there is a week with no day in the top 50';
  return `${before}, each point is a week, Monday to Sunday: ${WEEKLY_VALUE[chart]}; ${gap}.`;
}

/** `1 of 7 days in the top 50`: how much of a week its values summarise. */
function coverageOf(period: ModelPeriod): string {
  return `${period.rankedDays} of ${period.days} day${period.days === 1 ? '' : 's'} in the top 50`;
}

/** A table cell of one period and chart: `—` outside the top 50; a week's cells say how many days it covers. */
function valueCell(period: ModelPeriod, chart: ModelChart): TableCell {
  const week = period.grain === 'week';
  if (chart === 'tokens') {
    const { tokens, tokensPerDay } = period;
    if (tokens === null || tokensPerDay === null) return '—';
    if (!week) return { text: formatTokens(tokensPerDay), title: formatExact(tokens) };
    return { text: formatTokens(tokensPerDay), title: `${formatExact(tokens)} tokens over ${coverageOf(period)}` };
  }
  const value = chart === 'share' ? period.share : period.rank;
  if (value === null) return '—';
  const text = chart === 'share' ? formatShare(value) : String(value);
  return week ? { text, title: coverageOf(period) } : text;
}

/**
 * The data table of one model chart: the date and that chart's value, blank-free (`—` outside the top 50). When
 * older history is weekly, its rows are weeks (`Week of 30 Dec 2024`) and the caption says what they hold.
 */
export function modelChartTable(history: ModelPeriods, chart: ModelChart, name: string): TableData {
  const { periods, dailyFrom } = history;
  const heading = { tokens: 'Tokens', share: 'Share of the day', rank: 'Rank' }[chart];
  const caption = `${heading} of ${isolate(name)} per day (— = outside the top 50)`;
  const weekly = dailyFrom && `Before ${formatDate(dailyFrom)}, each row is a week, Monday to Sunday`;
  const dateOf = (p: ModelPeriod) => (p.grain === 'week' ? `Week of ${formatDate(p.date)}` : formatDate(p.date));
  return {
    caption: weekly ? `${caption}. ${weekly}: ${WEEKLY_VALUE[chart]}.` : caption,
    columns: ['Date', { label: heading, numeric: true }],
    rows: periods.map((p) => [dateOf(p), valueCell(p, chart)]),
  };
}
