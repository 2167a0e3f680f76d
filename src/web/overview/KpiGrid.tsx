import type { ReactNode } from 'react';
import { formatInt } from '../format.ts';
import { KpiCard } from './KpiCard.tsx';

/** One key figure: where it is in a month's figures, how it reads, and its test id. */
export interface Kpi<M> {
  label: string;
  value: (month: M) => number | null;
  /** The value as text; a count (`formatInt`) unless told. */
  format?: (n: number) => string;
  /** The change as text, when it reads otherwise than the value (percentage points, decimals). */
  formatChange?: (abs: number) => string;
  detail?: (month: M) => ReactNode;
  testId: string;
}

interface Props<M> {
  month: M;
  /** The month before, if there is one. */
  previous: M | null;
  /** The month before as text, for "siden 1. januar". */
  since: string;
  kpis: readonly Kpi<M>[];
}

/** A grid of key figures, each with its change since the month before where both months have it. */
export function KpiGrid<M>({ month, previous, since, kpis }: Props<M>) {
  return (
    <div className="kpi-grid">
      {kpis.map((k) => {
        const format = k.format ?? formatInt;
        const now = k.value(month);
        const before = previous ? k.value(previous) : null;
        const change = now !== null && before !== null ? { delta: now - before, format: k.formatChange ?? format, since } : undefined;
        return (
          <KpiCard
            key={k.testId}
            label={k.label}
            value={now === null ? '–' : format(now)}
            change={change}
            detail={k.detail?.(month)}
            testId={k.testId}
          />
        );
      })}
    </div>
  );
}
