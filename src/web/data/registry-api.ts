// The generic registry API at /api/registry/<name>, typed from the contracts.
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
import type {
  TAllocation,
  TAllocationInput,
  TGpTask,
  TGpTaskInput,
  TInstitution,
  TInstitutionDoctor,
  TInstitutionDoctorInput,
  TInstitutionInput,
  TNormActivity,
  TNormActivityInput,
  TOhdRequest,
  TOhdRequestInput,
  TPlaceChange,
  TPlaceChangeInput,
  TStaffing,
  TStaffingInput,
  TStaffingNorm,
  TStaffingNormInput,
  TUnit,
  TUnitInput,
  TUnitPlaces,
  TUnitPlacesInput,
} from '../../contracts/norms/index.ts';
import type {
  TAlisAgreement,
  TAlisAgreementInput,
  TAlisPeriod,
  TAlisPeriodInput,
  TCourse,
  TCourseInput,
  TLearningGoal,
  TLearningGoalInput,
  TLis1Intake,
  TLis1IntakeInput,
  TLis1Placement,
  TLis1PlacementInput,
  TSession,
  TSessionInput,
} from '../../contracts/training/index.ts';
import type { TMeasure, TMeasureInput, TMeasurePackage, TMeasurePackageInput, TPlanGoal, TPlanGoalInput } from '../../contracts/economics/index.ts';
import type {
  TDutyTemplate,
  TDutyTemplateInput,
  TLegevaktExemption,
  TLegevaktExemptionInput,
  TLegevaktUnavailability,
  TLegevaktUnavailabilityInput,
  TLegevaktParticipant,
  TLegevaktParticipantInput,
  TLegevaktWish,
  TLegevaktWishInput,
  TLegevaktSettings,
  TLegevaktSettingsInput,
} from '../../contracts/roster/index.ts';
import { api } from '../api.ts';
import type { RecordStore } from './record-store.ts';

/** A stored row of each registry table, as GET answers it. */
export interface RegistryRows {
  offices: TOffice;
  positions: TPosition;
  doctors: TDoctor;
  assignments: TAssignment;
  snapshots: TSnapshot;
  population: TKommuneMonth;
  'capacity-targets': TCapacityTarget;
  institutions: TInstitution;
  'institution-units': TUnit;
  'unit-places': TUnitPlaces;
  'place-changes': TPlaceChange;
  'institution-doctors': TInstitutionDoctor;
  'institution-staffing': TStaffing;
  'staffing-norms': TStaffingNorm;
  'norm-activities': TNormActivity;
  'ohd-requests': TOhdRequest;
  'doctor-allocations': TAllocation;
  'gp-tasks': TGpTask;
  'duty-templates': TDutyTemplate;
  'legevakt-exemptions': TLegevaktExemption;
  'legevakt-unavailability': TLegevaktUnavailability;
  'legevakt-participants': TLegevaktParticipant;
  'legevakt-wishes': TLegevaktWish;
  'legevakt-settings': TLegevaktSettings;
  'alis-agreements': TAlisAgreement;
  'alis-periods': TAlisPeriod;
  'supervision-sessions': TSession;
  'doctor-courses': TCourse;
  'learning-goals': TLearningGoal;
  'lis1-intakes': TLis1Intake;
  'lis1-placements': TLis1Placement;
  'measure-packages': TMeasurePackage;
  measures: TMeasure;
  'plan-goals': TPlanGoal;
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
  institutions: TInstitutionInput;
  'institution-units': TUnitInput;
  'unit-places': TUnitPlacesInput;
  'place-changes': TPlaceChangeInput;
  'institution-doctors': TInstitutionDoctorInput;
  'institution-staffing': TStaffingInput;
  'staffing-norms': TStaffingNormInput;
  'norm-activities': TNormActivityInput;
  'ohd-requests': TOhdRequestInput;
  'doctor-allocations': TAllocationInput;
  'gp-tasks': TGpTaskInput;
  'duty-templates': TDutyTemplateInput;
  'legevakt-exemptions': TLegevaktExemptionInput;
  'legevakt-unavailability': TLegevaktUnavailabilityInput;
  'legevakt-participants': TLegevaktParticipantInput;
  'legevakt-wishes': TLegevaktWishInput;
  'legevakt-settings': TLegevaktSettingsInput;
  'alis-agreements': TAlisAgreementInput;
  'alis-periods': TAlisPeriodInput;
  'supervision-sessions': TSessionInput;
  'doctor-courses': TCourseInput;
  'learning-goals': TLearningGoalInput;
  'lis1-intakes': TLis1IntakeInput;
  'lis1-placements': TLis1PlacementInput;
  'measure-packages': TMeasurePackageInput;
  measures: TMeasureInput;
  'plan-goals': TPlanGoalInput;
}

export type EntityName = keyof RegistryRows;

function makeStore<N extends EntityName>(name: N): RecordStore<RegistryRows[N], RegistryInputs[N]> {
  const base = `/api/registry/${name}`;
  return {
    entity: name,
    list: async () => (await api.get<{ items: RegistryRows[N][] }>(base)).items,
    create: (input) => api.post<RegistryRows[N]>(base, input),
    update: (id, version, input) => api.put<RegistryRows[N]>(`${base}/${id}`, { ...input, version }),
    remove: (id, version) => api.del<{ ok: true }>(`${base}/${id}`, { version }),
    exportUrl: `${base}/export.xlsx`,
  };
}

const stores = new Map<EntityName, RecordStore>();

/** The registry API of one table as a record store; one object per table, so the list cache can key on it. */
export function registryStore<N extends EntityName>(name: N): RecordStore<RegistryRows[N], RegistryInputs[N]> {
  let store = stores.get(name);
  if (!store) {
    store = makeStore(name);
    stores.set(name, store);
  }
  return store as RecordStore<RegistryRows[N], RegistryInputs[N]>;
}
