import { describe, expect, it } from 'vitest';
import { BENCHMARK_RULES } from '../rules/index.ts';
import { tinyProblem } from '../testing.ts';
import { benchmarkMip } from './mip.ts';

describe('the benchmark as a MIP', () => {
  it('adds up requests on the same cell into one objective term per variable', () => {
    const p = tinyProblem({
      rules: [...BENCHMARK_RULES],
      onRequests: [
        { employee: 0, day: 1, shift: 0, weight: 2 },
        { employee: 0, day: 1, shift: 0, weight: 3 },
      ],
      offRequests: [
        { employee: 1, day: 2, shift: 0, weight: 1 },
        { employee: 1, day: 2, shift: 0, weight: 4 },
      ],
    });
    const objective = benchmarkMip(p).split('\n').find((l) => l.startsWith(' obj:'))!;
    expect(objective.match(/x_0_1_0\b/g)).toHaveLength(1);
    expect(objective).toContain('- 5 x_0_1_0');
    expect(objective.match(/x_1_2_0\b/g)).toHaveLength(1);
    expect(objective).toContain('+ 5 x_1_2_0');
    expect(objective).toContain('+ 5 one'); // the on-requests' constant
  });
});
