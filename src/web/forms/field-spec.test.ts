import { describe, expect, it } from 'vitest';
import { ZStaffingInput } from '../../contracts/norms/index.ts';
import { formatValue, isMissing, toFormValue, toInput, toInputValue, type FieldSpec } from './field-spec.ts';

const fte: FieldSpec = { kind: 'decimal', name: 'fte' };
const stay: FieldSpec = { kind: 'decimal', name: 'avgStayDays', nullable: true };

describe('decimal fields', () => {
  it('read a decimal comma, spaces and a minus sign the way Norwegians type them', () => {
    expect(toInputValue(fte, '0,5')).toBe(0.5);
    expect(toInputValue(fte, ' 13,1 ')).toBe(13.1);
    expect(toInputValue(fte, '1 000,25')).toBe(1000.25);
    expect(toInputValue(fte, '−2,5')).toBe(-2.5);
  });

  it('pass text that is not a number on, so the contract says "Må være et tall"', () => {
    expect(toInputValue(fte, 'en halv')).toBe('en halv');
    const parsed = ZStaffingInput.safeParse({ institutionDoctorId: 1, institutionId: 1, fte: toInputValue(fte, 'en halv') });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Må være et tall');
  });

  it('are missing when empty unless nullable (then null: "not given")', () => {
    expect(isMissing(fte, { fte: '' })).toBe(true);
    expect(isMissing(stay, { avgStayDays: '' })).toBe(false);
    expect(toInput([stay], { avgStayDays: '' })).toEqual({ avgStayDays: null });
  });

  it('show stored values with a decimal comma and as many decimals as they have', () => {
    expect(toFormValue(fte, 0.125)).toBe('0,125');
    expect(formatValue(fte, 0.5)).toBe('0,5');
    expect(formatValue(fte, 2)).toBe('2');
    expect(formatValue(stay, null)).toBe('–');
  });
});

describe('money fields', () => {
  const cost: FieldSpec = { kind: 'money', name: 'costOre', nullable: true };
  it('are typed in kroner and stored as whole øre', () => {
    expect(toInputValue(cost, '1 250,50')).toBe(125_050);
    expect(toInputValue(cost, '4140000')).toBe(414_000_000);
    expect(toInputValue(cost, '')).toBeNull();
    expect(toFormValue(cost, 125_050)).toBe('1250,5');
    expect(formatValue(cost, 125_050).replace(/\s/g, ' ')).toBe('1 250,5 kr');
  });
});
