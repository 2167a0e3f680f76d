import { Tag } from '@digdir/designsystemet-react';
import type { TRosterSummary } from '../../contracts/roster/index.ts';
import { ROSTER_STATUS_LABELS } from './roster-format.ts';

/** A roster's status as a tag: draft or published. */
export function RosterStatusTag({ status }: { status: TRosterSummary['status'] }) {
  return (
    <Tag data-color={status === 'published' ? 'success' : 'warning'} data-size="sm">
      {ROSTER_STATUS_LABELS[status]}
    </Tag>
  );
}
