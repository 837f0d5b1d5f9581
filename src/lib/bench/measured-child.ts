import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';

/** GNU time, which reports a child's peak memory exactly (Debian package `time`). */
const GNU_TIME = '/usr/bin/time';

/** How often the fallback reads the child's peak memory from /proc. */
const SAMPLE_MS = 100;

/** What running a child cost: wall time, CPU time, peak resident memory and how that peak was measured. */
export interface ChildCost {
  readonly wallMs: number;
  /**
   * User + system CPU time (GNU time only, else `null`). Less swayed than wall time by other work on the machine,
   * though a second core can make it exceed wall time.
   */
  readonly cpuMs: number | null;
  /** Peak resident set size in bytes; `null` when neither GNU time nor /proc could tell. */
  readonly peakRssBytes: number | null;
  readonly peakRssMethod: 'GNU time -v' | '/proc VmHWM samples' | 'unavailable';
}

/** A child to run: the command, its arguments, extra environment, and the file its output goes to. */
export interface ChildSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv | undefined;
  readonly logFile: string;
}

/** `Maximum resident set size (kbytes): 908204` from `time -v`'s report -> 908204; `undefined` if absent. */
export function parseMaxRssKb(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** `User time (seconds): 21.25` plus `System time (seconds): 2.21` from `time -v`'s report -> 23460 ms. */
export function parseCpuMs(report: string): number | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report)?.[1];
  return user === undefined || system === undefined ? undefined : Math.round((Number(user) + Number(system)) * 1000);
}

/** `VmHWM:	  908204 kB` from /proc/<pid>/status -> 908204; `undefined` if absent. */
export function parseVmHwmKb(status: string): number | undefined {
  const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The last lines of a log, for a one-glance failure reason. */
function tailOf(file: string, lines = 15): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
}

/**
 * Runs a child to completion with its output in `spec.logFile` and returns its cost; rejects with the log's tail
 * when it exits non-zero. Under GNU time when installed; otherwise samples the child's VmHWM (its own high-water
 * mark, so a sample taken late still holds the peak up to then).
 */
export async function runMeasured(spec: ChildSpec): Promise<ChildCost> {
  const useTime = existsSync(GNU_TIME);
  const reportFile = `${spec.logFile}.time`;
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', reportFile, spec.command, ...spec.args]]
    : [spec.command, [...spec.args]];
  const log = openSync(spec.logFile, 'w');
  const started = performance.now();
  let sampledKb: number | undefined;
  try {
    const child = spawn(command, args, { stdio: ['ignore', log, log], env: { ...process.env, ...spec.env } });
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          try {
            const kb = parseVmHwmKb(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (kb !== undefined) sampledKb = Math.max(sampledKb ?? 0, kb);
          } catch {
            // The child has just exited, or /proc is not there: the samples so far stand.
          }
        }, SAMPLE_MS);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    }).finally(() => clearInterval(sampler));
    if (code !== 0) {
      throw new Error(`${spec.command} ${spec.args.join(' ')} exited with ${code}:\n${tailOf(spec.logFile)}`);
    }
  } finally {
    closeSync(log);
  }
  const wallMs = performance.now() - started;
  const report = useTime && existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const kb = useTime ? parseMaxRssKb(report) : sampledKb;
  const method = kb === undefined ? 'unavailable' : useTime ? 'GNU time -v' : '/proc VmHWM samples';
  const cpuMs = parseCpuMs(report) ?? null;
  return { wallMs, cpuMs, peakRssBytes: kb === undefined ? null : kb * 1024, peakRssMethod: method };
}
