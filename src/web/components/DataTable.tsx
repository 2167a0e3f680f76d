import { Pagination, Select, Field, Label, Paragraph, Search, Table, usePagination } from '@digdir/designsystemet-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { Option } from '../forms/field-spec.ts';
import { formatInt } from '../format.ts';
import { ScrollArea } from './ScrollArea.tsx';

export interface Column<T> {
  id: string;
  header: string;
  /** Display text; also what the search field matches. */
  text: (row: T) => string;
  /** What the column sorts by (numbers sort as numbers); defaults to the text. */
  sortValue?: (row: T) => string | number | boolean | null;
  /** Rich cell content (a link, a tag); defaults to the text. */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /** Not sortable (e.g. a column of buttons). */
  unsortable?: boolean;
}

export interface TableFilter<T> {
  id: string;
  label: string;
  options: readonly Option[];
  /** Label of the "no filter" option; omit to force a choice (e.g. a month). */
  allLabel?: string;
  initial?: string;
  test: (row: T, value: string) => boolean;
}

/** A filter on one value of the row, with "Alle" for no filter (a status, an office). */
export function valueFilter<T>(f: {
  id: string;
  label: string;
  options: readonly Option[];
  value: (row: T) => string | number | undefined;
  allLabel?: string;
}): TableFilter<T> {
  return { id: f.id, label: f.label, allLabel: f.allLabel ?? 'Alle', options: f.options, test: (row, v) => String(f.value(row)) === v };
}

interface Props<T> {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string | number;
  filters?: readonly TableFilter<T>[];
  initialSort?: { column: string; direction: 'ascending' | 'descending' };
  pageSize?: number;
  searchLabel?: string;
  testId: string;
  emptyText?: string;
  /** Shown in the toolbar to the right of the filters (e.g. "Eksporter til Excel", "Ny …"). */
  actions?: ReactNode;
}

/** "Viser alle 54 rader", "Viser 3 av 54 rader", "Viser 1 rad". */
function countText(shown: number, total: number): string {
  const noun = (n: number) => (n === 1 ? 'rad' : 'rader');
  if (shown === total) return total === 1 ? 'Viser 1 rad' : `Viser alle ${formatInt(total)} rader`;
  return `Viser ${formatInt(shown)} av ${formatInt(total)} ${noun(total)}`;
}

const collator = new Intl.Collator('nb-NO', { numeric: true, sensitivity: 'base' });

function compare(a: string | number | boolean | null, b: string | number | boolean | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // empty last
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? -1 : 1;
  return collator.compare(String(a), String(b));
}

