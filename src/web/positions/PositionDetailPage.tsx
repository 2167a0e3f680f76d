import { Alert, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { ASSIGNMENT_ROLE_LABELS, POSITION_ORG_FORM_LABELS, type TAssignment, type TSnapshot } from '../../contracts/registry/index.ts';
import { assignmentCovers } from '../../domain/registry/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { navigate } from '../app/router.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import type { Column } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { byId, doctorOptionLabel, latestSnapshots, optionsOf, positionLabel } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { formatDate, formatInt, formatMonth, todayIso } from '../format.ts';
import { RecordEditor } from '../records/RecordEditor.tsx';
import { RecordTable } from '../records/RecordTable.tsx';
import { snapshotDef } from '../snapshots/snapshot-def.ts';
import { assignmentDef } from './assignment-def.ts';
import { positionDef } from './position-def.ts';
import { StatusTag } from './StatusTag.tsx';

function period(a: TAssignment, today: string): string {
  if (assignmentCovers(a, today)) return 'Nå';
  return a.fromDate > today ? 'Fremtidig' : 'Avsluttet';
}

/** One hjemmel: its facts (editable), its doctors over time (editable links), its list history, its change log. */
export function PositionDetailPage({ id }: { id: number }) {
  const positions = useRegistry('positions');
  const offices = useRegistry('offices');
  const doctors = useRegistry('doctors');
  const assignments = useRegistry('assignments');
  const snapshots = useRegistry('snapshots');
  const position = positions.rows?.find((p) => p.id === id);
  usePageTitle(position ? `Hjemmel ${position.code}` : 'Hjemmel');

  const officeById = useMemo(() => byId(offices.rows), [offices.rows]);
  const officeOptions = useMemo(() => optionsOf(offices.rows, (o) => o.name), [offices.rows]);
  const positionOptions = useMemo(() => optionsOf(positions.rows, (p) => positionLabel(p, officeById)), [positions.rows, officeById]);
  const doctorOptions = useMemo(() => optionsOf(doctors.rows, doctorOptionLabel), [doctors.rows]);
  const pDef = useMemo(() => positionDef(officeOptions), [officeOptions]);
  const aDef = useMemo(
    () => assignmentDef({ positions: positionOptions, doctors: doctorOptions, positionFixed: true }),
    [positionOptions, doctorOptions],
  );
  const sDef = useMemo(() => snapshotDef({ positions: positionOptions, positionFixed: true }), [positionOptions]);

  const today = todayIso();
  const doctorById = useMemo(() => byId(doctors.rows), [doctors.rows]);
  const ownAssignments = useMemo(() => (assignments.rows ?? []).filter((a) => a.positionId === id), [assignments.rows, id]);
  const ownSnapshots = useMemo(() => (snapshots.rows ?? []).filter((s) => s.positionId === id), [snapshots.rows, id]);
  const latest = latestSnapshots(ownSnapshots).get(id);

  const assignmentColumns = useMemo((): Column<TAssignment>[] => {
    const name = (a: TAssignment) => doctorById.get(a.doctorId)?.name ?? `Lege ${a.doctorId}`;
    return [
      { id: 'doctor', header: 'Lege', text: name },
      { id: 'role', header: 'Rolle', text: (a) => ASSIGNMENT_ROLE_LABELS[a.role] },
      { id: 'fromDate', header: 'Fra dato', text: (a) => formatDate(a.fromDate), sortValue: (a) => a.fromDate },
      { id: 'toDate', header: 'Til dato', text: (a) => (a.toDate ? formatDate(a.toDate) : '–'), sortValue: (a) => a.toDate },
      { id: 'period', header: 'Periode', text: (a) => period(a, today) },
    ];
  }, [doctorById, today]);

  const snapshotColumns: Column<TSnapshot>[] = [
    { id: 'month', header: 'Måned', text: (s) => formatMonth(s.month), sortValue: (s) => s.month },
    { id: 'listLength', header: 'Listelengde', numeric: true, text: (s) => formatInt(s.listLength), sortValue: (s) => s.listLength },
    { id: 'listCap', header: 'Listetak', numeric: true, text: (s) => formatInt(s.listCap), sortValue: (s) => s.listCap },
    {
      id: 'free',
      header: 'Ledige plasser',
      numeric: true,
      text: (s) => formatInt(Math.max(0, s.listCap - s.listLength)),
      sortValue: (s) => Math.max(0, s.listCap - s.listLength),
    },
    { id: 'waitingList', header: 'Venteliste', numeric: true, text: (s) => formatInt(s.waitingList), sortValue: (s) => s.waitingList },
  ];

  const back = (
    <Paragraph data-size="sm">
      <AppLink href="/hjemler">← Alle hjemler</AppLink>
    </Paragraph>
  );
  if (!loaded(positions, offices, doctors, assignments, snapshots)) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          Hjemmel
        </Heading>
        <Spinner aria-label="Henter hjemmelen" data-size="md" />
      </>
    );
  }
  if (!position) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          Hjemmel
        </Heading>
        <Alert data-color="warning">Fant ikke hjemmelen. Den kan være slettet.</Alert>
      </>
    );
  }

  return (
    <>
      {back}
      <Heading level={1} data-size="lg" data-testid="position-heading">
        Hjemmel {position.code} <StatusTag status={position.status} />
      </Heading>
      <Paragraph className="page-intro">
        {officeById.get(position.officeId)?.name ?? ''} · {POSITION_ORG_FORM_LABELS[position.orgForm]} · listetak {formatInt(position.listCap)}
        {latest && (
          <>
            {' '}
            · {formatInt(latest.listLength)} på listen og {formatInt(Math.max(0, latest.listCap - latest.listLength))} ledige plasser per{' '}
            {formatMonth(latest.month)}
          </>
        )}
      </Paragraph>

      <section aria-labelledby="position-facts" className="page-section">
        <Card data-color="neutral">
          <Heading level={2} data-size="sm" id="position-facts">
            Opplysninger
          </Heading>
          <RecordEditor key={position.id} def={pDef} record={position} headingLevel={3} onDeleted={() => navigate('/hjemler')} />
        </Card>
      </section>

      <PageSection id="position-doctors" title="Leger over tid">
        <RecordTable
          def={aDef}
          rows={ownAssignments}
          caption={`Leger knyttet til hjemmel ${position.code}`}
          columns={assignmentColumns}
          initialSort={{ column: 'fromDate', direction: 'descending' }}
          newDefaults={{ positionId: position.id, fromDate: today }}
          exportable={false}
        />
      </PageSection>

      <PageSection id="position-history" title="Listehistorikk">
        <RecordTable
          def={sDef}
          rows={ownSnapshots}
          caption={`Listehistorikk for hjemmel ${position.code}`}
          columns={snapshotColumns}
          initialSort={{ column: 'month', direction: 'descending' }}
          newDefaults={{ positionId: position.id, listCap: position.listCap }}
          exportable={false}
          pageSize={24}
          testId="position-snapshots-table"
        />
      </PageSection>
    </>
  );
}
