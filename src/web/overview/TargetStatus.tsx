import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MonthOverview } from '../../domain/capacity/index.ts';
import { formatInt, formatPercent } from '../format.ts';
import { targetRuleText, targetSourceText } from './target-text.ts';

/**
 * The month's free capacity against the target. A target that is met is confirmed here; one that is missed is the
 * alert under «Varsler» (with the places that are missing), so this only states the figures and points there.
 */
export function TargetStatus({ month }: { month: MonthOverview }) {
  const { capacity, target } = month;
  const share = capacity.openShare === null ? 'ukjent' : formatPercent(capacity.openShare);
  const figures = (
    <>
      {share} av listeplassene er åpne ({formatInt(capacity.openPlaces)} plasser).{' '}
      <span data-testid="target-rule">{targetRuleText(target.rule)}</span> – {targetSourceText(target.rule)}.
    </>
  );
  if (!target.met) {
    return (
      <Paragraph data-testid="target-status" data-met={false}>
        {figures} Målet er ikke nådd: se varselet under <a href="#sec-alerts">Varsler</a>.
      </Paragraph>
    );
  }
  return (
    <Alert data-color="success" data-testid="target-status" data-met>
      <Heading level={3} data-size="xs">
        Målet for ledig kapasitet er nådd
      </Heading>
      <Paragraph>{figures}</Paragraph>
    </Alert>
  );
}
