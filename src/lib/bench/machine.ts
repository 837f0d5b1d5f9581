import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from './chromium.ts';

/** The machine the figures came from; timings mean little without it. */
export interface Machine {
  /** When the bench started (ISO 8601, UTC). */
  readonly date: string;
  readonly cpuModel: string;
  readonly cpus: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly os: string;
  readonly chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  readonly loadAverage: number;
}

/** `chromium --version`, or `unknown` when it cannot be run. */
function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The code measured: the commit, and whether the working tree had changes on top of it. */
export interface Revision {
  readonly commit: string;
  /** Files changed or untracked (bench output aside) when the bench started; such figures are not the commit's. */
  readonly dirtyFiles: number;
}

/** The checkout's revision (read-only git), or `unknown` outside a git checkout. */
export function describeRevision(projectRoot: string): Revision {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const changed = git('status', '--porcelain')
      .split('\n')
      .filter((line) => line.trim() !== '' && !/ bench\/(results\.json)?$/.test(line));
    return { commit: git('rev-parse', 'HEAD').trim(), dirtyFiles: changed.length };
  } catch {
    return { commit: 'unknown', dirtyFiles: 0 };
  }
}

/** Describes this machine now. */
export function describeMachine(now: Date = new Date()): Machine {
  const [first] = cpus();
  return {
    date: now.toISOString(),
    cpuModel: first?.model.trim() ?? 'unknown',
    cpus: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${release()}`,
    chromium: chromiumVersion(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
