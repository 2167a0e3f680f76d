import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { usePageTitle } from '../app/use-page-title.ts';
import type { StoredRow } from '../data/record-store.ts';
import { useRecords } from '../data/use-records.ts';
import { RecordTable, type RecordTableProps } from './RecordTable.tsx';

type Props<R extends StoredRow> = Omit<RecordTableProps<R>, 'rows' | 'caption'> & {
  /** The table's caption when it differs from the title. */
  caption?: string;
  /** The page's h1, e.g. "Legekontor"; also the table's caption. */
  title: string;
  intro?: ReactNode;
  /** False while the tables the columns look names up in are loading. */
  ready?: boolean;
};

/** Every page of one kind of record: its heading, then the whole table with its actions (loaded and shared by useRecords). */
export function RecordPage<R extends StoredRow>({ title, caption, intro, ready = true, ...table }: Props<R>) {
  usePageTitle(title);
  const { rows, error } = useRecords(table.def.store);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro && <Paragraph className="page-intro">{intro}</Paragraph>}
      {error ? (
        <Alert data-color="danger">{error.message}</Alert>
      ) : !rows || !ready ? (
        <Spinner aria-label="Henter data" data-size="md" />
      ) : (
        <RecordTable {...table} rows={rows} caption={caption ?? title} />
      )}
    </>
  );
}
