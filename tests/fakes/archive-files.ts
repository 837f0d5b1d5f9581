/** Test helper: an archive directory's files and their bytes, to prove a failed run left them as they were. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` with its content, keyed by relative path; budget.json only when asked for. */
export function archiveFiles(dir: string, options: { withBudget: boolean }): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (options.withBudget || entry.name !== 'budget.json')
        files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}
