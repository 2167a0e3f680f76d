import { useMemo } from 'react';
import { POSITION_ORG_FORM_LABELS, POSITION_STATUS_LABELS, type TPosition } from '../../contracts/registry/index.ts';
import type { Column } from '../components/DataTable.tsx';
import { assignmentsOn, byId, doctorWithRole, latestSnapshots } from '../data/lookups.ts';
import { useRegistry } from '../data/use-records.ts';
import { loaded } from '../data/loaded.ts';
import { formatInt, formatMonth, formatYesNo, todayIso } from '../format.ts';
import { StatusTag } from './StatusTag.tsx';

/** The Hjemler table's columns: office and current doctors by name, the latest list length and free places. */
export function usePositionColumns(): { columns: Column<TPosition>[]; ready: boolean; officeName: (p: TPosition) => string } {
  const offices = useRegistry('offices');
  const doctors = useRegistry('doctors');
  const assignments = useRegistry('assignments');
  const snapshots = useRegistry('snapshots');
  const ready = loaded(offices, doctors, assignments, snapshots);
  const memo = useMemo(() => {
    const officeById = byId(offices.rows);
    const doctorById = byId(doctors.rows);
    const current = assignmentsOn(assignments.rows, todayIso());
    const latest = latestSnapshots(snapshots.rows);
    const perMonth = new Map<string, number>();
    for (const s of latest.values()) perMonth.set(s.month, (perMonth.get(s.month) ?? 0) + 1);
    const commonMonth = [...perMonth.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const officeName = (p: TPosition) => officeById.get(p.officeId)?.name ?? `Kontor ${p.officeId}`;
    const doctorsNow = (p: TPosition) => (current.get(p.id) ?? []).map((a) => doctorWithRole(a, doctorById)).join(', ');
    const length = (p: TPosition) => latest.get(p.id)?.listLength ?? null;
    const free = (p: TPosition) => {
      const s = latest.get(p.id);
      return s ? Math.max(0, s.listCap - s.listLength) : null;
    };
    const columns: Column<TPosition>[] = [
      { id: 'code', header: 'Hjemmel-ID', text: (p) => p.code },
      { id: 'office', header: 'Legekontor', text: officeName },
      { id: 'orgForm', header: 'Organisasjonsform', text: (p) => POSITION_ORG_FORM_LABELS[p.orgForm] },
      { id: 'listCap', header: 'Listetak', numeric: true, text: (p) => formatInt(p.listCap), sortValue: (p) => p.listCap },
      { id: 'status', header: 'Status', text: (p) => POSITION_STATUS_LABELS[p.status], render: (p) => <StatusTag status={p.status} />, sortValue: (p) => p.status },
      { id: 'sharedList', header: 'Felles liste', text: (p) => formatYesNo(p.sharedList), sortValue: (p) => p.sharedList },
      { id: 'doctors', header: 'Lege nå', text: (p) => doctorsNow(p) || '–', sortValue: (p) => doctorsNow(p) || null },
      {
        id: 'listLength',
        // One month for all (the usual case) goes in the header; a position counted in another month says so.
        header: commonMonth ? `Listelengde ${formatMonth(commonMonth)}` : 'Siste listelengde',
        numeric: true,
        text: (p) => {
          const s = latest.get(p.id);
          if (!s) return '–';
          return s.month === commonMonth ? formatInt(s.listLength) : `${formatInt(s.listLength)} (${formatMonth(s.month)})`;
        },
        sortValue: length,
      },
      { id: 'free', header: 'Ledige plasser', numeric: true, text: (p) => (free(p) === null ? '–' : formatInt(free(p) ?? 0)), sortValue: free },
    ];
    return { columns, officeName };
  }, [offices.rows, doctors.rows, assignments.rows, snapshots.rows]);
  return { ...memo, ready };
}
