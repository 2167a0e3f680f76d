import { describe, expect, it } from 'vitest';
import { summariseActivityNorm } from './activity-norm.ts';
import { explainRow, normFormula } from './formula.ts';
import { NFAS_VERSION } from './test-facts.ts';

describe('normFormula', () => {
  it('writes the formulas with the norm’s own numbers', () => {
    const f = normFormula(summariseActivityNorm(NFAS_VERSION));
    expect(f.clinicalHours).toBe('Kliniske timer per årsverk = (37,5 t − 30\u00a0% ikke-klinisk) × 40 arbeidsuker = 26,25 t/uke × 40 = 1\u00a0050 t/år');
    expect(f.longTerm).toContain('≈ 80,2 pasienter per årsverk');
    expect(f.shortTerm).toContain('÷ 26,25 t klinisk tid per arbeidsuke');
  });
});

describe('explainRow', () => {
  it('explains a row, and an empty one', () => {
    expect(explainRow({ occupied: 15.3, hoursPerPatientWeek: 2.58, requiredFte: 1.5 }, 26.25)).toBe('15,3 belagte × 2,58 t/uke ÷ 26,25 t = 1,5 årsverk');
    expect(explainRow({ occupied: 0, hoursPerPatientWeek: null, requiredFte: 0 }, 26.25)).toBe('0 belagte plasser = 0 årsverk');
  });
});
