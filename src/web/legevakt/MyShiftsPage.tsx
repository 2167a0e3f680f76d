import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TMyShift, TSwap } from '../../contracts/roster/index.ts';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate } from '../format.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import { OfferShiftForm } from './OfferShiftForm.tsx';
import { OpenShifts } from './OpenShifts.tsx';
import { fetchMyShifts, fetchSwaps, type SwapAction } from './roster-api.ts';
import { formatShiftTime, weekdayOf } from './roster-format.ts';
import { SwapsTable } from './SwapsTable.tsx';

function MyShiftsTable({ shifts, offering, onOffer }: { shifts: readonly TMyShift[]; offering: number | null; onOffer: (shift: TMyShift) => void }) {
  return (
    <ScrollArea label="Mine vakter">
      <Table data-size="sm" zebra data-testid="my-shifts">
        <caption className="visually-hidden">Mine vakter</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Dato</Table.HeaderCell>
            <Table.HeaderCell>Dag</Table.HeaderCell>
            <Table.HeaderCell>Vakt</Table.HeaderCell>
            <Table.HeaderCell>Tid</Table.HeaderCell>
            <Table.HeaderCell>Vaktplan</Table.HeaderCell>
            <Table.HeaderCell>Bytte</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {shifts.map((s) => (
            <Table.Row key={s.id} data-testid="my-shifts-row">
              <Table.Cell>{formatDate(s.date)}</Table.Cell>
              <Table.Cell>{weekdayOf(s.date)}</Table.Cell>
              <Table.Cell>{s.templateName}</Table.Cell>
              <Table.Cell>{formatShiftTime(s.startsAt, s.endsAt)}</Table.Cell>
              <Table.Cell>{s.rosterName}</Table.Cell>
              <Table.Cell>
                <Button data-size="sm" variant="secondary" aria-pressed={offering === s.id} onClick={() => onOffer(s)} aria-label={`Tilby ${s.templateName} ${formatDate(s.date)}`} data-testid={`offer-${s.id}`}>
                  Tilby
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
          {shifts.length === 0 && (
            <Table.Row>
              <Table.Cell colSpan={6}>Du har ingen vakter i publiserte vaktplaner.</Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
    </ScrollArea>
  );
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
          {() => <SwapsTable swaps={toMe} caption="Vakter tilbudt deg" testId="swaps-to-me" actionsFor={() => ['accept']} onChanged={reloadAll} />}
        </AsyncContent>
      </PageSection>
      <PageSection id="sec-my-offers" title="Mine tilbud">
        <SwapsTable swaps={mine} caption="Mine tilbud" testId="my-offers" actionsFor={withdrawable} onChanged={reloadAll} />
      </PageSection>
      <OpenShifts onTaken={shifts.reload} />
    </>
  );
}
