import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TMyShift, TSwap } from '../../contracts/roster/index.ts';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate } from '../format.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import { OfferShiftForm } from './OfferShiftForm.tsx';
import { OpenShifts } from './OpenShifts.tsx';
import { fetchMyShifts, fetchSwaps, type SwapAction } from './roster-api.ts';
import { shiftColumns } from './shift-columns.tsx';
import { SwapsTable } from './SwapsTable.tsx';

function MyShiftsTable({ shifts, offering, onOffer }: { shifts: readonly TMyShift[]; offering: number | null; onOffer: (shift: TMyShift) => void }) {
  const columns: Column<TMyShift>[] = [
    ...shiftColumns<TMyShift>((s) => s),
    { id: 'roster', header: 'Vaktplan', text: (s) => s.rosterName },
    {
      id: 'offer',
      header: 'Bytte',
      text: () => '',
      unsortable: true,
      render: (s) => (
        <Button data-size="sm" variant="secondary" aria-pressed={offering === s.id} onClick={() => onOffer(s)} aria-label={`Tilby ${s.templateName} ${formatDate(s.date)}`} data-testid={`offer-${s.id}`}>
          Tilby
        </Button>
      ),
    },
  ];
  return <DataTable caption="Mine vakter" rows={shifts} columns={columns} rowKey={(s) => s.id} testId="my-shifts" emptyText="Du har ingen vakter i publiserte vaktplaner." />;
}

/** Mine vakter: the doctor's shifts, calendar feed, swaps (offer, accept, withdraw) and open shifts to take. */
export function MyShiftsPage() {
  usePageTitle('Mine vakter');
  const { session } = useSession();
  const me = session.user.doctorId;
  const shifts = useAsync(fetchMyShifts, []);
  const swaps = useAsync(fetchSwaps, []);
  const [offering, setOffering] = useState<TMyShift | null>(null);
  const reloadAll = () => {
    shifts.reload();
    swaps.reload();
  };
  const all = swaps.data ?? [];
  const toMe = all.filter((s) => s.fromDoctorId !== me && s.status === 'offered' && (s.toDoctorId === null || s.toDoctorId === me));
  const mine = all.filter((s) => s.fromDoctorId === me);
  // Only a swap offered to me by name may be refused by me; one offered to all is simply left.
  const offeredToMe = (s: TSwap): SwapAction[] => (s.toDoctorId === me ? ['accept', 'refuse'] : ['accept']);
  const withdrawable = (s: TSwap): SwapAction[] => (s.status === 'offered' || s.status === 'accepted' ? ['withdraw'] : []);

  return (
    <>
      <Heading level={1} data-size="lg">
        Mine vakter
      </Heading>
      <Paragraph className="page-intro">Vaktene dine i publiserte vaktplaner, med tider i norsk tid. Her bytter du vakter, tar ledige vakter og henter vaktene inn i kalenderen din.</Paragraph>
      <PageSection id="sec-my-shifts" title="Vaktene mine">
        <AsyncContent state={shifts} loading="Henter vaktene dine">
          {(data) => <MyShiftsTable shifts={data} offering={offering?.id ?? null} onOffer={setOffering} />}
        </AsyncContent>
        {offering && <OfferShiftForm key={offering.id} shift={offering} doctorId={me} onOffered={swaps.reload} />}
      </PageSection>
      <CalendarFeed />
      <PageSection id="sec-swaps-to-me" title="Vakter tilbudt deg">
        <AsyncContent state={swaps} loading="Henter bytter">
          {() => <SwapsTable swaps={toMe} caption="Vakter tilbudt deg" testId="swaps-to-me" actionsFor={offeredToMe} onChanged={reloadAll} />}
        </AsyncContent>
      </PageSection>
      <PageSection id="sec-my-offers" title="Mine tilbud">
        <SwapsTable swaps={mine} caption="Mine tilbud" testId="my-offers" actionsFor={withdrawable} onChanged={reloadAll} />
      </PageSection>
      <OpenShifts onTaken={shifts.reload} />
    </>
  );
}
