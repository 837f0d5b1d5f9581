import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseWith } from '../../src/lib/api/parse.ts';
import { NIGHTLY_STEPS, toSummaryLine } from '../../src/lib/nightly/fetch-step.ts';

/** The parts of a GitHub Actions workflow these tests read; everything else passes through. */
const StepSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  if: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
  env: z.record(z.string(), z.string()).optional(),
  'continue-on-error': z.boolean().optional(),
});
type Step = z.infer<typeof StepSchema>;

const JobSchema = z.looseObject({
  if: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  permissions: z.record(z.string(), z.string()).optional(),
  environment: z.union([z.string(), z.looseObject({ name: z.string() })]).optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  steps: z.array(StepSchema),
});
type Job = z.infer<typeof JobSchema>;

const WorkflowSchema = z.looseObject({
  on: z.record(z.string(), z.unknown()),
  concurrency: z.looseObject({ group: z.string().min(1), 'cancel-in-progress': z.boolean() }).optional(),
  jobs: z.record(z.string(), JobSchema),
});
type Workflow = z.infer<typeof WorkflowSchema>;

function readWorkflow(file: string): Workflow {
  const path = `.github/workflows/${file}`;
  return parseWith(WorkflowSchema, parse(readFileSync(path, 'utf8')), path);
}

/** Every step of every job, in file order, each with the job it belongs to. */
function allSteps(workflow: Workflow): { job: string; step: Step }[] {
  return Object.entries(workflow.jobs).flatMap(([job, { steps }]) => steps.map((step) => ({ job, step })));
}

/** The one job holding a step that matches; fails the test when none or several do. */
function jobWith(workflow: Workflow, matches: (step: Step) => boolean): { name: string; job: Job } {
  const names = Object.entries(workflow.jobs).filter(([, job]) => job.steps.some(matches));
  expect(names).toHaveLength(1);
  const [name, job] = names[0] ?? ['', { steps: [] }];
  return { name, job };
}

/** Index of the one step of `job` that matches; fails the test when none or several do. */
function stepIndex(job: Job, matches: (step: Step) => boolean): number {
  expect(job.steps.filter(matches)).toHaveLength(1);
  return job.steps.findIndex(matches);
}

const runs = (pattern: RegExp) => (step: Step) => pattern.test(step.run ?? '');
const usesAction = (action: string) => (step: Step) => (step.uses ?? '').startsWith(`${action}@`);
const isFetch = runs(/npm run (--silent )?fetch\b/);
const SECRET = '${{ secrets.OPENROUTER_API_KEY }}';

