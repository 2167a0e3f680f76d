// Typed calls to the generic registry API at /api/registry/<name>, typed from the contracts.
import type {
  TAssignment,
  TAssignmentInput,
  TCapacityTarget,
  TCapacityTargetInput,
  TDoctor,
  TDoctorInput,
  TKommuneMonth,
  TKommuneMonthInput,
  TOffice,
  TOfficeInput,
  TPosition,
  TPositionInput,
  TSnapshot,
  TSnapshotInput,
} from '../../contracts/registry/index.ts';
import { api } from '../api.ts';

/** A stored row of each registry table, as GET answers it. */
export interface RegistryRows {
  offices: TOffice;
  positions: TPosition;
  doctors: TDoctor;
  assignments: TAssignment;
  snapshots: TSnapshot;
  population: TKommuneMonth;
  'capacity-targets': TCapacityTarget;
}

/** The body POST and PUT take (PUT adds `version`). */
export interface RegistryInputs {
  offices: TOfficeInput;
  positions: TPositionInput;
  doctors: TDoctorInput;
  assignments: TAssignmentInput;
  snapshots: TSnapshotInput;
  population: TKommuneMonthInput;
  'capacity-targets': TCapacityTargetInput;
}

export type EntityName = keyof RegistryRows;
export type AnyRow = RegistryRows[EntityName];

const base = (name: EntityName) => `/api/registry/${name}`;

export const registryApi = {
  list: async <N extends EntityName>(name: N): Promise<RegistryRows[N][]> =>
    (await api.get<{ items: RegistryRows[N][] }>(base(name))).items,
  create: <N extends EntityName>(name: N, input: RegistryInputs[N]) => api.post<RegistryRows[N]>(base(name), input),
  update: <N extends EntityName>(name: N, id: number, version: number, input: RegistryInputs[N]) =>
    api.put<RegistryRows[N]>(`${base(name)}/${id}`, { ...input, version }),
  remove: (name: EntityName, id: number, version: number) => api.del<{ ok: true }>(`${base(name)}/${id}`, { version }),
  /** The .xlsx export of what the user may see (a plain link: the browser downloads it with the session cookie). */
  exportUrl: (name: EntityName) => `${base(name)}/export.xlsx`,
};
