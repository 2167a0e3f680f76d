import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { isJobActive, type TJob } from '../../contracts/roster/index.ts';
import { errorMessage } from '../api.ts';
import { formatPercent } from '../format.ts';
import { cancelJob } from './roster-api.ts';
import { formatScore, JOB_KIND_LABELS, JOB_STATUS_LABELS } from './roster-format.ts';
import { useJob } from './use-job.ts';

interface Props {
  job: TJob;
  /** Called once when the job has stopped (done, cancelled or failed). */
  onFinished: (job: TJob) => void;
}

/** A solver job: its place in the queue while it waits, how far it has come, the best score so far, and a button to stop it (the best so far is kept). */
export function JobProgress({ job: initial, onFinished }: Props) {
  const { job, error, setJob } = useJob(initial);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const labelId = useId();
  const reported = useRef(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (!isJobActive(job.status) && !reported.current) {
      reported.current = true;
      finished.current(job);
    }
  }, [job]);

  async function cancel() {
    setCancelling(true);
    setCancelError(null);
    try {
      setJob(await cancelJob(job.id));
    } catch (err) {
      setCancelError(errorMessage(err));
    } finally {
      setCancelling(false);
    }
  }

  return (
    <div className="job-progress" data-testid="job-progress" data-status={job.status}>
      <Paragraph id={labelId}>
        {JOB_KIND_LABELS[job.kind]}: {JOB_STATUS_LABELS[job.status].toLocaleLowerCase('nb-NO')}, {formatPercent(job.progress)} av tiden brukt.
      </Paragraph>
      {job.queuePosition !== null && (
        <Paragraph data-size="sm" data-testid="job-queue">
          {job.queuePosition === 1 ? 'Neste i køen' : `Nummer ${job.queuePosition.toLocaleString('nb-NO')} i køen`}: beregningen starter når en av de som kjører nå, er ferdig.
        </Paragraph>
      )}
      <progress aria-labelledby={labelId} value={job.progress} max={1} data-testid="job-progress-bar" />
      <Paragraph data-size="sm" role="status" data-testid="job-score">
        Beste løsning så langt: {formatScore(job.bestHard, job.bestSoft)}.
      </Paragraph>
      {job.status === 'failed' && <Alert data-color="danger">{job.error ?? 'Beregningen feilet.'}</Alert>}
      {(error ?? cancelError) && <Alert data-color="warning">{error ?? cancelError}</Alert>}
      {isJobActive(job.status) && (
        <Button variant="secondary" data-size="sm" onClick={() => void cancel()} loading={cancelling} disabled={cancelling || job.cancelRequested} data-testid="job-cancel">
          Avbryt
        </Button>
      )}
    </div>
  );
}
