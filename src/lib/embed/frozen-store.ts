/**
 * The frozen copies in the archive, `<data>/embeds/`: packs at `packs/<id>/<YYYY-Www>.html` (one per chart and ISO
 * week, as served), `index.json` listing every packed copy with its date, drawn hash and pack (written last, so it
 * never names a missing pack), and the day files from before packs, `<YYYY-MM-DD>/<id>.html`, kept as they are.
 * The build reads the index here (sync, at build time); `freeze.ts` writes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseWith } from '../api/parse.ts';
import { isNotFound, toArchiveJson } from '../archive/write-atomic.ts';
import type { FrozenIndex, StoredCopy } from './frozen-policy.ts';
import { isChartId, isIsoDate, isPackKey } from './ids.ts';

/** Where frozen embeds live inside the archive. */
export const EMBEDS_FOLDER = 'embeds';

/** The index of packed copies, `<data>/embeds/index.json`. */
export const INDEX_FILE = 'index.json';

const PackedCopySchema = z.strictObject({
  date: z.string().refine(isIsoDate, 'expected YYYY-MM-DD'),
  drawn: z.string().nullable(),
  pack: z.string().refine(isPackKey, 'expected YYYY-Www'),
});

/** `index.json`: chart id -> its packed copies, in date order. */
const IndexSchema = z.record(z.string().refine(isChartId, 'expected a chart id'), z.array(PackedCopySchema));

/** The packed copies by chart id, as `index.json` holds them. */
export type PackedIndex = z.infer<typeof IndexSchema>;

/** Archive path of a chart's pack for a week: `<data>/embeds/packs/<id>/<YYYY-Www>.html`. */
export function packPath(dataDir: string, id: string, pack: string): string {
  return join(dataDir, EMBEDS_FOLDER, 'packs', id, `${pack}.html`);
}

/** Archive path of a day's copy from before packs: `<data>/embeds/<YYYY-MM-DD>/<id>.html`. */
export function dayCopyPath(dataDir: string, id: string, date: string): string {
  return join(dataDir, EMBEDS_FOLDER, date, `${id}.html`);
}

function listDirSync(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** `index.json`, parsed; empty when there is none yet. Throws one line naming the bad field. */
export function readPackedIndex(dataDir: string): PackedIndex {
  const file = join(dataDir, EMBEDS_FOLDER, INDEX_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return {};
    throw error;
  }
  return parseWith(IndexSchema, JSON.parse(text), file);
}

/** The index as file text: ids sorted, each chart's copies in date order. */
export function toIndexJson(index: PackedIndex): string {
  const sorted = Object.fromEntries(
    Object.entries(index).map(([id, copies]) => [id, [...copies].sort((a, b) => (a.date < b.date ? -1 : 1))]),
  );
  return toArchiveJson(sorted);
}

/** The day copies from before packs: `{ id, date }` of every `<data>/embeds/<YYYY-MM-DD>/<id>.html`. */
export function listDayCopies(dataDir: string): { id: string; date: string }[] {
  return listDirSync(join(dataDir, EMBEDS_FOLDER))
    .filter(isIsoDate)
    .flatMap((date) =>
      listDirSync(join(dataDir, EMBEDS_FOLDER, date))
        .filter((file) => file.endsWith('.html') && isChartId(file.slice(0, -'.html'.length)))
        .map((file) => ({ id: file.slice(0, -'.html'.length), date })),
    );
}

/**
 * Every stored copy by chart id, for the policy: the packed ones from `index.json` and the day copies from before
 * packs (no drawn hash), in date order, a day copy before a packed copy of the same date.
 */
export function readFrozenIndex(dataDir: string): FrozenIndex {
  const byId = new Map<string, StoredCopy[]>();
  const add = (id: string, copy: StoredCopy) => byId.set(id, [...(byId.get(id) ?? []), copy]);
  for (const { id, date } of listDayCopies(dataDir)) add(id, { date, drawn: null, pack: null });
  for (const [id, copies] of Object.entries(readPackedIndex(dataDir))) for (const copy of copies) add(id, copy);
  const rank = (copy: StoredCopy) => `${copy.date}${copy.pack === null ? 0 : 1}`;
  return new Map([...byId].map(([id, copies]) => [id, copies.sort((a, b) => (rank(a) < rank(b) ? -1 : 1))]));
}
