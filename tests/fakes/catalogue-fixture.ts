/**
 * A fixture archive whose rankings meet a model catalogue in every way the site handles: a listed model with an
 * author prefix, one listed under a short id (as task classifications name it), a model released inside the 30-day
 * window, a retired model (ranked, no longer listed), a free variant, a router with a variable price, a model near
 * its expiration date, and a new model that never ranked. `withoutCatalogue` is the same archive before any
 * `/models` fetch; `RTL_CATALOGUE_FIXTURE` the same with four models named in right-to-left scripts.
 */
import { addDays } from '../../src/lib/api/dates.ts';
import { catalogueModel, type Fixture } from './fixture-archive.ts';

/** The rankings' days: 32 days to 10 Nov 2026 (10 Nov is in progress at the fixture's `as_of`). */
const FIRST_DAY = '2026-10-10';
const DAYS = 32;

/** A model's daily tokens from `from` on. */
type Traffic = { slug: string; tokens: number; from?: string };

const TRAFFIC: readonly Traffic[] = [
  { slug: 'openai/gpt-4o-2024-05-13', tokens: 5_000 },
  { slug: 'anthropic/claude-9-sonnet-20260101', tokens: 4_000 },
  { slug: 'old/retired-model-20240101', tokens: 3_000 },
  { slug: 'v/free-one:free', tokens: 2_000 },
  { slug: 'r/router', tokens: 1_500 },
  { slug: 'exp/expiring-model', tokens: 1_000 },
  { slug: 'x/new-model', tokens: 900, from: '2026-11-03' },
];

function rankings(): Record<string, Record<string, string>> {
  const byDate: Record<string, Record<string, string>> = {};
  for (let i = 0; i < DAYS; i += 1) {
    const date = addDays(FIRST_DAY, i);
    const day: Record<string, string> = { other: '500' };
    for (const { slug, tokens, from } of TRAFFIC) if (!from || date >= from) day[slug] = String(tokens + i);
    byDate[date] = day;
  }
  return byDate;
}

/** The rankings of the fixture, with and without a catalogue. */
export const RANKINGS = rankings();

/** The rankings above and a catalogue snapshot of 10 Nov 2026 that lists all but the retired model. */
export const CATALOGUE_FIXTURE: Fixture = {
  rankings: RANKINGS,
  catalogue: [
    catalogueModel('openai/gpt-4o-2024-05-13', 'OpenAI: GPT-4o', '2024-05-13', '2.5/10'),
    catalogueModel('anthropic/claude-9-sonnet-20260101', 'Anthropic: Claude Sonnet 9', '2026-01-01', '3/15', {
      id: 'anthropic/claude-9-sonnet',
    }),
    catalogueModel('v/free-one:free', 'V: Free One (free)', '2025-03-01', '0/0'),
    catalogueModel('r/router', 'Auto Router', '2025-01-01', '-1/-1'),
    catalogueModel('exp/expiring-model', 'Exp: Expiring Model', '2025-01-01', '1/1', {
      expiration_date: '2026-12-01',
    }),
    catalogueModel('x/new-model', 'X: New Model', '2026-11-02', '1/3'),
    catalogueModel('y/unranked-new', 'Y: Unranked New', '2026-11-05', '1/1'),
  ],
};

/** Right-to-left names of the RTL fixture, and each as bidi-isolated text carries it (FSI…PDI). */
export const RTL_NAMES = {
  top: 'مساعد',
  topIsolated: '\u2068مساعد\u2069',
  new: 'עוזר',
  newIsolated: '\u2068עוזר\u2069',
  expiring: 'خبير',
  expiringIsolated: '\u2068خبير\u2069',
  router: 'נתב',
  routerIsolated: '\u2068נתב\u2069',
} as const;

/** The catalogue names of the RTL fixture by id: the top, new, expiring and unpriced (router) models. */
const RTL_RENAMES: Readonly<Record<string, string>> = {
  'openai/gpt-4o-2024-05-13': `OpenAI: ${RTL_NAMES.top}`,
  'x/new-model': `X: ${RTL_NAMES.new}`,
  'exp/expiring-model': `Exp: ${RTL_NAMES.expiring}`,
  'r/router': RTL_NAMES.router,
};

/** The catalogue fixture with four models named in Arabic or Hebrew; the rest keep their Latin names. */
export const RTL_CATALOGUE_FIXTURE: Fixture = {
  ...CATALOGUE_FIXTURE,
  catalogue: (CATALOGUE_FIXTURE.catalogue ?? []).map((m) => ({ ...m, name: RTL_RENAMES[m.id] ?? m.name })),
};

/** The same archive without a model catalogue: names from slugs, no releases, prices or spend. */
export const WITHOUT_CATALOGUE: Fixture = { rankings: RANKINGS };
