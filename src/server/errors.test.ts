import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DOMAIN_ERROR_CODES, DomainError } from '../domain/errors.ts';
import { NormDataError } from '../domain/norms/index.ts';
import { ProjectionInputError } from '../domain/projection/index.ts';
import { ruleInForce } from '../domain/rules/index.ts';
import { asAppError, STATUS_BY_CODE } from './errors.ts';

describe('the one error handler', () => {
  it.each(DOMAIN_ERROR_CODES)('answers the domain refusal %s with a 4xx, its message and its fields', (code) => {
    const app = asAppError(new DomainError(code, 'Forklaring på norsk', { fields: [{ path: 'name', message: 'Navn: er tatt' }], current: { id: 1 } }));
    expect(STATUS_BY_CODE[app.code]).toBeGreaterThanOrEqual(400);
    expect(STATUS_BY_CODE[app.code]).toBeLessThan(500);
    expect(app).toMatchObject({ message: 'Forklaring på norsk', fields: [{ path: 'name', message: 'Navn: er tatt' }], current: { id: 1 } });
  });

  it('answers a date before every rule (ruleInForce) with 400, not 500', () => {
    let thrown: unknown;
    try {
      ruleInForce([{ validFrom: '2020-01-01' }], '2019-12-31');
    } catch (err) {
      thrown = err;
    }
    const app = asAppError(thrown);
    expect(app.code).toBe('validation_failed');
    expect(STATUS_BY_CODE[app.code]).toBe(400);
    expect(app.message).toBe('Ingen regel gjelder 31.12.2019: den første gjelder fra 01.01.2020');
  });

  it('keeps the area refusals in the family: field messages as written, or labelled where the domain gives the bare message', () => {
    expect(asAppError(new NormDataError('Enhet A har korttidsplasser uten liggetid', 'avgStayDays'))).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'avgStayDays', message: 'Enhet A har korttidsplasser uten liggetid' }],
    });
    expect(asAppError(new ProjectionInputError('horizonYears', 'Høyst 30'))).toMatchObject({ code: 'validation_failed', fields: [{ path: 'horizonYears', message: 'Horisont (år): Høyst 30' }] });
  });

  it('still answers anything unknown with internal (500), and zod with 400', () => {
    expect(asAppError(new RangeError('x')).code).toBe('internal');
    expect(asAppError(new ZodError([])).code).toBe('validation_failed');
  });
});
