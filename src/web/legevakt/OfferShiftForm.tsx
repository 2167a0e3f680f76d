import { Alert, Spinner } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { ZSwapOffer, type TMyShift, type TSwapOffer } from '../../contracts/roster/index.ts';
import { ActionForm } from '../forms/ActionForm.tsx';
import type { FieldSpec } from '../forms/field-spec.ts';
import { useAsync } from '../data/use-async.ts';
import { formatDate } from '../format.ts';
import { fetchRoster, offerSwap } from './roster-api.ts';

interface Props {
  shift: TMyShift;
  /** The doctor offering it (left out of the colleagues). */
  doctorId: number | null;
  onOffered: () => void;
}

const INITIAL = { note: '' };

/** Offers one of the doctor's shifts to a colleague of the same roster, or to all of them. */
export function OfferShiftForm({ shift, doctorId, onOffered }: Props) {
  const roster = useAsync(() => fetchRoster(shift.rosterId), [shift.rosterId]);
  const fixed = useMemo(() => ({ shiftId: shift.id }), [shift.id]);
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        kind: 'select',
        name: 'toDoctorId',
        label: 'Tilby til',
        numeric: true,
        nullable: true,
        emptyLabel: 'Alle kolleger',
        options: (roster.data?.doctors ?? []).filter((d) => d.id !== doctorId).map((d) => ({ value: String(d.id), label: d.name })),
      },
      { kind: 'text', name: 'note' },
    ],
    [roster.data, doctorId],
  );
  if (roster.error) return <Alert data-color="danger">{roster.error.message}</Alert>;
  if (!roster.data) return <Spinner aria-label="Henter kollegene" data-size="sm" />;
  return (
    <ActionForm
      key={shift.id}
      title={`Tilby ${shift.templateName} ${formatDate(shift.date)}`}
      fields={fields}
      schema={ZSwapOffer}
      initial={INITIAL}
      fixed={fixed}
      submitLabel="Tilby vakten"
      testId="offer-form"
      onSubmit={async (input) => {
        const swap = await offerSwap(input as TSwapOffer);
        onOffered();
        return `Vakten er tilbudt ${swap.toDoctorName ?? 'alle kollegene'}.`;
      }}
    />
  );
}
