import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { PageSection } from '../components/PageSection.tsx';
import type { StoredRow } from '../data/record-store.ts';
import { useRecords } from '../data/use-records.ts';
import { RecordTable, type RecordTableProps } from './RecordTable.tsx';

type Props<R extends StoredRow> = Omit<RecordTableProps<R>, 'rows' | 'caption'> & {
  /** The section's id (for its h2) and title; the title is also the table's caption. */
  id: string;
  title: string;
  intro?: ReactNode;
  /** False while the tables the columns or the form look names up in are loading. */
  ready?: boolean;
};

/** One kind of record as a section of a page: its h2, then the whole table with its actions. */
export function RecordSection<R extends StoredRow>({ id, title, intro, ready = true, ...table }: Props<R>) {
  const { rows, error } = useRecords(table.def.store);
  return (
    <PageSection id={id} title={title}>
      {intro && <Paragraph>{intro}</Paragraph>}
      {error ? (
        <Alert data-color="danger">{error.message}</Alert>
      ) : !rows || !ready ? (
        <Spinner aria-label={`Henter ${title.toLocaleLowerCase('nb-NO')}`} data-size="md" />
      ) : (
        <RecordTable {...table} rows={rows} caption={title} />
      )}
    </PageSection>
  );
}
