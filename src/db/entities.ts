import {
  ZAssignmentInput,
  ZCapacityTargetInput,
  ZDoctorInput,
  ZKommuneMonthInput,
  ZOfficeInput,
  ZPositionInput,
  ZSnapshotInput,
} from '../contracts/registry/index.ts';
import { NORM_ENTITIES } from './repositories/norms-entities.ts';
import { TRAINING_ENTITIES } from './repositories/training-entities.ts';
import type { EntityDef } from './entity-def.ts';
import { ECONOMICS_ENTITIES } from './repositories/economics-entities.ts';
import { ROSTER_ENTITIES } from './repositories/roster-entities.ts';

const ownPositions = `SELECT pd.position_id FROM position_doctor pd WHERE pd.doctor_id = $D`;

export const ENTITIES = {
  offices: {
    name: 'offices',
    label: 'legekontor',
    table: 'office',
    columns: { name: 'name', address: 'address', orgForm: 'org_form' },
    refs: {},
    doctorScope: null,
    orderBy: 't.name',
    input: ZOfficeInput,
    unique: [{ constraint: 'office_kommune_id_name_key', path: 'name', message: 'Det finnes allerede et legekontor med dette navnet' }],
  },
  positions: {
    name: 'positions',
    label: 'hjemmel',
    table: 'gp_position',
    columns: { officeId: 'office_id', code: 'code', orgForm: 'org_form', listCap: 'list_cap', status: 'status', sharedList: 'shared_list' },
    refs: { officeId: { table: 'office', label: 'Legekontoret' } },
    doctorScope: `t.id IN (${ownPositions})`,
    orderBy: 't.code',
    input: ZPositionInput,
    unique: [{ constraint: 'gp_position_kommune_id_code_key', path: 'code', message: 'Det finnes allerede en hjemmel med denne ID-en' }],
  },
  doctors: {
    name: 'doctors',
    label: 'lege',
    table: 'doctor',
    columns: {
      name: 'name',
      birthYear: 'birth_year',
      sex: 'sex',
      specialistGp: 'specialist_gp',
      specialistSince: 'specialist_since',
      authorisedDate: 'authorised_date',
      inSpecialisation: 'in_specialisation',
    },
    refs: {},
    doctorScope: `t.id = $D`,
    orderBy: 't.name',
    input: ZDoctorInput,
    unique: [],
  },
  assignments: {
    name: 'assignments',
    label: 'tilknytning',
    table: 'position_doctor',
    columns: { positionId: 'position_id', doctorId: 'doctor_id', role: 'role', fromDate: 'from_date', toDate: 'to_date' },
    refs: { positionId: { table: 'gp_position', label: 'Hjemmelen' }, doctorId: { table: 'doctor', label: 'Legen' } },
    doctorScope: `t.doctor_id = $D`,
    orderBy: 't.position_id, t.from_date',
    input: ZAssignmentInput,
    unique: [],
  },
  snapshots: {
    name: 'snapshots',
    label: 'listetall',
    table: 'list_snapshot',
    columns: { positionId: 'position_id', month: 'month', listLength: 'list_length', listCap: 'list_cap', waitingList: 'waiting_list' },
    refs: { positionId: { table: 'gp_position', label: 'Hjemmelen' } },
    doctorScope: `t.position_id IN (${ownPositions})`,
    orderBy: 't.month DESC, t.position_id',
    input: ZSnapshotInput,
    unique: [{ constraint: 'list_snapshot_position_id_month_key', path: 'month', message: 'Hjemmelen har allerede listetall for denne måneden' }],
  },
  population: {
    name: 'population',
    label: 'befolkningstall',
    table: 'kommune_month',
    columns: { month: 'month', population: 'population', listedElsewhere: 'listed_elsewhere', listedNonResidents: 'listed_non_residents' },
    refs: {},
    doctorScope: null,
    orderBy: 't.month DESC',
    input: ZKommuneMonthInput,
    unique: [{ constraint: 'kommune_month_kommune_id_month_key', path: 'month', message: 'Det finnes allerede tall for denne måneden' }],
  },
  'capacity-targets': {
    name: 'capacity-targets',
    label: 'kapasitetsmål',
    table: 'capacity_target',
    columns: { validFrom: 'valid_from', freeShareTarget: 'free_share_target', freePlacesMin: 'free_places_min' },
    refs: {},
    doctorScope: null,
    orderBy: 't.valid_from',
    input: ZCapacityTargetInput,
    unique: [{ constraint: 'capacity_target_kommune_id_valid_from_key', path: 'validFrom', message: 'Det finnes allerede et mål fra denne datoen' }],
  },
  ...NORM_ENTITIES,
  ...TRAINING_ENTITIES,
  ...ECONOMICS_ENTITIES,
  ...ROSTER_ENTITIES,
} satisfies Record<string, EntityDef>;

export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];
