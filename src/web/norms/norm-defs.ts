// The forms of the nursing-home and municipal-doctor registries (institutions, units, places, doctors, the norm,
// ØHD requests, FTE by area, GPs' municipal tasks), all served by the generic registry API.
import {
  ACTIVITY_UNIT_LABELS,
  COVERED_BY_LABELS,
  GP_TASK_BASIS_LABELS,
  INSTITUTION_OWNER_LABELS,
  INSTITUTION_TYPE_LABELS,
  MUNICIPAL_TASK_AREA_LABELS,
  NEED_BASIS_LABELS,
  OHD_REFERRER_LABELS,
  PLACE_KIND_LABELS,
  SPECIALTY_LABELS,
  ZAllocationInput,
  ZGpTaskInput,
  ZInstitutionDoctorInput,
  ZInstitutionInput,
  ZNormActivityInput,
  ZOhdRequestInput,
  ZPlaceChangeInput,
  ZStaffingInput,
  ZStaffingNormInput,
  ZUnitInput,
  ZUnitPlacesInput,
} from '../../contracts/norms/index.ts';
import { OHD_CRITERIA } from '../../domain/norms/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom, type Option } from '../forms/field-spec.ts';
import { formatDate } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const institutionDef: RegistryDef<'institutions'> = {
  store: registryStore('institutions'),
  noun: 'institusjon',
  newLabel: 'Ny institusjon',
  schema: ZInstitutionInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'select', name: 'institutionType', options: optionsFrom(INSTITUTION_TYPE_LABELS) },
    { kind: 'select', name: 'owner', options: optionsFrom(INSTITUTION_OWNER_LABELS) },
    { kind: 'text', name: 'note' },
  ],
  defaults: { institutionType: 'nursing_home', owner: 'municipal' },
  title: (row) => row.name,
};

/** A unit (avdeling) of an institution, chosen by name. */
export function unitDef(institutions: readonly Option[]): RegistryDef<'institution-units'> {
  return {
    store: registryStore('institution-units'),
    noun: 'avdeling',
    newLabel: 'Ny avdeling',
    schema: ZUnitInput,
    fields: [
      { kind: 'select', name: 'institutionId', options: institutions, numeric: true },
      { kind: 'text', name: 'name' },
      {
        kind: 'decimal',
        name: 'avgStayDays',
        nullable: true,
        suffix: 'døgn',
        description: 'For korttidsplasser: kortere opphold gir flere innleggelser og utskrivninger. Tom for langtidsavdelinger.',
      },
    ],
    title: (row) => `avdeling ${row.name}`,
  };
}

/** The places of one kind in a unit, with their occupancy. */
export function unitPlacesDef(units: readonly Option[]): RegistryDef<'unit-places'> {
  return {
    store: registryStore('unit-places'),
    noun: 'plasser',
    newLabel: 'Nye plasser',
    schema: ZUnitPlacesInput,
    fields: [
      { kind: 'select', name: 'unitId', options: units, numeric: true },
      { kind: 'select', name: 'placeKind', options: optionsFrom(PLACE_KIND_LABELS) },
      { kind: 'integer', name: 'places', suffix: 'plasser' },
      { kind: 'percent', name: 'occupancy' },
    ],
    defaults: { placeKind: 'long_term', occupancy: 1 },
    title: (row) => `${PLACE_KIND_LABELS[row.placeKind].toLocaleLowerCase('nb-NO')}plasser (${units.find((u) => u.value === String(row.unitId))?.label ?? row.unitId})`,
  };
}

/** A planned change in a unit's places from a date. */
export function placeChangeDef(units: readonly Option[]): RegistryDef<'place-changes'> {
  return {
    store: registryStore('place-changes'),
    noun: 'planlagt endring',
    newLabel: 'Ny planlagt endring',
    schema: ZPlaceChangeInput,
    fields: [
      { kind: 'select', name: 'unitId', options: units, numeric: true },
      { kind: 'select', name: 'placeKind', options: optionsFrom(PLACE_KIND_LABELS) },
      { kind: 'integer', name: 'change', suffix: 'plasser', description: 'Negativt tall når plasser legges ned' },
      { kind: 'date', name: 'effectiveDate' },
      { kind: 'text', name: 'note' },
    ],
    defaults: { placeKind: 'long_term' },
    title: (row) => `endring fra ${formatDate(row.effectiveDate)}`,
  };
}

export const institutionDoctorDef: RegistryDef<'institution-doctors'> = {
  store: registryStore('institution-doctors'),
  noun: 'institusjonslege',
  newLabel: 'Ny institusjonslege',
  schema: ZInstitutionDoctorInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'select', name: 'specialty', options: optionsFrom(SPECIALTY_LABELS) },
    { kind: 'boolean', name: 'inSpecialisation' },
  ],
  defaults: { specialty: 'none', inSpecialisation: false },
  title: (row) => row.name,
};

/** How many FTE a doctor serves at an institution. */
export function staffingDef(doctors: readonly Option[], institutions: readonly Option[]): RegistryDef<'institution-staffing'> {
  const name = (options: readonly Option[], id: number) => options.find((o) => o.value === String(id))?.label ?? String(id);
  return {
    store: registryStore('institution-staffing'),
    noun: 'legeårsverk',
    newLabel: 'Nye legeårsverk',
    schema: ZStaffingInput,
    fields: [
      { kind: 'select', name: 'institutionDoctorId', options: doctors, numeric: true },
      { kind: 'select', name: 'institutionId', options: institutions, numeric: true },
      { kind: 'decimal', name: 'fte', suffix: 'årsverk' },
    ],
    title: (row) => `årsverk for ${name(doctors, row.institutionDoctorId)} ved ${name(institutions, row.institutionId)}`,
  };
}

