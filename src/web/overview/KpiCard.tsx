import { Card, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { formatChange } from '../format.ts';

interface Props {
  label: string;
  value: string;
  /** Change since the month before, in the figure's own unit; omitted when there is no month before. */
  change?: { delta: number; format: (abs: number) => string; since: string };
  /** A smaller line under the value (e.g. "av 54 hjemler"). */
  detail?: ReactNode;
  testId: string;
}

/** One key figure with its change since the month before (↑/↓ and the number). */
export function KpiCard({ label, value, change, detail, testId }: Props) {
  const c = change ? formatChange(change.delta, change.format) : null;
  return (
    <Card data-color="neutral" className="kpi" data-testid={testId}>
      <Paragraph data-size="sm" className="kpi-label">
        {label}
      </Paragraph>
      <Paragraph data-size="xl" className="kpi-value" data-testid={`${testId}-value`}>
        {value}
      </Paragraph>
      {c && change && (
        <Paragraph data-size="sm" className={`kpi-change kpi-${c.direction}`} data-testid={`${testId}-change`}>
          <span aria-hidden="true">{c.text}</span>
          <span className="visually-hidden">{c.spoken}</span> siden {change.since}
        </Paragraph>
      )}
      {detail && (
        <Paragraph data-size="sm" className="kpi-detail">
          {detail}
        </Paragraph>
      )}
    </Card>
  );
}
