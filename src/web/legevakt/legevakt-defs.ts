// The forms of the legevakt set-up: duty templates (kinds of shift), participants, exemptions, unavailability and
// wishes, served by the generic registry API.
import {
  EXEMPTION_REASON_LABELS,
  PARTICIPANT_ROLE_LABELS,
  WISH_KIND_LABELS,
  SHIFT_KIND_LABELS,
  TEMPLATE_DAYS_LABELS,
  ZDutyTemplateInput,
  ZLegevaktExemptionInput,
  ZLegevaktParticipantInput,
  ZLegevaktSettingsInput,
  ZLegevaktUnavailabilityInput,
  ZLegevaktWishInput,
} from '../../contracts/roster/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom, type Option } from '../forms/field-spec.ts';
import { formatDate } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const dutyTemplateDef: RegistryDef<'duty-templates'> = {
  store: registryStore('duty-templates'),
  noun: 'vakttype',
  newLabel: 'Ny vakttype',
  schema: ZDutyTemplateInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'text', name: 'district', description: 'Vaktdistriktet vakten dekker' },
    { kind: 'select', name: 'kind', options: optionsFrom(SHIFT_KIND_LABELS) },
    { kind: 'text', name: 'startTime', description: 'Lokal tid, TT:MM. En vakt som slutter før den starter, går over midnatt.' },
    { kind: 'text', name: 'endTime', description: 'Lokal tid, TT:MM' },
    { kind: 'select', name: 'runDays', options: optionsFrom(TEMPLATE_DAYS_LABELS) },
    { kind: 'integer', name: 'doctors', suffix: 'leger' },
    { kind: 'boolean', name: 'alone', description: 'Legen må oppfylle kompetansekravene for å ha vakt alene, ellers får vakten en bakvakt' },
    { kind: 'decimal', name: 'load', description: 'Hvor tungt vakten teller i rettferdig fordeling (1 = vanlig)' },
  ],
  defaults: { district: 'Legevakt', kind: 'day', runDays: 'weekdays', doctors: 1, alone: true, load: 1 },
  title: (row) => `vakttype ${row.name}`,
};

const doctorName = (doctors: readonly Option[], id: number) => doctors.find((d) => d.value === String(id))?.label ?? String(id);

/** An exemption from a kind of shift, with reason, decision and validity. */
export function exemptionDef(doctors: readonly Option[]): RegistryDef<'legevakt-exemptions'> {
  return {
    store: registryStore('legevakt-exemptions'),
    noun: 'fritak',
    newLabel: 'Nytt fritak',
    schema: ZLegevaktExemptionInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'select', name: 'kind', options: optionsFrom(SHIFT_KIND_LABELS) },
      { kind: 'select', name: 'reason', options: optionsFrom(EXEMPTION_REASON_LABELS) },
      { kind: 'text', name: 'decidedBy', description: 'F.eks. samarbeidsutvalget' },
      { kind: 'date', name: 'decidedOn' },
      { kind: 'date', name: 'validFrom' },
      { kind: 'date', name: 'validTo', nullable: true },
    ],
    defaults: { kind: 'night', reason: 'age' },
    title: (row) => `fritak for ${doctorName(doctors, row.doctorId)} fra ${formatDate(row.validFrom)}`,
  };
}

/** Dates a doctor cannot take shifts (holiday, courses). */
export function unavailabilityDef(doctors: readonly Option[]): RegistryDef<'legevakt-unavailability'> {
  return {
    store: registryStore('legevakt-unavailability'),
    noun: 'fravær',
    newLabel: 'Nytt fravær',
    schema: ZLegevaktUnavailabilityInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'date', name: 'dateFrom' },
      { kind: 'date', name: 'dateTo' },
      { kind: 'text', name: 'note' },
    ],
    title: (row) => `fravær for ${doctorName(doctors, row.doctorId)} fra ${formatDate(row.dateFrom)}`,
  };
}

