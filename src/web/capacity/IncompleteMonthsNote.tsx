import { Alert } from '@digdir/designsystemet-react';
import { AppLink } from '../app/AppLink.tsx';
import { formatCount, formatDayMonth, formatMonthLong } from '../format.ts';

/**
 * Months whose list figures lack some positions are not used as the municipality's figures (domain/capacity
 * complete-month.ts): say which, what is shown instead, and where the rest is entered.
 */
export function IncompleteMonthsNote({ months, shownMonth }: { months: readonly { month: string; missing: number }[]; shownMonth: string | null }) {
  if (months.length === 0) return null;
  const list = months.map((m) => `${formatMonthLong(m.month)} (${formatCount(m.missing, 'hjemmel', 'hjemler')} uten tall)`).join(', ');
  return (
    <Alert data-color="warning" data-testid="incomplete-months">
      Listetallene for {list} er ufullstendige og brukes ikke i nøkkeltallene.
      {shownMonth === null ? '' : ` Tallene gjelder ${formatDayMonth(shownMonth)}, siste måned med tall for alle hjemler.`} Legg inn de manglende under{' '}
      <AppLink href="/listetall">Listetall</AppLink> eller importer dem under <AppLink href="/import">Import</AppLink>.
    </Alert>
  );
}
