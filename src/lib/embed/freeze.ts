/**
 * Frozen embeds are published once and carried forward unchanged. The build renders only the copies that are new
 * in it (`frozenCopyOf`: a chart whose drawing changed), each as a one-copy document at its pack's path,
 * `dist/embed/<id>/<YYYY-Www>/index.html`. This step, run after the build, then:
 *
 * 1. adds each new copy to its pack in the archive (`<data>/embeds/packs/<id>/<YYYY-Www>.html`, written atomically)
 *    unless the pack already holds its date (a re-run on the same day never alters a published copy); a copy whose
 *    date has a day file from before packs is packed from that file's content, so both URLs show the same;
 * 2. records the new copies in `<data>/embeds/index.json`, written last;
 * 3. copies every pack, and every day file from before packs, into the build.
 *
 * A pack only ever grows by a section, so a published copy never changes (frozen-pack.ts).
 */
import { copyFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isNotFound } from '../archive/write-atomic.ts';
import { addToPack, newPack, packDates, toCopyParts, toSection, type CopyParts } from './frozen-pack.ts';
import {
  dayCopyPath,
  EMBEDS_FOLDER,
  INDEX_FILE,
  listDayCopies,
  packPath,
  readPackedIndex,
  toIndexJson,
} from './frozen-store.ts';
import { isChartId, isPackKey, packKeyOf } from './ids.ts';

/** One frozen copy: its chart id and date. */
export type FrozenEmbed = { id: string; date: string };

/** What a freeze did, each list sorted by date then id. */
export type FreezeReport = {
  /** Built in this build and added to its pack for the first time. */
  published: FrozenEmbed[];
  /** Of `published`: packed from the day file of the same date from before packs, not from the new rendering. */
  adopted: FrozenEmbed[];
  /** Built again, but its pack already held the date: the pack's bytes stand. */
  kept: FrozenEmbed[];
  /** Of `kept`: those whose new rendering differed from the packed copy (newer code or data since publication). */
  differed: FrozenEmbed[];
  /** Packs copied into the build. */
  packs: number;
  /** Day files from before packs copied into the build. */
  dayCopies: number;
};

/** Build path of a chart's pack for a week: `dist/embed/<id>/<YYYY-Www>/index.html`. */
export function builtPackPath(distDir: string, id: string, pack: string): string {
  return join(distDir, 'embed', id, pack, 'index.html');
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The one-copy documents a build rendered: `{ id, pack }` of each `dist/embed/<id>/<YYYY-Www>/index.html`. */
export async function listBuiltCopies(distDir: string): Promise<{ id: string; pack: string }[]> {
  const found: { id: string; pack: string }[] = [];
  for (const id of (await listDir(join(distDir, 'embed'))).filter(isChartId)) {
    for (const pack of (await listDir(join(distDir, 'embed', id))).filter(isPackKey)) {
      if ((await listDir(join(distDir, 'embed', id, pack))).includes('index.html')) found.push({ id, pack });
    }
  }
  return found;
}

/** Every pack in the archive: `{ id, pack }` of each `<data>/embeds/packs/<id>/<YYYY-Www>.html`. */
export async function listPacks(dataDir: string): Promise<{ id: string; pack: string }[]> {
  const root = join(dataDir, EMBEDS_FOLDER, 'packs');
  const found: { id: string; pack: string }[] = [];
  for (const id of (await listDir(root)).filter(isChartId)) {
    for (const file of await listDir(join(root, id))) {
      const pack = file.replace(/\.html$/, '');
      if (file.endsWith('.html') && isPackKey(pack)) found.push({ id, pack });
    }
  }
  return found;
}

let tempCounter = 0;

/** Writes text to a temporary sibling and renames it into place, so no reader sees half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  tempCounter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${tempCounter}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

/** The copy to pack for a fresh one: the day file of its date from before packs (content only) when there is one. */
async function copyToPack(dataDir: string, fresh: CopyParts): Promise<{ copy: CopyParts; adopted: boolean }> {
  const dayFile = await readIfExists(dayCopyPath(dataDir, fresh.chart, fresh.date));
  if (dayFile === null) return { copy: fresh, adopted: false };
  const day = toCopyParts(dayFile, dayCopyPath(dataDir, fresh.chart, fresh.date));
  // The day file's content under today's head: a new pack's script must know packs, an old day file's does not.
  return { copy: { ...fresh, main: day.main, edition: day.edition, title: day.title }, adopted: true };
}

const byDateThenId = (a: FrozenEmbed, b: FrozenEmbed) =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -1 : 1;

/** Packs this build's new copies and carries every stored copy into the build (see the module comment). */
export async function freezeEmbeds(input: { distDir: string; dataDir: string }): Promise<FreezeReport> {
  const { distDir, dataDir } = input;
  const report: FreezeReport = { published: [], adopted: [], kept: [], differed: [], packs: 0, dayCopies: 0 };
  const index = readPackedIndex(dataDir);
  for (const { id, pack } of await listBuiltCopies(distDir)) {
    const where = builtPackPath(distDir, id, pack);
    const fresh = toCopyParts(await readFile(where, 'utf8'), where);
    if (fresh.chart !== id || packKeyOf(fresh.date) !== pack) {
      throw new Error(
        `freeze: ${where} holds ${fresh.chart} of ${fresh.date}, which belongs in ${packKeyOf(fresh.date)}.`,
      );
    }
    const embed = { id, date: fresh.date };
    const indexed = (index[id] ??= []);
    const stored = await readIfExists(packPath(dataDir, id, pack));
    if (stored !== null && packDates(stored).includes(fresh.date)) {
      report.kept.push(embed);
      if (!stored.includes(toSection(fresh))) report.differed.push(embed);
      // A pack written by a run that stopped before its index: record the copy now.
      if (!indexed.some((c) => c.date === fresh.date)) indexed.push({ date: fresh.date, drawn: fresh.drawn, pack });
      continue;
    }
    const { copy, adopted } = await copyToPack(dataDir, fresh);
    await writeAtomic(packPath(dataDir, id, pack), stored === null ? newPack(copy, pack) : addToPack(stored, copy));
    indexed.push({ date: fresh.date, drawn: fresh.drawn, pack });
    report.published.push(embed);
    if (adopted) report.adopted.push(embed);
  }
  const indexFile = join(dataDir, EMBEDS_FOLDER, INDEX_FILE);
  const indexText = toIndexJson(Object.fromEntries(Object.entries(index).filter(([, copies]) => copies.length > 0)));
  if ((await readIfExists(indexFile)) !== indexText && Object.keys(index).length > 0) {
    await writeAtomic(indexFile, indexText);
  }
  for (const { id, pack } of await listPacks(dataDir)) {
    await copyInto(packPath(dataDir, id, pack), builtPackPath(distDir, id, pack));
    report.packs += 1;
  }
  for (const { id, date } of listDayCopies(dataDir)) {
    await copyInto(dayCopyPath(dataDir, id, date), join(distDir, 'embed', id, date, 'index.html'));
    report.dayCopies += 1;
  }
  for (const list of [report.published, report.adopted, report.kept, report.differed]) list.sort(byDateThenId);
  return report;
}