/** A doctor who takes part in the legevakt: how, their share of the load, shifts done before and own limits. */
export function participantDef(doctors: readonly Option[]): RegistryDef<'legevakt-participants'> {
  return {
    store: registryStore('legevakt-participants'),
    noun: 'deltaker',
    newLabel: 'Ny deltaker',
    schema: ZLegevaktParticipantInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'select', name: 'role', options: optionsFrom(PARTICIPANT_ROLE_LABELS) },
      { kind: 'decimal', name: 'share', description: 'Listelengde ÷ 1000 for fastleger, stillingsprosent ÷ 100 for ansatte' },
      { kind: 'integer', name: 'shiftsBefore', suffix: 'vakter', description: 'Legevaktvakter før Legeplan, for kompetansekravet' },
      { kind: 'integer', name: 'maxPerWeek', nullable: true, suffix: 'vakter', description: 'Tom: ingen egen grense' },
      { kind: 'integer', name: 'maxPerMonth', nullable: true, suffix: 'vakter', description: 'Tom: ingen egen grense' },
      { kind: 'boolean', name: 'active', description: 'Bare aktive deltakere får vakter i nye vaktplaner' },
    ],
    defaults: { role: 'gp', share: 1, shiftsBefore: 0, active: true },
    title: (row) => `deltaker ${doctorName(doctors, row.doctorId)}`,
  };
}

/** A doctor's wish to have, or not have, a shift on a date (one kind of shift, or any). */
export function wishDef(doctors: readonly Option[], templates: readonly Option[]): RegistryDef<'legevakt-wishes'> {
  return {
    store: registryStore('legevakt-wishes'),
    noun: 'ønske',
    newLabel: 'Nytt ønske',
    schema: ZLegevaktWishInput,
    fields: [
      { kind: 'select', name: 'doctorId', options: doctors, numeric: true },
      { kind: 'date', name: 'wishDate' },
      { kind: 'select', name: 'kind', label: 'Ønske', options: optionsFrom(WISH_KIND_LABELS) },
      { kind: 'select', name: 'templateId', options: templates, numeric: true, nullable: true, emptyLabel: 'Alle vakter den dagen' },
    ],
    defaults: { kind: 'want' },
    title: (row) => `ønske for ${doctorName(doctors, row.doctorId)} ${formatDate(row.wishDate)}`,
  };
}

/** The municipality's own legevakt rules: rest, free before night, how holidays and each kind of fairness weigh. */
export const settingsDef: RegistryDef<'legevakt-settings'> = {
  store: registryStore('legevakt-settings'),
  noun: 'innstillinger',
  newLabel: 'Egne innstillinger',
  schema: ZLegevaktSettingsInput,
  fields: [
    { kind: 'integer', name: 'minRestHours', suffix: 'timer', description: 'Minste hviletid mellom to vakter (arbeidsmiljøloven: 11)' },
    { kind: 'boolean', name: 'freeBeforeNight', description: 'Ingen vakt dagen før en nattevakt' },
    { kind: 'decimal', name: 'publicHolidayWeight', description: 'Hvor tungt en vakt på en helligdag teller i fordelingen av helligdager' },
    { kind: 'decimal', name: 'christmasWeight', description: 'Julaften, 1. og 2. juledag, nyttårsaften og 1. nyttårsdag' },
    { kind: 'decimal', name: 'fairLoad', description: 'Vekt på jevn fordeling av vakter etter andel' },
    { kind: 'decimal', name: 'fairNights', description: 'Vekt på jevn fordeling av nattevakter' },
    { kind: 'decimal', name: 'fairWeekends', description: 'Vekt på jevn fordeling av helgevakter' },
    { kind: 'decimal', name: 'fairHolidays', description: 'Vekt på jevn fordeling av helligdager' },
  ],
  defaults: { minRestHours: 11, freeBeforeNight: false, publicHolidayWeight: 1, christmasWeight: 3, fairLoad: 1, fairNights: 1, fairWeekends: 1, fairHolidays: 1 },
  title: () => 'innstillinger for legevakten',
};
