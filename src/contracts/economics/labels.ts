import type { GoalStatus, MeasureStatus } from '../../domain/economics/index.ts';

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  recommended: 'Anbefalt',
  adopted: 'Vedtatt',
  later: 'Senere / ved mulighet',
  rejected: 'Forkastet',
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Ikke startet',
  in_progress: 'Pågår',
  done: 'Gjennomført',
  postponed: 'Utsatt',
  rejected: 'Forkastet',
};

export const GOAL_DIRECTION_LABELS = { at_least: 'Minst', at_most: 'Høyst' } as const;

