/**
 * Frozen embeds are published once and carried forward unchanged. The build renders only today's frozen version
 * of each chart (`dist/embed/<id>/<date>/index.html`); this step, run after the build, then:
 *
 * 1. for each freshly built frozen embed, if the archive already holds `<data>/embeds/<date>/<id>.html`, puts the
 *    archived bytes in its place (a re-run on the same day never re-renders a published embed from newer code or
 *    data); otherwise saves the fresh one there atomically (its first publication);
 * 2. copies every archived frozen embed of other days into the build.
 *
 * An archived file is never written twice, so a published frozen embed never changes.
 */
import { copyFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isNotFound } from '../archive/write-atomic.ts';
import { isChartId, isIsoDate } from './ids.ts';

/** One frozen embed: its chart id and date. */
export type FrozenEmbed = { id: string; date: string };

/** What a freeze did, each list sorted by date then id. */
export type FreezeReport = {
  /** Built today and saved to the archive for the first time. */
  published: FrozenEmbed[];
  /** Built again, replaced by the archived bytes (already published earlier). */
  kept: FrozenEmbed[];
  /** Of `kept`: those whose fresh build differed from the archived bytes (newer code or data since publication). */
  differed: FrozenEmbed[];
  /** Archived on earlier days and copied into the build. */
  carried: FrozenEmbed[];
};

/** Where frozen embeds live inside the archive (`<data>/embeds/<date>/<id>.html`). */
export const EMBEDS_FOLDER = 'embeds';

/** Archive path of one frozen embed. */
export function archivedPath(dataDir: string, embed: FrozenEmbed): string {
  return join(dataDir, EMBEDS_FOLDER, embed.date, `${embed.id}.html`);
}

/** Build path of one frozen embed. */
export function builtPath(distDir: string, embed: FrozenEmbed): string {
  return join(distDir, 'embed', embed.id, embed.date, 'index.html');
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Frozen embeds in a build: `dist/embed/<id>/<YYYY-MM-DD>/index.html`. */
export async function listBuiltEmbeds(distDir: string): Promise<FrozenEmbed[]> {
  const found: FrozenEmbed[] = [];
  for (const id of (await listDir(join(distDir, 'embed'))).filter(isChartId)) {
    for (const date of (await listDir(join(distDir, 'embed', id))).filter(isIsoDate)) {
      if ((await listDir(join(distDir, 'embed', id, date))).includes('index.html')) found.push({ id, date });
    }
  }
  return found;
}

/** Frozen embeds in the archive: `<data>/embeds/<YYYY-MM-DD>/<id>.html`. */
export async function listArchivedEmbeds(dataDir: string): Promise<FrozenEmbed[]> {
  const found: FrozenEmbed[] = [];
  for (const date of (await listDir(join(dataDir, EMBEDS_FOLDER))).filter(isIsoDate)) {
    for (const file of await listDir(join(dataDir, EMBEDS_FOLDER, date))) {
      const id = file.replace(/\.html$/, '');
      if (file.endsWith('.html') && isChartId(id)) found.push({ id, date });
    }
  }
  return found;
}

let tempCounter = 0;

/** Writes bytes to a temporary sibling and renames it into place, so no reader sees half a file. */
async function writeBytesAtomic(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  tempCounter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${tempCounter}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

const byDateThenId = (a: FrozenEmbed, b: FrozenEmbed) =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -1 : 1;

/** Carries frozen embeds forward between the archive and a build (see the module comment). */
export async function freezeEmbeds(input: { distDir: string; dataDir: string }): Promise<FreezeReport> {
  const report: FreezeReport = { published: [], kept: [], differed: [], carried: [] };
  const built = await listBuiltEmbeds(input.distDir);
  const builtKeys = new Set(built.map((e) => `${e.date}/${e.id}`));
  for (const embed of built) {
    const fresh = await readFile(builtPath(input.distDir, embed));
    const archived = await readIfExists(archivedPath(input.dataDir, embed));
    if (archived === null) {
      await writeBytesAtomic(archivedPath(input.dataDir, embed), fresh);
      report.published.push(embed);
      continue;
    }
    report.kept.push(embed);
    if (!archived.equals(fresh)) {
      await writeFile(builtPath(input.distDir, embed), archived);
      report.differed.push(embed);
    }
  }
  for (const embed of await listArchivedEmbeds(input.dataDir)) {
    if (builtKeys.has(`${embed.date}/${embed.id}`)) continue;
    await mkdir(dirname(builtPath(input.distDir, embed)), { recursive: true });
    await copyFile(archivedPath(input.dataDir, embed), builtPath(input.distDir, embed));
    report.carried.push(embed);
  }
  for (const list of Object.values(report)) list.sort(byDateThenId);
  return report;
}
