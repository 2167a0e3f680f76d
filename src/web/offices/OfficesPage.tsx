import { useMemo } from 'react';
import { OFFICE_ORG_FORM_LABELS, type TOffice } from '../../contracts/registry/index.ts';
import { valueFilter, type Column } from '../components/DataTable.tsx';
import { groupBy } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { formatInt } from '../format.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { officeDef } from './office-def.ts';

/** Legekontor: the municipality's GP offices, with how many positions and list places each has. */
export function OfficesPage() {
  const positions = useRegistry('positions');
  const columns = useMemo((): Column<TOffice>[] => {
    const byOffice = groupBy(positions.rows, (p) => p.officeId);
    const count = (o: TOffice) => byOffice.get(o.id)?.length ?? 0;
    const caps = (o: TOffice) => (byOffice.get(o.id) ?? []).reduce((sum, p) => sum + p.listCap, 0);
    return [
      { id: 'name', header: 'Navn', text: (o) => o.name },
      { id: 'address', header: 'Adresse', text: (o) => o.address },
      { id: 'orgForm', header: 'Organisasjonsform', text: (o) => OFFICE_ORG_FORM_LABELS[o.orgForm] },
      { id: 'positions', header: 'Hjemler', numeric: true, text: (o) => formatInt(count(o)), sortValue: count },
      { id: 'listCap', header: 'Sum listetak', numeric: true, text: (o) => formatInt(caps(o)), sortValue: caps },
    ];
  }, [positions.rows]);
  const filters = [
    valueFilter<TOffice>({ id: 'orgForm', label: 'Organisasjonsform', options: optionsFrom(OFFICE_ORG_FORM_LABELS), value: (o) => o.orgForm }),
  ];
  return (
    <RecordPage
      def={officeDef}
      title="Legekontor"
      intro="Fastlegekontorene i kommunen med antall hjemler og sum listetak."
      columns={columns}
      filters={filters}
      ready={loaded(positions)}
    />
  );
}
