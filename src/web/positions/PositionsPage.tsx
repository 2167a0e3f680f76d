import { useMemo } from 'react';
import { POSITION_STATUS_LABELS, type TPosition } from '../../contracts/registry/index.ts';
import { valueFilter } from '../components/DataTable.tsx';
import { optionsOf } from '../data/lookups.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { positionDef } from './position-def.ts';
import { usePositionColumns } from './use-position-columns.tsx';

const INTRO =
  'Fastlegehjemlene med listetak, status, lege nå og siste telte listelengde. Velg en hjemmel for å se legene over tid og listehistorikken.';

/** Hjemler: every GP position with its office, cap, status, current doctor(s) and latest list figures. */
export function PositionsPage() {
  const offices = useRegistry('offices');
  const { columns, ready } = usePositionColumns();
  const officeOptions = useMemo(() => optionsOf(offices.rows, (o) => o.name), [offices.rows]);
  const def = useMemo(() => positionDef(officeOptions), [officeOptions]);
  const filters = [
    valueFilter<TPosition>({ id: 'status', label: 'Status', options: optionsFrom(POSITION_STATUS_LABELS), value: (p) => p.status }),
    valueFilter<TPosition>({ id: 'office', label: 'Legekontor', options: officeOptions, value: (p) => p.officeId }),
  ];
  return <RecordPage def={def} title="Hjemler" intro={INTRO} columns={columns} filters={filters} href={(p) => `/hjemler/${p.id}`} ready={ready} />;
}
