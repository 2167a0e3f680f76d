import { useMemo } from 'react';
import type { TKommuneMonth } from '../../contracts/registry/index.ts';
import { valueFilter, type Column } from '../components/DataTable.tsx';
import { formatInt, formatMonthLong } from '../format.ts';
import { useRegistry } from '../data/use-records.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { populationDef } from './population-def.ts';
import { SsbImportSection } from './SsbImportSection.tsx';

const columns: Column<TKommuneMonth>[] = [
  { id: 'month', header: 'Måned', text: (r) => formatMonthLong(r.month), sortValue: (r) => r.month },
  { id: 'population', header: 'Innbyggere', numeric: true, text: (r) => formatInt(r.population), sortValue: (r) => r.population },
  {
    id: 'listedElsewhere',
    header: 'På liste i annen kommune',
    numeric: true,
    text: (r) => formatInt(r.listedElsewhere),
    sortValue: (r) => r.listedElsewhere,
  },
  {
    id: 'listedNonResidents',
    header: 'Ikke-innbyggere på liste her',
    numeric: true,
    text: (r) => formatInt(r.listedNonResidents),
    sortValue: (r) => r.listedNonResidents,
  },
];

const yearOf = (r: TKommuneMonth) => r.month.slice(0, 4);

/** Befolkning: the municipality's population per month and how many are listed across its border. */
export function PopulationPage() {
  const { rows } = useRegistry('population');
  const years = useMemo(() => [...new Set((rows ?? []).map(yearOf))].sort().reverse().map((y) => ({ value: y, label: y })), [rows]);
  const filters = [valueFilter({ id: 'year', label: 'År', allLabel: 'Alle år', options: years, value: yearOf })];
  return (
    <>
      <RecordPage
      def={populationDef}
      title="Befolkning"
      intro="Innbyggertall per måned, og hvor mange som står på liste over kommunegrensen."
      columns={columns}
      filters={filters}
        initialSort={{ column: 'month', direction: 'descending' }}
      />
      <SsbImportSection />
    </>
  );
}
