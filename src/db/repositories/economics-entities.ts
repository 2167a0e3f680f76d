import { ZMeasureInput, ZMeasurePackageInput, ZPlanGoalInput } from '../../contracts/economics/index.ts';
import type { EntityDef } from '../entity-def.ts';

/**
 * The plain tables of the economics and plan area, served by the generic registry CRUD at /api/registry/<name>
 * (versions, audit, tenancy, references within the municipality, .xlsx export). The rate table is edited as a whole
 * at /api/economics/rates, since its validity periods must be checked together.
 */
export const ECONOMICS_ENTITIES = {
  'measure-packages': {
    name: 'measure-packages',
    label: 'tiltakspakke',
    table: 'measure_package',
    columns: { name: 'name', startDate: 'start_date', description: 'description' },
    refs: {},
    doctorScope: null,
    orderBy: 't.start_date, t.name',
    input: ZMeasurePackageInput,
    unique: [{ constraint: 'measure_package_kommune_id_name_key', path: 'name', message: 'Det finnes allerede en tiltakspakke med dette navnet' }],
  },
  measures: {
    name: 'measures',
    label: 'tiltak',
    table: 'measure',
    columns: {
      packageId: 'package_id',
      name: 'name',
      kind: 'kind',
      params: 'params',
      startDate: 'start_date',
      endDate: 'end_date',
      status: 'status',
      reason: 'reason',
      sortOrder: 'sort_order',
    },
    refs: { packageId: { table: 'measure_package', label: 'Tiltakspakken' } },
    doctorScope: null,
    orderBy: 't.package_id, t.sort_order',
    input: ZMeasureInput,
    unique: [],
  },
  'plan-goals': {
    name: 'plan-goals',
    label: 'mål',
    table: 'plan_goal',
    columns: {
      number: 'number',
      area: 'area',
      goal: 'goal',
      measure: 'measure',
      owner: 'owner',
      due: 'due',
      costOre: 'cost_ore',
      costNote: 'cost_note',
      status: 'status',
      note: 'note',
      indicator: 'indicator',
      target: 'target',
      direction: 'direction',
    },
    refs: {},
    doctorScope: null,
    orderBy: 't.number',
    input: ZPlanGoalInput,
    unique: [{ constraint: 'plan_goal_kommune_id_number_key', path: 'number', message: 'Det finnes allerede et mål med dette nummeret' }],
  },
} satisfies Record<string, EntityDef>;
