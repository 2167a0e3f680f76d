import { describe, expect, it } from 'vitest';
import { dimensionedByNorm, placeModel } from './place-kinds.ts';
import { PLACE_KINDS } from './types.ts';

describe('placeModel', () => {
  it('staffs long-term, dementia and places for the young as long-term, every kind with stays as short-term', () => {
    const longTerm = PLACE_KINDS.filter((k) => placeModel(k) === 'long_term');
    expect(longTerm).toEqual(['long_term', 'dementia', 'young_special']);
    expect(PLACE_KINDS.filter((k) => placeModel(k) === 'short_term')).toEqual(['short_term', 'rehabilitation', 'intermediate', 'ohd', 'palliative', 'respite']);
  });
});

describe('dimensionedByNorm', () => {
  it('dimensions nursing homes, not the legevakt’s ØHD beds', () => {
    expect(dimensionedByNorm('nursing_home')).toBe(true);
    expect(dimensionedByNorm('legevakt')).toBe(false);
  });
});
