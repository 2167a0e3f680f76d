import { Alert, Spinner } from '@digdir/designsystemet-react';
import {
  INSTITUTION_OWNER_LABELS,
  INSTITUTION_TYPE_LABELS,
  ZInstitutionInput,
  type TInstitution,
  type TInstitutionInput,
} from '../../contracts/norms/index.ts';
import { api } from '../api.ts';
import { valueFilter, type Column } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import type { RecordStore } from '../data/record-store.ts';
import { useRecords } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import type { RecordDef } from '../records/record-def.ts';
import { RecordTable } from '../records/RecordTable.tsx';

const BASE = '/api/registry/institutions';

const institutionStore: RecordStore<TInstitution, TInstitutionInput> = {
  entity: 'institutions',
  list: async () => (await api.get<{ items: TInstitution[] }>(BASE)).items,
  create: (input) => api.post<TInstitution>(BASE, input),
  update: (id, version, input) => api.put<TInstitution>(`${BASE}/${id}`, { ...input, version }),
  remove: (id, version) => api.del<{ ok: true }>(`${BASE}/${id}`, { version }),
  exportUrl: `${BASE}/export.xlsx`,
};

const institutionDef: RecordDef<TInstitution, TInstitutionInput> = {
  store: institutionStore,
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

const columns: Column<TInstitution>[] = [
  { id: 'name', header: 'Navn', text: (i) => i.name },
  { id: 'institutionType', header: 'Type', text: (i) => INSTITUTION_TYPE_LABELS[i.institutionType] },
  { id: 'owner', header: 'Drift', text: (i) => INSTITUTION_OWNER_LABELS[i.owner] },
  { id: 'note', header: 'Merknad', text: (i) => i.note },
];

const filters = [
  valueFilter<TInstitution>({ id: 'institutionType', label: 'Type', options: optionsFrom(INSTITUTION_TYPE_LABELS), value: (i) => i.institutionType }),
];

/** The registry of institutions (sykehjem and legevakt), editable by writers with the generic record table. */
export function InstitutionsSection() {
  const { rows, error } = useRecords(institutionDef.store);
  return (
    <PageSection id="sec-norms-registry" title="Institusjoner">
      {error ? (
        <Alert data-color="danger">{error.message}</Alert>
      ) : !rows ? (
        <Spinner aria-label="Henter institusjoner" data-size="md" />
      ) : (
        <RecordTable def={institutionDef} rows={rows} caption="Institusjoner" columns={columns} filters={filters} />
      )}
    </PageSection>
  );
}
