import { Tag } from '@digdir/designsystemet-react';
import type { TSnapshotImportPreviewRow } from '../../contracts/imports/snapshot-import.ts';
import { DataTable, type Column, type TableFilter } from '../components/DataTable.tsx';
import { formatInt, formatMonth } from '../format.ts';

const num = (n: number | null) => (n === null ? '–' : formatInt(n));
const month = (m: string | null) => (m === null ? '–' : /^\d{4}-\d{2}-01$/.test(m) ? formatMonth(m) : m);

function status(r: TSnapshotImportPreviewRow): 'error' | 'update' | 'new' {
  if (r.errors.length > 0) return 'error';
  return r.existing ? 'update' : 'new';
}
const STATUS_LABELS = { error: 'Feil', update: 'Oppdaterer', new: 'Ny' } as const;
const STATUS_COLORS = { error: 'danger', update: 'info', new: 'success' } as const;

const columns: Column<TSnapshotImportPreviewRow>[] = [
  { id: 'row', header: 'Rad', numeric: true, text: (r) => String(r.rowNumber), sortValue: (r) => r.rowNumber },
  { id: 'position', header: 'Hjemmel-ID', text: (r) => r.values.positionCode ?? '–' },
  { id: 'month', header: 'Måned', text: (r) => month(r.values.month), sortValue: (r) => r.values.month },
  { id: 'listLength', header: 'Listelengde', numeric: true, text: (r) => num(r.values.listLength), sortValue: (r) => r.values.listLength },
  { id: 'listCap', header: 'Listetak', numeric: true, text: (r) => num(r.values.listCap), sortValue: (r) => r.values.listCap },
  { id: 'waitingList', header: 'Venteliste', numeric: true, text: (r) => num(r.values.waitingList), sortValue: (r) => r.values.waitingList },
  {
    id: 'status',
    header: 'Status',
    text: (r) => [STATUS_LABELS[status(r)], ...r.errors].join(' '),
    sortValue: (r) => status(r),
    render: (r) => (
      <>
        <Tag data-color={STATUS_COLORS[status(r)]} data-size="sm">
          {STATUS_LABELS[status(r)]}
        </Tag>
        {r.errors.length > 0 && (
          <ul className="row-errors">
            {r.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </>
    ),
  },
];

const filters: TableFilter<TSnapshotImportPreviewRow>[] = [
  {
    id: 'status',
    label: 'Vis rader',
    allLabel: 'Alle',
    options: [
      { value: 'error', label: 'Med feil' },
      { value: 'new', label: 'Nye' },
      { value: 'update', label: 'Oppdaterer' },
    ],
    test: (r, v) => status(r) === v,
  },
];

/** The rows as the server read them, with what importing each would do, or why it cannot. */
export function PreviewTable({ rows }: { rows: readonly TSnapshotImportPreviewRow[] }) {
  return (
    <DataTable
      caption="Forhåndsvisning av importen"
      rows={rows}
      columns={columns}
      rowKey={(r) => r.rowNumber}
      filters={filters}
      initialSort={{ column: 'row', direction: 'ascending' }}
      testId="import-preview-table"
    />
  );
}
