import { z } from 'astro/zod';
import { IsoDateSchema } from '../api/common.ts';
import { parseWith } from '../api/parse.ts';
import { readTextIfExists } from './results.ts';

/** The page weights recorded before the narrow renderings of issue 14 (committed; see docs/bench.md). */
export const WEIGHT_BASELINE_FILE = 'bench/page-weight-before-14.json';

const BytesSchema = z.number().int().nonnegative();

/** One page type's recorded first visit, gzip bytes; `htmlGzip` is `null` when only the total was recorded. */
const BaselinePageSchema = z.object({
  type: z.string().min(1),
  path: z.string().startsWith('/'),
  totalGzip: BytesSchema,
  htmlGzip: BytesSchema.nullable(),
  note: z.string().optional(),
});

/** A recorded bench run's page weights: the commit and day measured, where the figures come from, how measured. */
export const WeightBaselineSchema = z.object({
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, 'expected a git commit hash'),
  date: IsoDateSchema,
  source: z.string().min(1),
  measured: z.string().min(1),
  pages: z.array(BaselinePageSchema),
});

/** Page weights recorded at an earlier commit, to compare this build's with. */
export type WeightBaseline = z.infer<typeof WeightBaselineSchema>;

/** One page type's recorded weight. */
export type BaselinePage = z.infer<typeof BaselinePageSchema>;

/** The baseline from its file's text; throws one line naming the file and each bad field. */
export function parseWeightBaseline(text: string, file: string): WeightBaseline {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}).`, {
      cause: error,
    });
  }
  return parseWith(WeightBaselineSchema, json, file);
}

/** Reads and checks the baseline file; `null` when there is none (the before column then prints `–`). */
export function readWeightBaseline(file: string = WEIGHT_BASELINE_FILE): WeightBaseline | null {
  const text = readTextIfExists(file);
  return text === null ? null : parseWeightBaseline(text, file);
}

/** A page type's recorded weight, matched by type (the model page is the top model of each build). */
export function baselineOf(baseline: WeightBaseline | null, type: string): BaselinePage | undefined {
  return baseline?.pages.find((page) => page.type === type);
}
