import { Button, Field, Label, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { TRosterDetail, TRosterShift } from '../../contracts/roster/index.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDate } from '../format.ts';
import { datesOf, gridPages, type GridPaging } from './roster-grid-pages.ts';
import { weekdayOf } from './roster-format.ts';

interface Props {
  detail: TRosterDetail;
  /** Planners click a cell to change who holds the shift; others only look. */
  onEdit?: (shift: TRosterShift) => void;
}

/** The roster as a grid, a week or a month at a time: a row per date (weekday, holiday), a column per kind of shift. */
export function RosterGrid({ detail, onEdit }: Props) {
  const [paging, setPaging] = useState<GridPaging>('week');
  const [index, setIndex] = useState(0);
  const { roster, templates } = detail;
  const pages = useMemo(() => gridPages(roster.start, roster.end, paging), [roster.start, roster.end, paging]);
  const page = pages[Math.min(index, pages.length - 1)]!;
  const names = useMemo(() => new Map(detail.doctors.map((d) => [d.id, d.name])), [detail.doctors]);
  const cells = useMemo(() => {
    const map = new Map<string, TRosterShift[]>();
    for (const s of detail.shifts) {
      const key = `${s.date}|${s.templateId}`;
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    }
    return map;
  }, [detail.shifts]);
  // Cells involved in a hard violation are marked, so the planner sees where to look.
  const broken = useMemo(() => {
    const set = new Set<string>();
    for (const v of detail.evaluation.violations)
      if (v.level === 'hard') for (const date of v.dates) for (const t of v.templateIds.length > 0 ? v.templateIds : templates.map((x) => x.id)) set.add(`${date}|${t}`);
    return set;
  }, [detail.evaluation.violations, templates]);

  const doctorName = (id: number | null) => (id === null ? 'Ledig' : (names.get(id) ?? `Lege ${id}`));

  return (
    <div className="roster-grid" data-testid="roster-grid">
      <div className="table-toolbar">
        <Field className="toolbar-filter">
          <Label>Vis</Label>
          <Select
            value={paging}
            data-testid="roster-grid-paging"
            onChange={(e) => {
              setPaging(e.target.value as GridPaging);
              setIndex(0);
            }}
          >
            <Select.Option value="week">Uke for uke</Select.Option>
            <Select.Option value="month">Måned for måned</Select.Option>
          </Select>
        </Field>
        <div className="button-row">
          <Button variant="secondary" data-size="sm" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))} data-testid="roster-grid-prev">
            Forrige
          </Button>
          <Paragraph data-size="sm" role="status" data-testid="roster-grid-page">
            {page.label} ({Math.min(index, pages.length - 1) + 1} av {pages.length})
          </Paragraph>
          <Button variant="secondary" data-size="sm" disabled={index >= pages.length - 1} onClick={() => setIndex((i) => Math.min(pages.length - 1, i + 1))} data-testid="roster-grid-next">
            Neste
          </Button>
        </div>
      </div>
      <ScrollArea label={`Vaktplan ${page.label}`}>
        <Table data-size="sm" border>
          <caption className="visually-hidden">Vaktplan {page.label}: en rad per dag, en kolonne per vakttype</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Dato</Table.HeaderCell>
              {templates.map((t) => (
                <Table.HeaderCell key={t.id}>
                  {new Set(templates.map((x) => x.district)).size > 1 && <span className="grid-time">{t.district}: </span>}
                  {t.name}{' '}
                  <span className="grid-time">
                    ({t.start}–{t.end})
                  </span>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {datesOf(page.from, page.to).map((date) => {
              const holiday = detail.holidays[date];
              return (
                <Table.Row key={date} data-date={date}>
                  <Table.HeaderCell scope="row" className="grid-date">
                    {weekdayOf(date)} {formatDate(date)}
                    {holiday && (
                      <>
                        {' '}
                        <Tag data-color="info" data-size="sm">
                          {holiday}
                        </Tag>
                      </>
                    )}
                  </Table.HeaderCell>
                  {templates.map((t) => {
                    const key = `${date}|${t.id}`;
                    const shifts = cells.get(key) ?? [];
                    return (
                      <Table.Cell key={t.id} data-testid={`cell-${date}-${t.id}`} data-broken={broken.has(key) || undefined} className="grid-cell">
                        {shifts.length === 0
                          ? '–'
                          : shifts.map((s) => {
                              const name = doctorName(s.doctorId);
                              const content = s.doctorId === null ? <Tag data-color="danger" data-size="sm">Ledig</Tag> : name;
                              return onEdit ? (
                                <Button
                                  key={s.id}
                                  variant="tertiary"
                                  data-size="sm"
                                  onClick={() => onEdit(s)}
                                  aria-label={`${t.name} ${formatDate(date)}: ${name}. Endre`}
                                  data-testid={`shift-${s.id}`}
                                >
                                  {content}
                                </Button>
                              ) : (
                                <div key={s.id} data-testid={`shift-${s.id}`}>
                                  {content}
                                </div>
                              );
                            })}
                      </Table.Cell>
                    );
                  })}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollArea>
    </div>
  );
}
