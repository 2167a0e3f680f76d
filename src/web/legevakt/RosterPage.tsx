import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { isJobActive, type TJob, type TRosterDetail, type TRosterShift } from '../../contracts/roster/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { ROSTERS_PATH } from '../app/paths.ts';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { formatInt } from '../format.ts';
import { JobProgress } from './JobProgress.tsx';
import { LoadTable } from './LoadTable.tsx';
import { RosterActions, RosterExports } from './RosterActions.tsx';
import { RosterEvaluation } from './RosterEvaluation.tsx';
import { formatPeriod } from './roster-format.ts';
import { RosterGrid } from './RosterGrid.tsx';
import { RosterStatusTag } from './RosterStatusTag.tsx';
import { ShiftEditor } from './ShiftEditor.tsx';
import { SwapApprovals } from './SwapApprovals.tsx';
import { useRoster } from './use-roster.ts';

/** The verdict first: do all hard rules hold, how much soft penalty, how many open shifts. */
function RosterSummary({ detail }: { detail: TRosterDetail }) {
  const { evaluation, roster } = detail;
  return (
    <div data-testid="roster-summary">
      <Alert data-color={evaluation.hard === 0 ? 'success' : 'danger'} data-testid="roster-hard">
        {evaluation.hard === 0 ? 'Alle harde regler er oppfylt.' : `Vaktplanen bryter harde regler: ${formatInt(evaluation.hard)} i straffepoeng.`}
      </Alert>
      <Paragraph>
        {formatPeriod(roster.start, roster.end)} ({formatInt(roster.days)} dager), {formatInt(detail.shifts.length)} vakter, {formatInt(roster.openShifts)} ledige. Myke regler:{' '}
        {formatInt(evaluation.soft)} straffepoeng.
      </Paragraph>
    </div>
  );
}

/** One legevakt roster: verdict, grid (planners edit a cell with a live rule check), actions, rules, violations, load. */
export function RosterPage({ id }: { id: number }) {
  const { canWrite } = useSession();
  const roster = useRoster(id);
  const { detail, error, reload } = roster;
  const [job, setJob] = useState<TJob | null>(null);
  const [editing, setEditing] = useState<TRosterShift | null>(null);
  usePageTitle(detail?.roster.name ?? 'Vaktplan');

  // A roster opened while its job still waits or runs (just generated, or repaired by someone else): follow that job.
  const running = detail?.roster.job && isJobActive(detail.roster.job.status) ? detail.roster.job : null;
  useEffect(() => {
    if (running) setJob((j) => j ?? running);
  }, [running]);

  const back = (
    <Paragraph>
      <AppLink href={ROSTERS_PATH}>Alle vaktplaner</AppLink>
    </Paragraph>
  );
  if (!detail) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Vaktplan
        </Heading>
        {back}
        {error ? <Alert data-color="danger">{error.message}</Alert> : <Spinner aria-label="Henter vaktplanen" data-size="md" />}
      </>
    );
  }
  const busy = job !== null;
  return (
    <>
      <Heading level={1} data-size="lg" data-testid="roster-heading">
        {detail.roster.name} <RosterStatusTag status={detail.roster.status} />
      </Heading>
      {back}
      {job && (
        <JobProgress
          key={job.id}
          job={job}
          onFinished={() => {
            setJob(null);
            reload();
          }}
        />
      )}
      <RosterSummary detail={detail} />
      <RosterExports id={detail.roster.id} />
      {canWrite && <RosterActions detail={detail} state={roster} onJob={setJob} busy={busy} />}
      <PageSection id="sec-roster-grid" title="Vaktplanen">
        {canWrite && <Paragraph data-size="sm">Velg en vakt for å sette en annen lege på den. Reglene sjekkes før du lagrer.</Paragraph>}
        <RosterGrid detail={detail} onEdit={canWrite && !busy ? setEditing : undefined} />
      </PageSection>
      {editing && (
        <ShiftEditor
          detail={detail}
          shift={editing}
          guard={roster.guard}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            roster.replace(next);
            setEditing(null);
          }}
        />
      )}
      {canWrite && <SwapApprovals rosterId={detail.roster.id} onChanged={reload} />}
      <RosterEvaluation detail={detail} />
      <PageSection id="sec-roster-load" title="Belastning per lege">
        <LoadTable load={detail.load} />
      </PageSection>
    </>
  );
}
