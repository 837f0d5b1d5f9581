import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCpuMs, parseMaxRssKb, parseVmHwmKb, runMeasured } from '../../../src/lib/bench/measured-child.ts';

describe(parseMaxRssKb, () => {
  it("reads the peak from GNU time's verbose report", () => {
    const report = [
      '\tCommand being timed: "node astro.mjs build"',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:40.60',
      '\tMaximum resident set size (kbytes): 908204',
      '\tAverage resident set size (kbytes): 0',
    ].join('\n');
    expect(parseMaxRssKb(report)).toBe(908204);
  });

  it('gives undefined for a report without the line', () => {
    expect(parseMaxRssKb('Command exited with non-zero status 1')).toBeUndefined();
  });
});

describe(parseCpuMs, () => {
  it("adds user and system time from GNU time's verbose report, in milliseconds", () => {
    expect(parseCpuMs('\tUser time (seconds): 21.25\n\tSystem time (seconds): 2.21\n')).toBe(23_460);
  });

  it('gives undefined when either line is missing', () => {
    expect(parseCpuMs('\tUser time (seconds): 21.25\n')).toBeUndefined();
  });
});

describe(parseVmHwmKb, () => {
  it('reads the high-water mark from /proc/<pid>/status', () => {
    expect(parseVmHwmKb('Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  908204 kB\nVmRSS:\t 800000 kB\n')).toBe(908204);
  });

  it('gives undefined when the status has no VmHWM (e.g. a zombie)', () => {
    expect(parseVmHwmKb('Name:\tnode\nState:\tZ (zombie)\n')).toBeUndefined();
  });
});

describe(runMeasured, () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('measures a child that succeeds', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-child-'));
    const cost = await runMeasured({
      command: process.execPath,
      args: ['-e', 'Buffer.alloc(50 * 1024 * 1024, 1)'],
      logFile: join(dir, 'log'),
    });
    expect(cost.wallMs).toBeGreaterThan(0);
    expect(cost.peakRssBytes === null || cost.peakRssBytes > 50 * 1024 * 1024).toBe(true);
  });

  it("rejects with the exit code and the log's tail when the child fails", async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-child-'));
    const failing = runMeasured({
      command: process.execPath,
      args: ['-e', 'console.error("astro: no data"); process.exit(3)'],
      logFile: join(dir, 'log'),
    });
    await expect(failing).rejects.toThrow(/exited with 3:\nastro: no data/);
  });
});
