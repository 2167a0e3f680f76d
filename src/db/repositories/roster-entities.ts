import { ZDutyTemplateInput, ZLegevaktExemptionInput, ZLegevaktParticipantInput, ZLegevaktUnavailabilityInput, ZLegevaktWishInput } from '../../contracts/roster/index.ts';
import type { EntityDef } from '../entities.ts';

/**
 * The legevakt roster's facts, served by the generic registry CRUD at /api/registry/<name> (versions, audit,
 * tenancy, references within the municipality, .xlsx export). A doctor sees only their own exemptions and absences.
 */
export const ROSTER_ENTITIES = {
  'duty-templates': {
    name: 'duty-templates',
    label: 'vakttype',
    table: 'duty_template',
    columns: { name: 'name', kind: 'kind', startTime: 'start_time', endTime: 'end_time', runDays: 'run_days', doctors: 'doctors', alone: 'alone', load: 'load' },
    refs: {},
    doctorScope: null,
    orderBy: 't.start_time, t.name',
    input: ZDutyTemplateInput,
    unique: [{ constraint: 'duty_template_kommune_id_name_key', path: 'name', message: 'Det finnes allerede en vakttype med dette navnet' }],
  },
  'legevakt-exemptions': {
    name: 'legevakt-exemptions',
    label: 'fritak',
    table: 'legevakt_exemption',
    columns: { doctorId: 'doctor_id', kind: 'kind', reason: 'reason', decidedBy: 'decided_by', decidedOn: 'decided_on', validFrom: 'valid_from', validTo: 'valid_to' },
    refs: { doctorId: { table: 'doctor', label: 'Legen' } },
    doctorScope: 't.doctor_id = $D',
    orderBy: 't.doctor_id, t.valid_from',
    input: ZLegevaktExemptionInput,
    unique: [],
  },
  'legevakt-unavailability': {
    name: 'legevakt-unavailability',
    label: 'fravær fra legevakt',
    table: 'legevakt_unavailability',
    columns: { doctorId: 'doctor_id', dateFrom: 'date_from', dateTo: 'date_to', note: 'note' },
    refs: { doctorId: { table: 'doctor', label: 'Legen' } },
    doctorScope: 't.doctor_id = $D',
    orderBy: 't.doctor_id, t.date_from',
    input: ZLegevaktUnavailabilityInput,
    unique: [],
  },
  'legevakt-participants': {
    name: 'legevakt-participants',
    label: 'deltaker i legevakt',
    table: 'legevakt_participant',
    columns: { doctorId: 'doctor_id', role: 'role', share: 'share', shiftsBefore: 'shifts_before', maxPerWeek: 'max_per_week', maxPerMonth: 'max_per_month', active: 'active' },
    refs: { doctorId: { table: 'doctor', label: 'Legen' } },
    doctorScope: 't.doctor_id = $D',
    orderBy: 't.doctor_id',
    input: ZLegevaktParticipantInput,
    unique: [{ constraint: 'legevakt_participant_kommune_id_doctor_id_key', path: 'doctorId', message: 'Legen er allerede med i legevakten' }],
  },
  'legevakt-wishes': {
    name: 'legevakt-wishes',
    label: 'vaktønske',
    table: 'legevakt_wish',
    columns: { doctorId: 'doctor_id', wishDate: 'wish_date', kind: 'kind', templateId: 'template_id' },
    refs: { doctorId: { table: 'doctor', label: 'Legen' }, templateId: { table: 'duty_template', label: 'Vakttypen' } },
    doctorScope: 't.doctor_id = $D',
    orderBy: 't.wish_date, t.doctor_id',
    input: ZLegevaktWishInput,
    unique: [],
  },
} satisfies Record<string, EntityDef>;
