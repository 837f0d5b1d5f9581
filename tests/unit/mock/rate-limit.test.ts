import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/mock/rate-limit.ts';

const T0 = Date.parse('2026-05-11T12:00:00Z');

describe(createRateLimiter, () => {
  it('admits 30 requests in a minute, then refuses until the oldest is 60 s old', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 30; i += 1) expect(limiter.admit('k', T0 + i * 1000).ok).toBe(true);
    const refused = limiter.admit('k', T0 + 30_000);
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 30 });
    expect(refused.ok || refused.message).toMatch(/30 requests per minute per key/);
    expect(limiter.admit('k', T0 + 59_999).ok).toBe(false);
    expect(limiter.admit('k', T0 + 60_000).ok).toBe(true);
    expect(limiter.admit('k', T0 + 60_001).ok).toBe(false);
  });

  it('rounds Retry-After up and never says 0', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 30; i += 1) limiter.admit('k', T0);
    expect(limiter.admit('k', T0 + 59_500)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.admit('k', T0 + 100)).toMatchObject({ ok: false, retryAfterSeconds: 60 });
  });

  it('does not count refused requests, so waiting Retry-After always gets through', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 30; i += 1) limiter.admit('k', T0);
    for (let i = 0; i < 10; i += 1) expect(limiter.admit('k', T0 + 1000).ok).toBe(false);
    expect(limiter.admit('k', T0 + 60_000).ok).toBe(true);
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 30; i += 1) limiter.admit('a', T0);
    expect(limiter.admit('a', T0).ok).toBe(false);
    expect(limiter.admit('b', T0).ok).toBe(true);
  });

  it('admits 500 a UTC day, then refuses until midnight, and starts afresh the next day', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 500; i += 1) expect(limiter.admit('k', T0 + i * 2001).ok).toBe(true);
    const last = T0 + 500 * 2001;
    const refused = limiter.admit('k', last);
    const midnight = Date.parse('2026-05-12T00:00:00Z');
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: Math.ceil((midnight - last) / 1000) });
    expect(refused.ok || refused.message).toMatch(/500 requests per day/);
    expect(limiter.admit('k', midnight - 1).ok).toBe(false);
    expect(limiter.admit('k', midnight).ok).toBe(true);
  });
});
