import { ZPostingInput, ZScenarioInput } from '../../contracts/projection/index.ts';
import type { EntityDef } from '../entity-def.ts';

/**
 * Saved projection scenarios and postings of positions: plain tenancy-scoped tables, so they use the generic registry
 * repository (versions, 409 on a stale version, audit, reference checks) through these definitions.
 */
export const SCENARIO_ENTITY: EntityDef = {
  name: 'projection-scenarios',
  label: 'scenario',
  table: 'projection_scenario',
  columns: { name: 'name', description: 'description', assumptions: 'assumptions' },
  refs: {},
  doctorScope: null,
  orderBy: 't.name',
  input: ZScenarioInput,
  unique: [{ constraint: 'projection_scenario_kommune_id_name_key', path: 'name', message: 'Det finnes allerede et scenario med dette navnet' }],
};

/** A posting (utlysning) of a position; a doctor sees the postings of their own positions. */
export const POSTING_ENTITY: EntityDef = {
  name: 'postings',
  label: 'utlysning',
  table: 'position_posting',
  columns: { positionId: 'position_id', advertisedFrom: 'advertised_from', deadline: 'deadline', applicants: 'applicants' },
  refs: { positionId: { table: 'gp_position', label: 'Hjemmelen' } },
  doctorScope: `t.position_id IN (SELECT pd.position_id FROM position_doctor pd WHERE pd.doctor_id = $D)`,
  orderBy: 't.deadline DESC',
  input: ZPostingInput,
  unique: [],
};
