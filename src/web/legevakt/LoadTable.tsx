import type { TDoctorLoad } from '../../contracts/roster/index.ts';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { formatDecimal, formatDecimalTrim, formatInt } from '../format.ts';

const count = (id: keyof TDoctorLoad & string, header: string, value: (l: TDoctorLoad) => number, format = formatInt): Column<TDoctorLoad> => ({
  id,
  header,
  text: (l) => format(value(l)),
  sortValue: value,
  numeric: true,
});

const COLUMNS: Column<TDoctorLoad>[] = [
  { id: 'name', header: 'Lege', text: (l) => l.name },
  count('share', 'Andel', (l) => l.share, formatDecimalTrim),
  count('shifts', 'Vakter', (l) => l.shifts),
  count('fairLoad', 'Rettferdig andel', (l) => l.fairLoad, formatDecimal),
  count('goalShifts', 'Mål (vakter)', (l) => l.goalShifts, formatDecimal),
  count('nights', 'Netter', (l) => l.nights),
  count('weekends', 'Helger', (l) => l.weekends),
  count('holidays', 'Helligdager', (l) => l.holidays),
  count('backups', 'Bakvakter', (l) => l.backups),
  count('hours', 'Timer', (l) => l.hours, formatDecimalTrim),
];

/** How the roster loads each doctor, against their fair share and the plan's goal of shifts for the period. */
export function LoadTable({ load }: { load: readonly TDoctorLoad[] }) {
  return <DataTable caption="Belastning per lege" rows={load} columns={COLUMNS} rowKey={(l) => l.doctorId} initialSort={{ column: 'name', direction: 'ascending' }} testId="roster-load" />;
}
