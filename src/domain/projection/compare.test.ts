import { describe, expect, it } from 'vitest';
import { compareScenarios } from './compare.ts';
import { defaultAssumptions, scenarioPresets } from './defaults.ts';
import { project } from './project.ts';
import { sandefjordLikeFacts } from './testing.ts';

describe('compareScenarios', () => {
  it('puts scenarios side by side per year; a shorter horizon leaves gaps', () => {
    const facts = sandefjordLikeFacts();
    const presets = scenarioPresets(facts, defaultAssumptions(facts));
    const items = [
      { scenarioId: 1, projection: project(facts, presets[0]!.assumptions) },
      { scenarioId: 2, projection: project(facts, { ...presets[1]!.assumptions, horizonYears: 5 }) },
    ];
    const rows = compareScenarios(items);
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(rows[0]!.scenarios.map((s) => s?.positionsToCreate)).toEqual([0, 8]);
    expect(rows[10]!.scenarios[1]).toBeNull();
    expect(compareScenarios([])).toEqual([]);
  });
});
