import { useMemo } from 'react';
import type { TSnapshot } from '../../contracts/registry/index.ts';
import { valueFilter, type Column, type TableFilter } from '../components/DataTable.tsx';
import { byId, monthOptions, optionsOf, positionLabel } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { formatInt, formatMonth } from '../format.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { snapshotDef } from './snapshot-def.ts';

const free = (s: TSnapshot) => Math.max(0, s.listCap - s.listLength);

/** Listetall: each position's list counted on the 1st of each month; shows the latest month first. */
export function SnapshotsPage() {
  const positions = useRegistry('positions');
  const offices = useRegistry('offices');
  const snapshots = useRegistry('snapshots');
  const officeById = useMemo(() => byId(offices.rows), [offices.rows]);
  const positionById = useMemo(() => byId(positions.rows), [positions.rows]);
  const positionOptions = useMemo(() => optionsOf(positions.rows, (p) => positionLabel(p, officeById)), [positions.rows, officeById]);
  const def = useMemo(() => snapshotDef({ positions: positionOptions, positionFixed: false }), [positionOptions]);
  const months = useMemo(() => monthOptions(snapshots.rows), [snapshots.rows]);

  const columns = useMemo((): Column<TSnapshot>[] => {
    const code = (s: TSnapshot) => positionById.get(s.positionId)?.code ?? `#${s.positionId}`;
    const office = (s: TSnapshot) => {
      const p = positionById.get(s.positionId);
      return (p && officeById.get(p.officeId)?.name) ?? '–';
    };
    return [
      { id: 'month', header: 'Måned', text: (s) => formatMonth(s.month), sortValue: (s) => s.month },
      { id: 'position', header: 'Hjemmel', text: code },
      { id: 'office', header: 'Legekontor', text: office },
      { id: 'listLength', header: 'Listelengde', numeric: true, text: (s) => formatInt(s.listLength), sortValue: (s) => s.listLength },
      { id: 'listCap', header: 'Listetak', numeric: true, text: (s) => formatInt(s.listCap), sortValue: (s) => s.listCap },
      { id: 'free', header: 'Ledige plasser', numeric: true, text: (s) => formatInt(free(s)), sortValue: free },
      { id: 'waitingList', header: 'Venteliste', numeric: true, text: (s) => formatInt(s.waitingList), sortValue: (s) => s.waitingList },
    ];
  }, [positionById, officeById]);

  const filters: TableFilter<TSnapshot>[] = [
    // Defaults to the newest month: twelve months of 54 lists is more than one wants to scroll through.
    { id: 'month', label: 'Måned', allLabel: 'Alle måneder', initial: months[0]?.value, options: months, test: (s, v) => s.month === v },
    valueFilter({
      id: 'office',
      label: 'Legekontor',
      options: optionsOf(offices.rows, (o) => o.name),
      value: (s) => positionById.get(s.positionId)?.officeId,
    }),
  ];

  return (
    <RecordPage
      def={def}
      title="Listetall"
      intro="Listelengde, listetak og venteliste per hjemmel, telt den 1. i hver måned."
      columns={columns}
      filters={filters}
      openColumn="position"
      ready={loaded(positions, offices)}
    />
  );
}
