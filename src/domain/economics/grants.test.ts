import { describe, expect, it } from 'vitest';
import { grantRepayment } from './grants.ts';

describe('recruitment grant repayment', () => {
  it('repays pro rata for the whole months left of the binding period (300 000 kr, 3 years)', () => {
    const g = { amount: 300_000_00, repaymentYears: 3, startDate: '2023-07-01' };
    expect(grantRepayment({ ...g, leaveDate: '2024-07-01' })).toBe(200_000_00);
    expect(grantRepayment({ ...g, leaveDate: '2023-07-01' })).toBe(300_000_00);
    expect(grantRepayment({ ...g, leaveDate: '2026-07-01' })).toBe(0);
    expect(grantRepayment({ ...g, leaveDate: '2030-01-01' })).toBe(0);
    expect(() => grantRepayment({ ...g, leaveDate: '2023-06-30' })).toThrow(/før startdatoen/);
  });
});
