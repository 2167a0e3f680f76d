import { useMemo } from 'react';
import { POSITION_STATUS_LABELS, type TPosition } from '../../contracts/registry/index.ts';
import type { TableFilter } from '../components/DataTable.tsx';
import { optionsOf } from '../data/lookups.ts';
import { useRegistry } from '../data/use-registry.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { RegistryPage } from '../records/RegistryPage.tsx';
import { positionDef } from './position-def.ts';
import { usePositionColumns } from './use-position-columns.tsx';

/** Hjemler: every GP position with its office, cap, status, current doctor(s) and latest list figures. */
export function PositionsPage() {
  const offices = useRegistry('offices');
  const { columns, ready } = usePositionColumns();
  const officeOptions = useMemo(() => optionsOf(offices.rows, (o) => o.name), [offices.rows]);
  const def = useMemo(() => positionDef(officeOptions), [officeOptions]);
  const filters: TableFilter<TPosition>[] = [
    { id: 'status', label: 'Status', allLabel: 'Alle', options: optionsFrom(POSITION_STATUS_LABELS), test: (p, v) => p.status === v },
    { id: 'office', label: 'Legekontor', allLabel: 'Alle', options: officeOptions, test: (p, v) => String(p.officeId) === v },
  ];
  return (
    <RegistryPage
      def={def}
      title="Hjemler"
      intro="Fastlegehjemlene med listetak, status, lege nå og siste telte listelengde. Velg en hjemmel for å se legene over tid og listehistorikken."
      columns={columns}
      filters={filters}
      initialSort={{ column: 'code', direction: 'ascending' }}
      openColumn="code"
      href={(p) => `/hjemler/${p.id}`}
      ready={ready}
      testId="positions-table"
    />
  );
}
