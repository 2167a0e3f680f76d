import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TRosterSummary } from '../../contracts/roster/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { rosterPath } from '../app/paths.ts';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDateTime, formatInt } from '../format.ts';
import { GenerateRosterForm } from './GenerateRosterForm.tsx';
import { RosterStatusTag } from './RosterStatusTag.tsx';
import { fetchRosters } from './roster-api.ts';
import { formatPeriod, JOB_STATUS_LABELS, ROSTER_STATUS_LABELS } from './roster-format.ts';

const COLUMNS: Column<TRosterSummary>[] = [
  { id: 'name', header: 'Vaktplan', text: (r) => r.name, render: (r) => <AppLink href={rosterPath(r.id)}>{r.name}</AppLink> },
  { id: 'status', header: 'Status', text: (r) => ROSTER_STATUS_LABELS[r.status], render: (r) => <RosterStatusTag status={r.status} /> },
  { id: 'period', header: 'Periode', text: (r) => formatPeriod(r.start, r.end), sortValue: (r) => r.start },
  { id: 'days', header: 'Dager', text: (r) => formatInt(r.days), sortValue: (r) => r.days, numeric: true },
  { id: 'open', header: 'Ledige vakter', text: (r) => formatInt(r.openShifts), sortValue: (r) => r.openShifts, numeric: true },
  { id: 'job', header: 'Siste beregning', text: (r) => (r.job ? JOB_STATUS_LABELS[r.job.status] : '–') },
  { id: 'published', header: 'Publisert', text: (r) => (r.publishedAt ? formatDateTime(r.publishedAt) : '–'), sortValue: (r) => r.publishedAt },
];

/** Newest period first. */
const sorted = (rows: readonly TRosterSummary[]) => [...rows].sort((a, b) => b.start.localeCompare(a.start));

/** Vaktplaner: the municipality's legevakt rosters, and (for planners) a form to generate a new one. */
export function RostersPage() {
  usePageTitle('Vaktplaner');
  const { canWrite } = useSession();
  const rosters = useAsync(fetchRosters, []);
  return (
    <>
      <Heading level={1} data-size="lg">
        Vaktplaner for legevakt
      </Heading>
      <Paragraph className="page-intro">
        {canWrite
          ? 'Lag en vaktplan for en periode, se hvordan den oppfyller reglene, rett den og publiser den. Legene ser publiserte vaktplaner.'
          : 'De publiserte vaktplanene for legevakten.'}
      </Paragraph>
      <PageSection id="sec-rosters" title="Vaktplaner">
        <AsyncContent state={rosters} loading="Henter vaktplaner">
          {(data) => <DataTable caption="Vaktplaner" rows={sorted(data)} columns={COLUMNS} rowKey={(r) => r.id} testId="rosters-table" emptyText="Ingen vaktplaner ennå." />}
        </AsyncContent>
        {canWrite && <GenerateRosterForm onChanged={rosters.reload} />}
      </PageSection>
    </>
  );
}
