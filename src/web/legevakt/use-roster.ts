import { useCallback, useEffect, useState } from 'react';
import type { TRosterDetail } from '../../contracts/roster/index.ts';
import { ApiError } from '../api.ts';
import { fetchRoster } from './roster-api.ts';

export interface RosterState {
  detail: TRosterDetail | undefined;
  error: ApiError | undefined;
  /** Fetches the roster again (after a job, or when someone else changed it). */
  reload: () => void;
  /** Shows a roster the API answered with (after an edit, publish or absence) without fetching it again. */
  replace: (detail: TRosterDetail) => void;
  /**
   * Runs a change against the version the user saw; on version_conflict it fetches the roster again and says so
   * in Norwegian, so the user sees what the other person did before trying again.
   */
  guard: <T>(change: () => Promise<T>) => Promise<T>;
}

export const CONFLICT_MESSAGE = 'Noen andre har endret vaktplanen. Den er hentet på nytt: se over endringene og prøv igjen.';

/** One roster with its evaluation, kept current after each change. */
export function useRoster(id: number): RosterState {
  const [detail, setDetail] = useState<TRosterDetail | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let stale = false;
    fetchRoster(id).then(
      (d) => {
        if (stale) return;
        setDetail(d);
        setError(undefined);
      },
      (err: unknown) => {
        if (!stale) setError(err as ApiError);
      },
    );
    return () => {
      stale = true;
    };
  }, [id, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const guard = useCallback(
    async <T,>(change: () => Promise<T>): Promise<T> => {
      try {
        return await change();
      } catch (err) {
        if (err instanceof ApiError && err.code === 'version_conflict') {
          reload();
          throw new ApiError(err.status, err.code, CONFLICT_MESSAGE);
        }
        throw err;
      }
    },
    [reload],
  );
  return { detail, error, reload, replace: setDetail, guard };
}
