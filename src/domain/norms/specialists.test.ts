import { describe, expect, it } from 'vitest';
import { isSpecialist, specialistShare } from './specialists.ts';

describe('specialistShare', () => {
  it('counts any specialty, by head count and by FTE, against the goal', () => {
    const s = specialistShare(
      [
        { specialty: 'general_practice', fte: 1 },
        { specialty: 'psychiatry', fte: 0.5 },
        { specialty: 'none', fte: 1 },
        { specialty: 'none', fte: 0.5 },
      ],
      0.5,
    );
    expect(s).toMatchObject({ doctors: 4, specialists: 2, share: 0.5, fte: 3, specialistFte: 1.5, fteShare: 0.5, met: true });
  });

  it('is not met below the goal, and has no share without doctors', () => {
    expect(specialistShare([{ specialty: 'none', fte: 1 }], 0.5).met).toBe(false);
    expect(specialistShare([], 0.5)).toMatchObject({ share: null, fteShare: null, met: null });
  });

  it('treats every specialty but none as a specialist', () => {
    expect(['general_practice', 'geriatrics', 'psychiatry', 'internal_medicine', 'other'].every((s) => isSpecialist(s as 'other'))).toBe(true);
    expect(isSpecialist('none')).toBe(false);
  });
});
