import { AsyncContent } from '../components/AsyncContent.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { fetchSwaps } from './roster-api.ts';
import { SwapsTable } from './SwapsTable.tsx';

/** The coordinator's queue: swaps a colleague has accepted, waiting for approval (approving moves the shift). */
export function SwapApprovals({ rosterId, onChanged }: { rosterId: number; onChanged: () => void }) {
  const swaps = useAsync(fetchSwaps, []);
  return (
    <PageSection id="sec-roster-swaps" title="Bytter som venter på godkjenning">
      <AsyncContent state={swaps} loading="Henter bytter">
        {(items) => (
          <SwapsTable
            swaps={items.filter((s) => s.rosterId === rosterId && s.status === 'accepted')}
            caption="Bytter som venter på godkjenning"
            testId="roster-swaps"
            actionsFor={() => ['approve', 'refuse']}
            onChanged={() => {
              swaps.reload();
              onChanged();
            }}
          />
        )}
      </AsyncContent>
    </PageSection>
  );
}
