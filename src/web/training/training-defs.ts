// The forms of the training registries (ALIS agreements and plans, service periods, the supervision log, courses,
// learning goals, LIS1 intakes and placements), all served by the generic registry API.
import {
  ARENA_LABELS,
  COURSE_LABELS,
  GOAL_GROUP_LABELS,
  SESSION_KIND_LABELS,
  ZAlisAgreementInput,
  ZAlisPeriodInput,
  ZCourseInput,
  ZLearningGoalInput,
  ZLis1IntakeInput,
  ZLis1PlacementInput,
  ZSessionInput,
} from '../../contracts/training/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom, type Option } from '../forms/field-spec.ts';
import { formatDate } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

const labelOf = (options: readonly Option[], id: number) => options.find((o) => o.value === String(id))?.label ?? String(id);

/** An ALIS agreement with its education plan and supervisor; doctors are chosen by name. */
export function agreementDef(doctors: readonly Option[]): RegistryDef<'alis-agreements'> {
  return {
    store: registryStore('alis-agreements'),
    noun: 'ALIS-avtale',
    newLabel: 'Ny ALIS-avtale',
    schema: ZAlisAgreementInput,
    fields: [
      { kind: 'select', name: 'doctorId', label: 'ALIS', options: doctors, numeric: true },
      { kind: 'date', name: 'agreementDate' },
      { kind: 'date', name: 'startDate' },
      { kind: 'decimal', name: 'fte', label: 'Stillingsandel', description: '1 = full stilling; deltid gir lengre løp og forholdsmessig veiledning' },
      { kind: 'select', name: 'supervisorId', options: doctors, numeric: true, description: 'Spesialist i allmennmedisin, eller med tidsavgrenset fritak' },
      { kind: 'date', name: 'supervisorFrom' },
      { kind: 'date', name: 'supervisorExemptionUntil', nullable: true, description: 'Bare når veilederen ikke er spesialist' },
      { kind: 'text', name: 'supervisionGroup' },
      { kind: 'integer', name: 'planOpenMonths', suffix: 'mnd', description: 'Minst 24 måneder' },
      { kind: 'integer', name: 'planInstitutionMonths', suffix: 'mnd', description: 'Minst 6 måneder' },
      { kind: 'integer', name: 'planOtherMonths', suffix: 'mnd', description: 'Arenaene kan til sammen ikke overstige 60 måneder (5 år)' },
      { kind: 'date', name: 'grantFrom', nullable: true },
      { kind: 'date', name: 'specialistDate', nullable: true },
      { kind: 'date', name: 'leftDate', nullable: true },
      { kind: 'text', name: 'note' },
    ],
    defaults: { fte: 1, planOpenMonths: 36, planInstitutionMonths: 6, planOtherMonths: 18 },
    title: (row) => `ALIS-avtale for ${labelOf(doctors, row.doctorId)}`,
  };
}

/** Service done in one arena of the plan. */
export function periodDef(agreements: readonly Option[]): RegistryDef<'alis-periods'> {
  return {
    store: registryStore('alis-periods'),
    noun: 'tjenesteperiode',
    newLabel: 'Ny tjenesteperiode',
    schema: ZAlisPeriodInput,
    fields: [
      { kind: 'select', name: 'agreementId', options: agreements, numeric: true },
      { kind: 'select', name: 'arena', options: optionsFrom(ARENA_LABELS) },
      { kind: 'date', name: 'fromDate' },
      { kind: 'date', name: 'toDate', nullable: true, description: 'Tom mens perioden pågår' },
      { kind: 'text', name: 'place' },
    ],
    defaults: { arena: 'open_practice' },
    title: (row) => `tjenesteperiode fra ${formatDate(row.fromDate)}`,
  };
}

/** A supervision session: date, minutes, topic — no patient data. */
export function sessionDef(agreements: readonly Option[]): RegistryDef<'supervision-sessions'> {
  return {
    store: registryStore('supervision-sessions'),
    noun: 'veiledningsøkt',
    newLabel: 'Ny veiledningsøkt',
    schema: ZSessionInput,
    fields: [
      { kind: 'select', name: 'agreementId', options: agreements, numeric: true },
      { kind: 'date', name: 'sessionDate' },
      { kind: 'integer', name: 'minutes', suffix: 'min' },
      { kind: 'select', name: 'sessionKind', options: optionsFrom(SESSION_KIND_LABELS) },
      { kind: 'text', name: 'topic', description: 'Tema for veiledningen. Ingen pasientopplysninger.' },
    ],
    defaults: { sessionKind: 'individual', minutes: 60 },
    title: (row) => `veiledningsøkt ${formatDate(row.sessionDate)}`,
  };
}

/** A course with a deadline and/or a completion date. */
export function courseDef(doctors: readonly Option[]): RegistryDef<'doctor-courses'> {
  return {
    store: registryStore('doctor-courses'),
    noun: 'kurs',
    newLabel: 'Nytt kurs',
    schema: ZCourseInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'select', name: 'course', options: optionsFrom(COURSE_LABELS) },
      { kind: 'text', name: 'title' },
      { kind: 'date', name: 'dueDate', nullable: true },
      { kind: 'date', name: 'completedDate', nullable: true },
    ],
    defaults: { course: 'basic' },
    title: (row) => `kurset ${row.title}`,
  };
}

export const learningGoalDef: RegistryDef<'learning-goals'> = {
  store: registryStore('learning-goals'),
  noun: 'læringsmål',
  newLabel: 'Nytt læringsmål',
  schema: ZLearningGoalInput,
  fields: [
    { kind: 'text', name: 'code' },
    { kind: 'select', name: 'goalGroup', options: optionsFrom(GOAL_GROUP_LABELS) },
    { kind: 'text', name: 'title' },
  ],
  defaults: { goalGroup: 'specialty' },
  title: (row) => `læringsmål ${row.code}`,
};

export const lis1IntakeDef: RegistryDef<'lis1-intakes'> = {
  store: registryStore('lis1-intakes'),
  noun: 'LIS1-opptak',
  newLabel: 'Nytt LIS1-opptak',
  schema: ZLis1IntakeInput,
  fields: [
    { kind: 'date', name: 'startDate' },
    { kind: 'integer', name: 'positions', suffix: 'stillinger' },
    { kind: 'integer', name: 'goalPositions', nullable: true, suffix: 'stillinger' },
    { kind: 'text', name: 'note' },
  ],
  title: (row) => `LIS1-opptak ${formatDate(row.startDate)}`,
};

/** One LIS1's six months in the municipality. */
export function lis1PlacementDef(intakes: readonly Option[], offices: readonly Option[], doctors: readonly Option[]): RegistryDef<'lis1-placements'> {
  return {
    store: registryStore('lis1-placements'),
    noun: 'LIS1',
    newLabel: 'Ny LIS1',
    schema: ZLis1PlacementInput,
    fields: [
      { kind: 'select', name: 'intakeId', options: intakes, numeric: true },
      { kind: 'text', name: 'name' },
      { kind: 'select', name: 'officeId', options: offices, numeric: true },
      { kind: 'select', name: 'supervisorId', options: doctors, numeric: true },
      { kind: 'decimal', name: 'healthStationDays', suffix: 'dager', description: 'Normalt ½–1 dag i uka' },
      { kind: 'date', name: 'startDate' },
      { kind: 'date', name: 'endDate', description: '6 måneder i kommunen' },
      { kind: 'text', name: 'learningActivities' },
    ],
    defaults: { healthStationDays: 1 },
    title: (row) => row.name,
  };
}
