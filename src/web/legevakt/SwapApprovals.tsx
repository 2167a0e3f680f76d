import { Alert, Spinner } from '@digdir/designsystemet-react';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { fetchSwaps } from './roster-api.ts';
import { SwapsTable } from './SwapsTable.tsx';

/** The coordinator's queue: swaps a colleague has accepted, waiting for approval (approving moves the shift). */
export function SwapApprovals({ rosterId, onChanged }: { rosterId: number; onChanged: () => void }) {
  const swaps = useAsync(fetchSwaps, []);
  const waiting = (swaps.data ?? []).filter((s) => s.rosterId === rosterId && s.status === 'accepted');
  return (
    <PageSection id="sec-roster-swaps" title="Bytter som venter på godkjenning">
      {swaps.error ? (
        <Alert data-color="danger">{swaps.error.message}</Alert>
      ) : !swaps.data ? (
        <Spinner aria-label="Henter bytter" data-size="md" />
      ) : (
        <SwapsTable
          swaps={waiting}
          caption="Bytter som venter på godkjenning"
          testId="roster-swaps"
          actionsFor={() => ['approve', 'refuse']}
          onChanged={() => {
            swaps.reload();
            onChanged();
          }}
        />
      )}
    </PageSection>
  );
}
