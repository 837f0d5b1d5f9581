import { z } from 'astro/zod';

/** The first day the Data API has data for (spec: "The dataset begins on 2025-01-01"). */
export const DATASET_START = '2025-01-01';

/** Longest window the API accepts, in days counted inclusively (spec: "maximum span … is 366 days"). */
export const MAX_SPAN_DAYS = 366;

/** A calendar-valid UTC date written `YYYY-MM-DD`: `2026-02-30` is rejected, not rolled over. */
export const IsoDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'expected a calendar-valid YYYY-MM-DD date' });

/** A token count: decimal digits in a string, because it may exceed 2^53 (never parse it to a number). */
export const TokenCountSchema = z.string().regex(/^\d+$/, 'expected a string of decimal digits');

/** A per-token USD price as the API writes it: a decimal string such as `0.0000025`. */
export const DecimalStringSchema = z.string().regex(/^\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a decimal string');

/** `meta` of rankings-daily and app-rankings. Loose: v1 may add optional fields. */
export const WindowMetaSchema = z.looseObject({
  as_of: z.string().min(1),
  version: z.literal('v1'),
  start_date: IsoDateSchema,
  end_date: IsoDateSchema,
});
export type WindowMeta = z.infer<typeof WindowMetaSchema>;

/** The error body every Data API endpoint answers with: `{"error":{"code":400,"message":"…"}}`. */
export const ApiErrorBodySchema = z.looseObject({
  error: z.looseObject({ code: z.number().int(), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/**
 * The additive field the local Data API puts in `meta` (and in `data` for classifications, which has no
 * `meta`) to mark its figures as synthetic. Real responses never carry it.
 */
export const SYNTHETIC_MARKER = 'synthetic';

/** True for a calendar-valid `YYYY-MM-DD` string: `isCalendarDate('2026-02-30') === false`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