/** A table that sorts by clicking its column headers (aria-sort), filters by search and selects, and pages. */
export function DataTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  filters = [],
  initialSort,
  pageSize = 100,
  searchLabel = 'Søk i tabellen',
  testId,
  emptyText = 'Ingen rader å vise.',
  actions,
}: Props<T>) {
  const [query, setQuery] = useState('');
  // A search field over a handful of rows is noise; it appears once there is something to search in.
  const searchable = rows.length > 10 || filters.length > 0;
  const [filterValues, setFilterValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(filters.map((f) => [f.id, f.initial ?? (f.allLabel === undefined ? (f.options[0]?.value ?? '') : '')])),
  );
  const [sort, setSort] = useState(initialSort ?? null);
  const [page, setPage] = useState(1);

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nb-NO');
    const filtered = rows.filter(
      (row) =>
        filters.every((f) => {
          const v = filterValues[f.id] ?? '';
          return v === '' || f.test(row, v);
        }) && (q === '' || columns.some((c) => c.text(row).toLocaleLowerCase('nb-NO').includes(q))),
    );
    if (!sort) return filtered;
    const col = columns.find((c) => c.id === sort.column);
    if (!col) return filtered;
    const key = col.sortValue ?? col.text;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...filtered].sort((a, b) => sign * compare(key(a), key(b)));
  }, [rows, columns, filters, filterValues, query, sort]);

  const totalPages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, totalPages);
  const shown = visible.slice((current - 1) * pageSize, current * pageSize);
  const { pages, prevButtonProps, nextButtonProps } = usePagination({ currentPage: current, totalPages, setCurrentPage: setPage, showPages: 7 });

  const toggleSort = (column: string) => {
    setPage(1);
    setSort((s) =>
      s?.column === column ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' },
    );
  };

  return (
    <div className="data-table" data-testid={testId}>
      {(searchable || filters.length > 0 || actions) && (
        <div className="table-toolbar">
          {searchable && (
            <Field className="toolbar-search">
              <Label>{searchLabel}</Label>
              <Search>
                <Search.Input
                  aria-label={searchLabel}
                  value={query}
                  data-testid={`${testId}-search`}
                  onChange={(e) => {
                    setQuery(e.target.value);
                    setPage(1);
                  }}
                />
                <Search.Clear aria-label="Tøm søket" onClick={() => setQuery('')} />
              </Search>
            </Field>
          )}
          {filters.map((f) => (
            <Field key={f.id} className="toolbar-filter">
              <Label>{f.label}</Label>
              <Select
                value={filterValues[f.id] ?? ''}
                data-testid={`${testId}-filter-${f.id}`}
                onChange={(e) => {
                  setFilterValues((v) => ({ ...v, [f.id]: e.target.value }));
                  setPage(1);
                }}
              >
                {f.allLabel !== undefined && <Select.Option value="">{f.allLabel}</Select.Option>}
                {f.options.map((o) => (
                  <Select.Option key={o.value} value={o.value}>
                    {o.label}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ))}
          {actions && <div className="toolbar-actions">{actions}</div>}
        </div>
      )}
      <Paragraph data-size="sm" role="status" data-testid={`${testId}-count`}>
        {countText(visible.length, rows.length)}
        {totalPages > 1 ? `, side ${current} av ${totalPages}` : ''}.
      </Paragraph>
      <ScrollArea label={caption}>
        <Table zebra border data-size="sm">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((c) => {
                const state = c.unsortable ? undefined : sort?.column === c.id ? sort.direction : 'none';
                return (
                  <Table.HeaderCell
                    key={c.id}
                    sort={state}
                    className={c.numeric ? 'numeric' : undefined}
                    onClick={c.unsortable ? undefined : () => toggleSort(c.id)}
                    data-testid={`${testId}-sort-${c.id}`}
                  >
                    {c.header}
                  </Table.HeaderCell>
                );
              })}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((row) => (
              <Table.Row key={rowKey(row)} data-testid={`${testId}-row`}>
                {columns.map((c) => (
                  <Table.Cell key={c.id} className={c.numeric ? 'numeric' : undefined} data-column={c.id}>
                    {c.render ? c.render(row) : c.text(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
            {shown.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={columns.length}>{emptyText}</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      </ScrollArea>
      {totalPages > 1 && (
        <Pagination aria-label={`Sider i ${caption.toLocaleLowerCase('nb-NO')}`}>
          <Pagination.List>
            <Pagination.Item>
              <Pagination.Button {...prevButtonProps} aria-label="Forrige side">
                Forrige
              </Pagination.Button>
            </Pagination.Item>
            {pages.map(({ page: p, itemKey, buttonProps }) => (
              <Pagination.Item key={itemKey}>
                {typeof p === 'number' && (
                  <Pagination.Button {...buttonProps} aria-label={`Side ${p}`}>
                    {p}
                  </Pagination.Button>
                )}
              </Pagination.Item>
            ))}
            <Pagination.Item>
              <Pagination.Button {...nextButtonProps} aria-label="Neste side">
                Neste
              </Pagination.Button>
            </Pagination.Item>
          </Pagination.List>
        </Pagination>
      )}
    </div>
  );
}
