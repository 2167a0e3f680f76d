import type { AlisAgreementFacts, TrainingDoctor, TrainingFacts } from './types.ts';

/** A specialist supervisor (id 1) and an ALIS (id 2) on a full-time agreement from 2023-01-01, for the unit tests. */
export const SUPERVISOR: TrainingDoctor = { id: 1, name: 'Veileder (syntetisk)', specialistGp: true, specialistSince: '2010-05-01' };
export const ALIS: TrainingDoctor = { id: 2, name: 'ALIS (syntetisk)', specialistGp: false, specialistSince: null };

export function agreement(over: Partial<AlisAgreementFacts> = {}): AlisAgreementFacts {
  return {
    id: 10,
    doctorId: ALIS.id,
    agreementDate: '2022-12-01',
    startDate: '2023-01-01',
    fte: 1,
    supervisorId: SUPERVISOR.id,
    supervisorFrom: '2023-01-01',
    supervisorExemptionUntil: null,
    supervisionGroup: 'Gruppe 1',
    planOpenMonths: 36,
    planInstitutionMonths: 6,
    planOtherMonths: 18,
    grantFrom: null,
    specialistDate: null,
    leftDate: null,
    ...over,
  };
}

export function facts(over: Partial<TrainingFacts> = {}): TrainingFacts {
  return { doctors: [SUPERVISOR, ALIS], agreements: [agreement()], periods: [{ agreementId: 10, arena: 'open_practice', fromDate: '2023-01-01', toDate: null }], sessions: [], courses: [], goals: [], assessments: [], intakes: [], placements: [], ...over };
}