export const staffingNormDef: RegistryDef<'staffing-norms'> = {
  store: registryStore('staffing-norms'),
  noun: 'normversjon',
  newLabel: 'Ny normversjon',
  schema: ZStaffingNormInput,
  fields: [
    { kind: 'date', name: 'validFrom' },
    { kind: 'text', name: 'name' },
    { kind: 'text', name: 'source' },
    { kind: 'decimal', name: 'weeklyHours', suffix: 'timer' },
    { kind: 'percent', name: 'nonClinicalShare' },
    { kind: 'decimal', name: 'workingWeeks', suffix: 'uker' },
  ],
  defaults: { weeklyHours: 37.5, nonClinicalShare: 0.3, workingWeeks: 40 },
  title: (row) => `${row.name} (fra ${formatDate(row.validFrom)})`,
};

/** One row of a norm version's activity table. */
export function normActivityDef(norms: readonly Option[]): RegistryDef<'norm-activities'> {
  return {
    store: registryStore('norm-activities'),
    noun: 'aktivitet',
    newLabel: 'Ny aktivitet',
    schema: ZNormActivityInput,
    fields: [
      { kind: 'select', name: 'normId', options: norms, numeric: true },
      { kind: 'text', name: 'activity' },
      { kind: 'decimal', name: 'hours', suffix: 'timer' },
      { kind: 'select', name: 'unit', options: optionsFrom(ACTIVITY_UNIT_LABELS) },
      { kind: 'text', name: 'comment' },
      { kind: 'text', name: 'reference' },
      { kind: 'integer', name: 'sortOrder' },
    ],
    defaults: { unit: 'long_term_year', sortOrder: 100 },
    title: (row) => `aktivitet ${row.activity}`,
  };
}

export const ohdRequestDef: RegistryDef<'ohd-requests'> = {
  store: registryStore('ohd-requests'),
  noun: 'ØHD-forespørsel',
  newLabel: 'Ny ØHD-forespørsel',
  schema: ZOhdRequestInput,
  fields: [
    { kind: 'date', name: 'requestDate' },
    { kind: 'select', name: 'referrer', options: optionsFrom(OHD_REFERRER_LABELS) },
    ...OHD_CRITERIA.map((name) => ({ kind: 'boolean' as const, name })),
    { kind: 'boolean', name: 'admitted' },
    { kind: 'text', name: 'reason', description: 'Ingen pasientopplysninger: bare hvorfor, når ikke alle kriterier er oppfylt eller pasienten ikke ble lagt inn' },
  ],
  defaults: { referrer: 'gp', ...Object.fromEntries(OHD_CRITERIA.map((c) => [c, false])), admitted: false },
  title: (row) => `forespørsel ${formatDate(row.requestDate)}`,
};

export const allocationDef: RegistryDef<'doctor-allocations'> = {
  store: registryStore('doctor-allocations'),
  noun: 'legeårsverk',
  newLabel: 'Nye legeårsverk',
  schema: ZAllocationInput,
  fields: [
    { kind: 'select', name: 'area', options: optionsFrom(MUNICIPAL_TASK_AREA_LABELS) },
    { kind: 'text', name: 'note' },
    { kind: 'decimal', name: 'fte', suffix: 'årsverk' },
    { kind: 'select', name: 'coveredBy', options: optionsFrom(COVERED_BY_LABELS) },
    { kind: 'select', name: 'needBasis', options: optionsFrom(NEED_BASIS_LABELS) },
    { kind: 'decimal', name: 'needFte', suffix: 'årsverk', nullable: true, shownWhen: (s) => s.needBasis === 'manual' },
  ],
  defaults: { area: 'legevakt', coveredBy: 'municipal_employees', needBasis: 'not_assessed' },
  title: (row) => `${MUNICIPAL_TASK_AREA_LABELS[row.area].toLocaleLowerCase('nb-NO')}${row.note ? ` (${row.note})` : ''}`,
};

/** A municipal task assigned to a GP (chosen among the registry's doctors). */
export function gpTaskDef(doctors: readonly Option[]): RegistryDef<'gp-tasks'> {
  return {
    store: registryStore('gp-tasks'),
    noun: 'kommunal oppgave',
    newLabel: 'Ny kommunal oppgave',
    schema: ZGpTaskInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'select', name: 'area', options: optionsFrom(MUNICIPAL_TASK_AREA_LABELS) },
      { kind: 'decimal', name: 'hoursPerWeek', suffix: 'timer' },
      { kind: 'select', name: 'basis', options: optionsFrom(GP_TASK_BASIS_LABELS) },
      { kind: 'date', name: 'fromDate' },
      { kind: 'date', name: 'toDate', nullable: true },
      { kind: 'text', name: 'note' },
    ],
    defaults: { area: 'nursing_homes', basis: 'obligation' },
    title: (row) => `${MUNICIPAL_TASK_AREA_LABELS[row.area].toLocaleLowerCase('nb-NO')} for ${doctors.find((d) => d.value === String(row.doctorId))?.label ?? row.doctorId}`,
  };
}
