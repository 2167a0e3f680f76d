import { useEffect, useState } from 'react';
import { isJobActive, type TJob } from '../../contracts/roster/index.ts';
import { errorMessage } from '../api.ts';
import { fetchJob } from './roster-api.ts';

const POLL_MS = 500;

/** Follows a solver job: polls it every half second while it waits or runs; the job as last seen, and a failed poll's message. */
export function useJob(initial: TJob): { job: TJob; error: string | null; setJob: (job: TJob) => void } {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const running = isJobActive(job.status);
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(() => {
      fetchJob(job.id).then(
        (next) => {
          if (stopped) return;
          setError(null);
          setJob(next);
        },
        (err: unknown) => {
          if (stopped) return;
          setError(errorMessage(err));
          // Try again: a poll that failed once (a busy server) should not end the follow-up.
          setJob((j) => ({ ...j }));
        },
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job, running]);
  return { job, error, setJob };
}
