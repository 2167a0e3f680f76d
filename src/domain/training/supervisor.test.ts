import { describe, expect, it } from 'vitest';
import { supervisorEligibility } from './supervisor.ts';

const gp = { name: 'Lege A', specialistGp: false, specialistSince: null };

describe('supervisorEligibility', () => {
  it('accepts a specialist in general practice from the specialist date', () => {
    const s = { ...gp, specialistGp: true, specialistSince: '2024-05-01' };
    expect(supervisorEligibility(s, null, '2024-05-01').basis).toBe('specialist');
    expect(supervisorEligibility(s, null, '2024-04-30').eligible).toBe(false);
  });

  it('refuses a non-specialist unless an exemption is valid on that date', () => {
    expect(supervisorEligibility(gp, null, '2025-01-01')).toMatchObject({ eligible: false, message: 'Lege A er ikke spesialist i allmennmedisin 01.01.2025 og har ikke fritak' });
    expect(supervisorEligibility(gp, '2025-06-30', '2025-06-30')).toMatchObject({ eligible: true, basis: 'exemption' });
    expect(supervisorEligibility(gp, '2025-06-30', '2025-07-01')).toMatchObject({ eligible: false, message: 'Lege A er ikke spesialist i allmennmedisin 01.07.2025 og fritaket gikk ut 30.06.2025' });
  });
});
