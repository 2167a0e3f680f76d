import { Alert, Button, Link } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { AppLink } from '../app/AppLink.tsx';
import { useSession } from '../app/session.tsx';
import { DataTable, type Column, type TableFilter } from '../components/DataTable.tsx';
import type { StoredRow } from '../data/record-store.ts';
import type { RecordDef } from './record-def.ts';
import { RecordDialog } from './RecordDialog.tsx';

export interface RecordTableProps<R extends StoredRow> {
  def: RecordDef<R>;
  rows: readonly R[];
  caption: string;
  columns: readonly Column<R>[];
  filters?: readonly TableFilter<R>[];
  /** The column whose cell opens the record; the first column unless told. */
  openColumn?: string;
  /** By the open column, ascending, unless told. */
  initialSort?: { column: string; direction: 'ascending' | 'descending' };
  /** Records with a page of their own (Hjemler) open it instead of the dialog. */
  href?: (row: R) => string;
  /** Values a new record starts with (beyond def.defaults). */
  newDefaults?: Record<string, unknown>;
  /** Offer the API's .xlsx export of the whole table, where it has one (not for a table showing part of one). */
  exportable?: boolean;
  pageSize?: number;
  /** `<entity>-table` unless told (a second table of the same records on one page needs its own). */
  testId?: string;
}

/** A table of records with its actions: open a record (dialog or page), "Ny …" for writers, Excel export. */
export function RecordTable<R extends StoredRow>(props: RecordTableProps<R>) {
  const { def, rows, caption, columns, filters, href, newDefaults, exportable = true, pageSize } = props;
  const openColumn = props.openColumn ?? columns[0]?.id;
  const initialSort = props.initialSort ?? (openColumn ? { column: openColumn, direction: 'ascending' } : undefined);
  const testId = props.testId ?? `${def.store.entity}-table`;
  const exportUrl = exportable ? def.store.exportUrl : undefined;
  const { canWrite } = useSession();
  const [open, setOpen] = useState<{ record: R | null } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const withOpener = useMemo(
    () =>
      columns.map((c) => {
        if (c.id !== openColumn) return c;
        const inner = (row: R) => (c.render ? c.render(row) : c.text(row));
        return {
          ...c,
          render: (row: R) =>
            href ? (
              <AppLink href={href(row)} data-testid={`${testId}-open`}>
                {inner(row)}
              </AppLink>
            ) : (
              <Link asChild>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${canWrite ? 'Rediger' : 'Vis'} ${def.title(row)}`}
                  onClick={() => {
                    setStatus(null);
                    setOpen({ record: row });
                  }}
                  data-testid={`${testId}-open`}
                >
                  {inner(row)}
                </button>
              </Link>
            ),
        };
      }),
    [columns, openColumn, href, canWrite, def, testId],
  );

  const actions = (exportUrl || canWrite) && (
    <>
      {exportUrl && (
        <Button asChild variant="secondary" data-size="sm">
          <a href={exportUrl} download data-testid={`${testId}-export`}>
            Eksporter til Excel
          </a>
        </Button>
      )}
      {canWrite && (
        <Button
          data-size="sm"
          onClick={() => {
            setStatus(null);
            setOpen({ record: null });
          }}
          data-testid={`${testId}-new`}
        >
          {def.newLabel}
        </Button>
      )}
    </>
  );

  return (
    <>
      {status && (
        <Alert data-color="success" role="status" data-testid={`${testId}-status`}>
          {status}
        </Alert>
      )}
      <DataTable
        caption={caption}
        rows={rows}
        columns={withOpener}
        rowKey={(r) => r.id}
        filters={filters}
        initialSort={initialSort}
        pageSize={pageSize}
        testId={testId}
        actions={actions}
      />
      {open && (
        <RecordDialog
          def={def}
          record={open.record}
          defaults={newDefaults}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setStatus(message);
          }}
        />
      )}
    </>
  );
}
