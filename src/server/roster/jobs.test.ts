import { describe, expect, it } from 'vitest';
import { jobLimitsFromEnv } from './jobs.ts';

describe('solver job limits from the environment', () => {
  it('reads both limits, keeps the defaults when unset, and refuses a value that is not a whole number in range', () => {
    expect(jobLimitsFromEnv({ LEGEPLAN_SOLVER_JOBS: '3', LEGEPLAN_SOLVER_QUEUE: '0' })).toEqual({ concurrency: 3, queueLimit: 0 });
    expect(jobLimitsFromEnv({ LEGEPLAN_SOLVER_JOBS: '' })).toEqual({});
    expect(() => jobLimitsFromEnv({ LEGEPLAN_SOLVER_JOBS: '0' })).toThrow('LEGEPLAN_SOLVER_JOBS må være et helt tall, minst 1 (er «0»)');
    expect(() => jobLimitsFromEnv({ LEGEPLAN_SOLVER_QUEUE: '2,5' })).toThrow(/LEGEPLAN_SOLVER_QUEUE må være et helt tall/);
  });
});
