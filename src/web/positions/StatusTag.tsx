import { Tag } from '@digdir/designsystemet-react';
import { POSITION_STATUS_LABELS } from '../../contracts/registry/index.ts';
import type { PositionStatus } from '../../domain/registry/index.ts';

function color(status: PositionStatus): string {
  switch (status) {
    case 'active':
      return 'success';
    case 'vacant':
      return 'danger';
    case 'advertised':
      return 'warning';
    case 'substitute':
      return 'info';
  }
}

/** A position's status as a coloured tag with its Norwegian label. */
export function StatusTag({ status }: { status: PositionStatus }) {
  return (
    <Tag data-color={color(status)} data-size="sm" data-testid="position-status">
      {POSITION_STATUS_LABELS[status]}
    </Tag>
  );
}
