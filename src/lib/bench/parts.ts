/** The parts of `npm run bench`, in the order they run (`pages` includes Lighthouse and the before/after table). */
export const BENCH_PARTS = ['fetch', 'build', 'pages', 'peer', 'growth'] as const;

/** One part of `npm run bench`, as `--only` names it. */
export type BenchPart = (typeof BENCH_PARTS)[number];

function isBenchPart(name: string): name is BenchPart {
  return (BENCH_PARTS as readonly string[]).includes(name);
}

/**
 * The parts `--only` asks for, in run order, each once; every part when there is no `--only`. Each value may be
 * a comma list: `parseOnly(['growth,pages', 'pages'])` -> `['pages', 'growth']`. Throws one line for a name that
 * is no part, or for a list that names none.
 */
export function parseOnly(values: readonly string[] | undefined): BenchPart[] {
  if (values === undefined || values.length === 0) return [...BENCH_PARTS];
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => name !== '' && !isBenchPart(name));
  if (unknown.length > 0) {
    throw new Error(
      `bench: --only ${unknown.map((n) => `"${n}"`).join(', ')} is no part; the parts are ${BENCH_PARTS.join(', ')}.`,
    );
  }
  const parts = BENCH_PARTS.filter((part) => names.includes(part));
  if (parts.length === 0) throw new Error(`bench: --only names no part; the parts are ${BENCH_PARTS.join(', ')}.`);
  return parts;
}

/**
 * Which builds a run needs: `all` archive sizes, timed, when the build part runs; only the 1-year build, untimed,
 * when the pages or the peer part runs without it (they are measured on it); `none` otherwise.
 */
export function toBuildPlan(parts: readonly BenchPart[]): 'all' | 'smallest' | 'none' {
  if (parts.includes('build')) return 'all';
  return parts.includes('pages') || parts.includes('peer') ? 'smallest' : 'none';
}
