import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MonthOverview } from '../../domain/capacity/index.ts';
import { formatInt, formatPercent } from '../format.ts';
import { targetRuleText, targetShortfalls, targetSourceText } from './target-text.ts';

/** Whether the month meets the free-capacity target, and if not, how many open places are missing. */
export function TargetStatus({ month }: { month: MonthOverview }) {
  const { capacity, target } = month;
  const share = capacity.openShare === null ? 'ukjent' : formatPercent(capacity.openShare);
  const shortfalls = targetShortfalls(target, capacity.openPlaces);
  return (
    <Alert data-color={target.met ? 'success' : 'warning'} data-testid="target-status" data-met={target.met}>
      <Heading level={3} data-size="xs">
        {target.met ? 'Målet for ledig kapasitet er nådd' : 'Ledig kapasitet er under målet'}
      </Heading>
      <Paragraph>
        {share} av listeplassene er åpne ({formatInt(capacity.openPlaces)} plasser).{' '}
        <span data-testid="target-rule">{targetRuleText(target.rule)}</span> – {targetSourceText(target.rule)}.
      </Paragraph>
      {shortfalls.map((s) => (
        <Paragraph key={s} data-testid="target-shortfall">
          <strong>{s}</strong>
        </Paragraph>
      ))}
    </Alert>
  );
}
