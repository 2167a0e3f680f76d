import { useMemo } from 'react';
import type { TDoctor } from '../../contracts/registry/index.ts';
import { valueFilter, type Column, type TableFilter } from '../components/DataTable.tsx';
import { SEX_LABELS } from '../../contracts/registry/doctor.ts';
import { assignmentsOn, byId } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { formatDate, formatYesNo, todayIso } from '../format.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { doctorDef } from './doctor-def.ts';

const SPECIALIST_OPTIONS = [
  { value: 'specialist', label: 'Spesialist i allmennmedisin' },
  { value: 'training', label: 'I spesialisering' },
  { value: 'neither', label: 'Verken spesialist eller i spesialisering' },
];

const INTRO = 'Legene i registeret, med alder i år, spesialisering og hvilken hjemmel de har i dag.';

/** Leger: the doctors with birth year, age, sex, specialist status and since when, authorisation, and position now. */
export function DoctorsPage() {
  const positions = useRegistry('positions');
  const assignments = useRegistry('assignments');
  const year = new Date().getFullYear();
  const columns = useMemo((): Column<TDoctor>[] => {
    const positionById = byId(positions.rows);
    const byDoctor = new Map<number, string[]>();
    for (const list of assignmentsOn(assignments.rows, todayIso()).values()) {
      for (const a of list) {
        const code = positionById.get(a.positionId)?.code ?? `#${a.positionId}`;
        byDoctor.set(a.doctorId, [...(byDoctor.get(a.doctorId) ?? []), code]);
      }
    }
    const positionsNow = (d: TDoctor) => (byDoctor.get(d.id) ?? []).join(', ');
    return [
      { id: 'name', header: 'Navn', text: (d) => d.name },
      { id: 'birthYear', header: 'Fødselsår', numeric: true, text: (d) => String(d.birthYear), sortValue: (d) => d.birthYear },
      { id: 'age', header: 'Alder', numeric: true, text: (d) => String(year - d.birthYear), sortValue: (d) => year - d.birthYear },
      { id: 'sex', header: 'Kjønn', text: (d) => SEX_LABELS[d.sex] },
      { id: 'specialistGp', header: 'Spesialist', text: (d) => formatYesNo(d.specialistGp), sortValue: (d) => d.specialistGp },
      {
        id: 'specialistSince',
        header: 'Spesialist siden',
        text: (d) => (d.specialistSince ? formatDate(d.specialistSince) : '–'),
        sortValue: (d) => d.specialistSince,
      },
      { id: 'authorisedDate', header: 'Autorisasjonsdato', text: (d) => formatDate(d.authorisedDate), sortValue: (d) => d.authorisedDate },
      { id: 'inSpecialisation', header: 'I spesialisering', text: (d) => formatYesNo(d.inSpecialisation), sortValue: (d) => d.inSpecialisation },
      { id: 'positions', header: 'Hjemmel nå', text: (d) => positionsNow(d) || '–', sortValue: (d) => positionsNow(d) || null },
    ];
  }, [positions.rows, assignments.rows, year]);
  const filters: TableFilter<TDoctor>[] = [
    {
      id: 'specialist',
      label: 'Spesialisering',
      allLabel: 'Alle',
      options: SPECIALIST_OPTIONS,
      test: (d, v) => (v === 'specialist' ? d.specialistGp : v === 'training' ? d.inSpecialisation : !d.specialistGp && !d.inSpecialisation),
    },
    valueFilter({ id: 'sex', label: 'Kjønn', options: optionsFrom(SEX_LABELS), value: (d) => d.sex }),
  ];
  return (
    <RecordPage def={doctorDef} title="Leger" intro={INTRO} columns={columns} filters={filters} ready={loaded(positions, assignments)} />
  );
}
