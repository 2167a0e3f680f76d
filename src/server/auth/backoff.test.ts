import { describe, expect, it } from 'vitest';
import { lockAfterFailures, MAX_LOCK_MS } from './backoff.ts';

describe('login backoff per username', () => {
  it('allows four failures, then locks for 30 s, doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(lockAfterFailures)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map(lockAfterFailures)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(lockAfterFailures(10)).toBe(MAX_LOCK_MS);
    expect(lockAfterFailures(1000)).toBe(15 * 60_000);
  });
});