/** Node from .nvmrc with the npm cache, then `npm ci` before any other npm command, in every job that runs npm. */
function expectNodeSetUp(workflow: Workflow): void {
  const npmJobs = Object.values(workflow.jobs).filter((job) => job.steps.some(runs(/\bnpm\b/)));
  expect(npmJobs.length).toBeGreaterThan(0);
  for (const job of npmJobs) {
    const setup = stepIndex(job, usesAction('actions/setup-node'));
    expect(job.steps[setup]?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    const install = stepIndex(job, runs(/^npm ci$/m));
    expect(install).toBeGreaterThan(setup);
    expect(job.steps.findIndex(runs(/\bnpm (run|test)\b/))).toBeGreaterThan(install);
  }
}

describe('nightly.yml', () => {
  const nightly = readWorkflow('nightly.yml');
  const { name: refreshName, job: refresh } = jobWith(nightly, isFetch);

  it('runs once a day on a schedule and on manual dispatch', () => {
    const schedule = z.array(z.object({ cron: z.string() })).parse(nightly.on['schedule']);
    expect(schedule.map(({ cron }) => cron)).toEqual([expect.stringMatching(/^\d{1,2} \d{1,2} \* \* \*$/)]);
    expect(Object.keys(nightly.on)).toContain('workflow_dispatch');
  });

  it('never runs two refreshes at once and never cancels one half-way', () => {
    expect(nightly.concurrency?.group).toBeTruthy();
    expect(nightly.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('takes Node from .nvmrc with the npm cache and installs with npm ci', () => {
    expectNodeSetUp(nightly);
  });

  const fetchStep = refresh.steps[stepIndex(refresh, isFetch)] ?? {};

  it('fetches every dataset in one step, in the order the nightly simulation runs them, with the API key', () => {
    expect(fetchStep.env?.['DATASETS']?.split(/\s+/)).toEqual(NIGHTLY_STEPS);
    expect(fetchStep.env?.['OPENROUTER_API_KEY']).toBe(SECRET);
    expect(fetchStep.run).toMatch(/npm run --silent fetch -- --only "\$dataset"/);
    expect(fetchStep.id).toBeTruthy();
  });

  it('lets the job go on after the fetch step failed, so the archive, tests and build still run', () => {
    expect(fetchStep['continue-on-error'] === true || /always\(\)/.test(fetchStep.if ?? '')).toBe(true);
  });

  it('commits data/ back after the fetch step, with permission to push', () => {
    const commit = stepIndex(refresh, runs(/git add[^\n]*\bdata\b(?!\/)/));
    expect(refresh.steps[commit]?.run).toMatch(/git commit/);
    expect(refresh.steps[commit]?.run).toMatch(/git push/);
    expect(Math.max(...refresh.steps.map((step, index) => (isFetch(step) ? index : -1)))).toBeLessThan(commit);
    expect(refresh.permissions?.['contents']).toBe('write');
  });

  it('tests, then builds with the Pages URL, then uploads the build', () => {
    const test = stepIndex(refresh, runs(/^npm test$/m));
    const pages = stepIndex(refresh, usesAction('actions/configure-pages'));
    const build = stepIndex(refresh, runs(/^npm run build$/m));
    const upload = stepIndex(refresh, usesAction('actions/upload-pages-artifact'));
    // The e2e tests build their own demo site into dist/, so the real build must come after them.
    expect(test).toBeLessThan(build);
    expect(pages).toBeLessThan(build);
    expect(build).toBeLessThan(upload);
    const pagesId = refresh.steps[pages]?.id ?? '';
    expect(pagesId).toBeTruthy();
    const env = refresh.steps[build]?.env ?? {};
    expect(env['SITE_URL']).toContain(`steps.${pagesId}.outputs.origin`);
    expect(env['BASE_PATH']).toContain(`steps.${pagesId}.outputs.base_path`);
    expect(refresh.steps[upload]?.with?.['path']).toBe('dist');
  });

  it('commits the frozen embeds the build published, after the build and the upload', () => {
    const commit = stepIndex(refresh, runs(/git add[^\n]*\bdata\/embeds\b/));
    expect(refresh.steps[commit]?.run).toMatch(/git commit/);
    expect(refresh.steps[commit]?.run).toMatch(/git push/);
    expect(stepIndex(refresh, runs(/^npm run build$/m))).toBeLessThan(commit);
    expect(stepIndex(refresh, usesAction('actions/upload-pages-artifact'))).toBeLessThan(commit);
  });

  it('deploys to the github-pages environment with the Pages permissions, after the build job', () => {
    const { job: deploy } = jobWith(nightly, usesAction('actions/deploy-pages'));
    expect([deploy.needs].flat()).toContain(refreshName);
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const environment = deploy.environment;
    expect(typeof environment === 'string' ? environment : environment?.name).toBe('github-pages');
  });

  it('fails the run when the fetch step failed, after the site is uploaded', () => {
    const last = refresh.steps.at(-1);
    expect(last?.run).toMatch(/exit 1/);
    expect(last?.if).toContain(`steps.${fetchStep.id}.outcome`);
    expect(stepIndex(refresh, usesAction('actions/upload-pages-artifact'))).toBeLessThan(refresh.steps.length - 1);
  });

  it('deploys what was uploaded even when the build job failed on a fetch, and nothing when no site was uploaded', () => {
    const { job: deploy } = jobWith(nightly, usesAction('actions/deploy-pages'));
    expect(deploy.if).toMatch(/!cancelled\(\)|always\(\)/);
    const output = new RegExp(`needs\\.${refreshName}\\.outputs\\.([\\w-]+)`).exec(deploy.if ?? '')?.[1] ?? '';
    const upload = refresh.steps[stepIndex(refresh, usesAction('actions/upload-pages-artifact'))];
    expect(upload?.id).toBeTruthy();
    expect(refresh.outputs?.[output]).toContain(`steps.${upload?.id}.outcome`);
  });
});

/**
 * The fetch step's script, run by bash as GitHub runs it (`-eo pipefail`), with a fake `npm` on the PATH that
 * fails the datasets named in `FAIL` with one line on stderr and finishes the others with a `Done:` line.
 */
describe('nightly.yml: the fetch loop, run with a fake npm', () => {
  const step = jobWith(readWorkflow('nightly.yml'), isFetch).job.steps.find(isFetch) ?? {};
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nightly-loop-'));
    const npm = join(dir, 'npm');
    writeFileSync(
      npm,
      [
        '#!/bin/sh',
        'echo "$*" >> "$CALLS"',
        'dataset="$6"',
        'echo "[1/1] $dataset …"',
        'case " $FAIL " in *" $dataset "*) echo "$dataset: HTTP 500 from http://127.0.0.1/api/v1." >&2; exit 1;; esac',
        'echo "Done: fetched $dataset."',
      ].join('\n'),
    );
    chmodSync(npm, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function runLoop(fail: readonly string[]) {
    const summary = join(dir, 'summary.md');
    const calls = join(dir, 'calls');
    writeFileSync(summary, '');
    writeFileSync(calls, '');
    const env = {
      PATH: `${dir}:${process.env['PATH'] ?? ''}`,
      DATASETS: step.env?.['DATASETS'] ?? '',
      RUNNER_TEMP: dir,
      GITHUB_STEP_SUMMARY: summary,
      CALLS: calls,
      FAIL: fail.join(' '),
    };
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], { env });
    const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
    return { status: result.status, calls: lines(calls), summary: lines(summary) };
  }

  const expectedSummary = (fail: readonly string[]) =>
    NIGHTLY_STEPS.map((alias) =>
      toSummaryLine({
        alias,
        ok: !fail.includes(alias),
        line: fail.includes(alias) ? `${alias}: HTTP 500 from http://127.0.0.1/api/v1.` : `Done: fetched ${alias}.`,
      }),
    );

  it('runs npm run fetch --only for every dataset in order and writes one summary line each', () => {
    const run = runLoop([]);
    expect(run.status).toBe(0);
    expect(run.calls).toEqual(NIGHTLY_STEPS.map((alias) => `run --silent fetch -- --only ${alias}`));
    expect(run.summary).toEqual(expectedSummary([]));
  });

  it.each([[['apps']], [['rankings', 'session-cost']]])(
    'goes on past failed datasets (%j), naming each in the summary, then fails the step',
    (fail) => {
      const run = runLoop(fail);
      expect(run.status).toBe(1);
      expect(run.calls).toHaveLength(NIGHTLY_STEPS.length);
      expect(run.summary).toEqual(expectedSummary(fail));
    },
  );
});

describe('ci.yml', () => {
  const ci = readWorkflow('ci.yml');

  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('takes Node from .nvmrc with the npm cache, installs with npm ci and runs npm test', () => {
    expectNodeSetUp(ci);
    expect(allSteps(ci).filter(({ step }) => runs(/^npm test$/m)(step))).toHaveLength(1);
  });

  it('fetches nothing and needs no secret', () => {
    expect(allSteps(ci).filter(({ step }) => isFetch(step) || JSON.stringify(step).includes('secrets.'))).toEqual([]);
  });
});
