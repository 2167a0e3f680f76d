import { ASSIGNMENT_ROLE_LABELS, ZAssignmentInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom, type Option } from '../forms/field-spec.ts';
import type { RegistryDef } from '../records/record-def.ts';

/** A doctor's link to a position (role and dates); on a position's page the position is given. */
export function assignmentDef(opts: { positions: readonly Option[]; doctors: readonly Option[]; positionFixed: boolean }): RegistryDef<'assignments'> {
  return {
    store: registryStore('assignments'),
    noun: 'tilknytning',
    newLabel: 'Knytt lege til hjemmelen',
    schema: ZAssignmentInput,
    fields: [
      { kind: 'select', name: 'positionId', options: opts.positions, numeric: true, hidden: opts.positionFixed },
      { kind: 'select', name: 'doctorId', options: opts.doctors, numeric: true },
      { kind: 'select', name: 'role', options: optionsFrom(ASSIGNMENT_ROLE_LABELS) },
      { kind: 'date', name: 'fromDate' },
      { kind: 'date', name: 'toDate', nullable: true, description: 'Tom hvis tilknytningen fortsatt gjelder' },
    ],
    defaults: { role: 'holder' },
    title: (row) => {
      const doctor = opts.doctors.find((d) => d.value === String(row.doctorId))?.label;
      return doctor ? `tilknytningen til ${doctor}` : 'tilknytningen';
    },
  };
}
