import { Alert, Button, Link } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { AppLink } from '../app/AppLink.tsx';
import { useSession } from '../app/session.tsx';
import { DataTable, type Column, type TableFilter } from '../components/DataTable.tsx';
import { registryApi, type EntityName, type RegistryRows } from '../data/registry-api.ts';
import type { RecordDef } from './record-def.ts';
import { RecordDialog } from './RecordDialog.tsx';

export interface RecordTableProps<N extends EntityName> {
  def: RecordDef<N>;
  rows: readonly RegistryRows[N][];
  caption: string;
  columns: readonly Column<RegistryRows[N]>[];
  filters?: readonly TableFilter<RegistryRows[N]>[];
  initialSort?: { column: string; direction: 'ascending' | 'descending' };
  /** The column whose cell opens the record. */
  openColumn: string;
  /** Records with a page of their own (Hjemler) open it instead of the dialog. */
  href?: (row: RegistryRows[N]) => string;
  /** Values a new record starts with (beyond def.defaults). */
  newDefaults?: Record<string, unknown>;
  /** Offer the API's .xlsx export of the whole table (not for a table showing part of one). */
  exportable?: boolean;
  pageSize?: number;
  testId: string;
}

/** A registry table with its actions: open a record (dialog or page), "Ny …" for writers, Excel export. */
export function RecordTable<N extends EntityName>(props: RecordTableProps<N>) {
  const { def, rows, caption, columns, filters, initialSort, openColumn, href, newDefaults, exportable = true, pageSize, testId } = props;
  const { canWrite } = useSession();
  const [open, setOpen] = useState<{ record: RegistryRows[N] | null } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const withOpener = useMemo(
    () =>
      columns.map((c) => {
        if (c.id !== openColumn) return c;
        const inner = (row: RegistryRows[N]) => (c.render ? c.render(row) : c.text(row));
        return {
          ...c,
          render: (row: RegistryRows[N]) =>
            href ? (
              <AppLink href={href(row)} data-testid={`${testId}-open`}>
                {inner(row)}
              </AppLink>
            ) : (
              <Link asChild>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${canWrite ? 'Rediger' : 'Vis'} ${def.title(row as Record<string, unknown>)}`}
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

  const actions = (exportable || canWrite) && (
    <>
      {exportable && (
        <Button asChild variant="secondary" data-size="sm">
          <a href={registryApi.exportUrl(def.entity)} download data-testid={`${testId}-export`}>
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
