import { z } from 'zod';
import { ZDate, ZId } from '../common.ts';
import { ZNote, ZNumber } from '../norms/index.ts';
import { planProblems } from '../../domain/training/index.ts';
import { ALIS_PLAN_RULES, ruleInForce } from '../../domain/rules/index.ts';

const ZPlanMonths = (label: string) =>
  z.number({ error: 'Må være et tall' }).int('Må være hele måneder').min(0, 'Kan ikke være negativt').max(60, `${label}: høyst 60 måneder`);

/**
 * Body of POST/PUT /api/registry/alis-agreements: the individual agreement, the education plan (full-time months per
 * arena) and the supervisor. The plan is checked against the rule in force on the start date; the supervisor's
 * specialist status (or exemption) on `supervisorFrom` is checked against the registry when saved.
 */
export const ZAlisAgreementInput = z
  .strictObject({
    doctorId: ZId,
    agreementDate: ZDate,
    startDate: ZDate,
    fte: ZNumber({ min: 0, max: 1, decimals: 3, aboveMin: true, minMessage: 'Stillingsandelen må være større enn 0', maxMessage: 'Høyst 100 % stilling (1)' }),
    supervisorId: ZId,
    supervisorFrom: ZDate,
    supervisorExemptionUntil: ZDate.nullable(),
    supervisionGroup: ZNote(200),
    planOpenMonths: ZPlanMonths('Åpen uselektert allmennpraksis'),
    planInstitutionMonths: ZPlanMonths('Institusjon'),
    planOtherMonths: ZPlanMonths('Annen allmennpraksis'),
    grantFrom: ZDate.nullable(),
    specialistDate: ZDate.nullable(),
    leftDate: ZDate.nullable(),
    note: ZNote(1000),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (a.supervisorId === a.doctorId) issue('supervisorId', 'Legen kan ikke være sin egen veileder');
    if (a.startDate < '2019-03-01') issue('startDate', 'ALIS etter ny ordning starter tidligst 2019-03-01');
    else for (const p of planProblems(a, ruleInForce(ALIS_PLAN_RULES, a.startDate))) issue(p.path, p.message);
    if (a.supervisorFrom < a.startDate) issue('supervisorFrom', 'Kan ikke være før start');
    if (a.specialistDate !== null && a.specialistDate < a.startDate) issue('specialistDate', 'Kan ikke være før start');
    if (a.leftDate !== null && a.leftDate < a.startDate) issue('leftDate', 'Kan ikke være før start');
    if (a.grantFrom !== null && a.grantFrom < a.agreementDate) issue('grantFrom', 'Tilskuddet kan ikke løpe før avtalen er inngått');
  });
export type TAlisAgreementInput = z.infer<typeof ZAlisAgreementInput>;
export type TAlisAgreement = TAlisAgreementInput & { id: number; version: number };
