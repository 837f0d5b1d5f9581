import { describe, expect, it } from 'vitest';
import { datesOf } from '../../../src/mock/dates.ts';
import { asSeenAt, createWorld } from '../../../src/mock/world.ts';
import { WORLD_APPS } from '../../../src/mock/world-apps.ts';
import { isWeekend } from '../../../src/mock/world-market.ts';
import { baseSlugOf, WORLD_MODELS } from '../../../src/mock/world-models.ts';

const PAST = new Date('2027-06-01T00:00:00Z'); // every date below is a complete day
const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);
const dayTotal = (world: ReturnType<typeof createWorld>, date: string) =>
  sum(world.modelTotals(date, PAST).map((t) => t.tokens));

describe(createWorld, () => {
  it('is deterministic: two worlds agree on every model and app total', () => {
    const [a, b] = [createWorld(), createWorld()];
    for (const date of ['2025-01-01', '2025-07-19', '2026-02-28', '2026-11-24']) {
      expect(a.modelTotals(date, PAST)).toEqual(b.modelTotals(date, PAST));
      expect(a.appTokens(date, PAST)).toEqual(b.appTokens(date, PAST));
    }
  });

  it('does not depend on what was asked before (no shared random stream)', () => {
    const fresh = createWorld();
    const warmed = createWorld();
    warmed.modelTotals('2025-03-01', PAST);
    warmed.appTokens('2026-01-01', PAST);
    expect(warmed.modelTotals('2026-04-04', PAST)).toEqual(fresh.modelTotals('2026-04-04', PAST));
  });

  it('grows from ~0.3 trillion tokens a day in January 2025 to trillions by late 2026', () => {
    const world = createWorld();
    const early = dayTotal(world, '2025-01-08');
    const late = dayTotal(world, '2026-11-18');
    expect(Number(early)).toBeGreaterThan(0.2e12);
    expect(Number(early)).toBeLessThan(0.45e12);
    expect(Number(late)).toBeGreaterThan(3e12);
    expect(Number(late)).toBeLessThan(7e12);
  });

  it('has lower traffic on weekends than on weekdays', () => {
    const world = createWorld();
    const dates = datesOf('2026-01-05', '2026-03-01');
    const mean = (days: string[]) => Number(sum(days.map((d) => dayTotal(world, d)))) / days.length;
    expect(mean(dates.filter(isWeekend))).toBeLessThan(0.95 * mean(dates.filter((d) => !isWeekend(d))));
  });

  it('keeps image, embedding and audio models at zero tokens every day', () => {
    const world = createWorld();
    const zeroKinds = new Set(WORLD_MODELS.filter((m) => m.kind !== 'text').map((m) => m.slug));
    for (const date of datesOf('2025-06-01', '2025-06-07')) {
      const totals = world.modelTotals(date, PAST).filter((t) => zeroKinds.has(t.slug));
      expect(totals).toHaveLength(zeroKinds.size);
      expect(totals.every((t) => t.tokens === 0n)).toBe(true);
    }
  });

  it('gives launched text models zero-token days too (outages), not only non-token kinds', () => {
    const world = createWorld();
    const flaky = WORLD_MODELS.filter((m) => m.flaky && m.launch < '2025-01-01').map((m) => m.slug);
    const zeroDays = datesOf('2025-03-01', '2025-04-30').filter((date) =>
      world.modelTotals(date, PAST).some((t) => flaky.includes(t.slug) && t.tokens === 0n),
    );
    expect(zeroDays.length).toBeGreaterThan(10);
  });

  it('has more than 50 models with traffic on almost every day', () => {
    const world = createWorld();
    const dates = datesOf('2025-01-01', '2026-11-24').filter((_, i) => i % 7 === 0);
    const busy = dates.filter((date) => world.modelTotals(date, PAST).filter((t) => t.tokens > 0n).length > 50);
    expect(busy.length / dates.length).toBeGreaterThan(0.95);
  });

  it('scales today by the elapsed part of the day, flooring each total', () => {
    const world = createWorld();
    const date = '2026-05-11';
    const full = world.modelTotals(date, new Date('2026-05-12T00:00:00Z'));
    const quarter = world.modelTotals(date, new Date(`${date}T06:00:00Z`));
    expect(quarter.map((t) => t.tokens)).toEqual(full.map((t) => t.tokens / 4n));
    const apps = world.appTokens(date, new Date(`${date}T06:00:00Z`));
    expect(apps).toEqual(world.appTokens(date, new Date('2026-05-12T00:00:00Z')).map((t) => t / 4n));
  });

  it('has about 300 apps with unique ids and names, each in one or two subcategories', () => {
    expect(WORLD_APPS.length).toBe(300);
    expect(new Set(WORLD_APPS.map((a) => a.id)).size).toBe(300);
    expect(new Set(WORLD_APPS.map((a) => a.name)).size).toBe(300);
    expect(WORLD_APPS.every((a) => a.subcategories.length >= 1 && a.subcategories.length <= 2)).toBe(true);
    expect(WORLD_APPS.some((a) => a.subcategories.length === 2)).toBe(true);
  });

  it('includes hostile app names for escaping tests', () => {
    const names = WORLD_APPS.map((a) => a.name);
    expect(names).toContain('<script>alert("x")</script> Bot');
    expect(names).toContain(`Quote "App" & 'Co'`);
    expect(names).toContain('مساعد الكتابة');
    expect(names.some((n) => n.length === 200)).toBe(true);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
  });
});

describe(asSeenAt, () => {
  it('leaves past days whole and floors today by the elapsed fraction', () => {
    const noon = new Date('2026-05-11T12:00:00Z');
    expect(asSeenAt(1001n, '2026-05-10', noon)).toBe(1001n);
    expect(asSeenAt(1001n, '2026-05-11', noon)).toBe(500n);
    expect(asSeenAt(1001n, '2026-05-11', new Date('2026-05-11T00:00:00Z'))).toBe(0n);
  });
});

describe(baseSlugOf, () => {
  it.each([
    ['anthropic/claude-4.5-sonnet-20250929', 'anthropic/claude-4.5-sonnet'],
    ['openai/gpt-4o-2024-05-13:free', 'openai/gpt-4o'],
    ['deepseek/deepseek-chat-v3-0324', 'deepseek/deepseek-chat-v3-0324'],
    ['google/gemini-2.5-flash', 'google/gemini-2.5-flash'],
    ['anthropic/claude-3.7-sonnet-20250219:thinking', 'anthropic/claude-3.7-sonnet'],
  ])('%s -> %s', (slug, base) => {
    expect(baseSlugOf(slug)).toBe(base);
  });
});
