import { Alert, Details, Field, Heading, Label, Link, Paragraph, Select, Spinner, Table } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { CapacityFigures } from '../../domain/capacity/index.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatCount, formatDecimal, formatInt, formatMonth, formatMonthLong, formatPercent, formatPercentTrim } from '../format.ts';
import { EChart } from '../overview/EChart.tsx';
import { chartTheme } from '../overview/echarts.ts';
import { fetchTimeline, TIMELINE_XLSX } from './capacity-api.ts';
import { IncompleteMonthsNote } from './IncompleteMonthsNote.tsx';

interface Row {
  month: string;
  figures: CapacityFigures;
  target: number | null;
  complete: boolean;
  missing: number;
}

/** Kapasitet: open places and free share per month against the target, in total or for one office. */
export function CapacityPage() {
  usePageTitle('Kapasitet');
  const { data, error, loading } = useAsync(fetchTimeline, []);
  const [office, setOffice] = useState('');

  const rows: Row[] = useMemo(() => {
    if (!data) return [];
    return data.months.flatMap((m) => {
      const base = { month: m.month, target: m.target.rule.freeShareTarget, complete: m.complete, missing: m.missingPositions };
      if (office === '') return [{ ...base, figures: m.total }];
      const o = m.offices.find((x) => String(x.officeId) === office);
      return o ? [{ ...base, figures: o.figures }] : [];
    });
  }, [data, office]);

  // An incomplete month's figures are not the municipality's: the chart leaves it out, the table marks it.
  const complete = useMemo(() => rows.filter((r) => r.complete), [rows]);
  const option = useMemo(() => {
    const { text, subtle, accent, accentSurface: bar, danger, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 56, right: 64, top: 48, bottom: 32 },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatDecimal(v) : String(v)) },
      xAxis: { type: 'category', data: complete.map((r) => formatMonth(r.month)), axisLabel: { color: text } },
      yAxis: [
        {
          type: 'value',
          name: 'Ledig andel (%)',
          nameTextStyle: { color: text },
          min: 0,
          axisLabel: { color: text, formatter: (v: number) => `${formatDecimal(v)} %` },
          splitLine: { lineStyle: { color: subtle } },
        },
        {
          type: 'value',
          name: 'Plasser',
          nameTextStyle: { color: text },
          min: 0,
          axisLabel: { color: text, formatter: (v: number) => formatInt(v) },
          splitLine: { show: false },
        },
      ],
      series: [
        { name: 'Åpne plasser', type: 'bar', yAxisIndex: 1, data: complete.map((r) => r.figures.openPlaces), itemStyle: { color: bar } },
        {
          name: 'Ledig andel',
          type: 'line',
          data: complete.map((r) => (r.figures.openShare === null ? null : Math.round(r.figures.openShare * 1000) / 10)),
          itemStyle: { color: accent },
          lineStyle: { width: 3 },
        },
        {
          name: 'Mål',
          type: 'line',
          step: 'end',
          data: complete.map((r) => (r.target === null ? null : r.target * 100)),
          itemStyle: { color: danger },
          lineStyle: { type: 'dashed', width: 2 },
          symbol: 'none',
        },
      ],
    };
  }, [complete]);

  const heading = (
    <Heading level={1} data-size="lg">
      Kapasitet
    </Heading>
  );
  if (loading && !data) {
    return (
      <>
        {heading}
        <Spinner aria-label="Henter kapasitet" data-size="md" />
      </>
    );
  }
  if (error || !data) {
    return (
      <>
        {heading}
        <Alert data-color="danger">{error?.message ?? 'Fikk ikke hentet kapasiteten.'}</Alert>
      </>
    );
  }

  const first = complete[0];
  const last = complete.at(-1);
  const officeName = office === '' ? 'hele kommunen' : (data.offices.find((o) => String(o.id) === office)?.name ?? '');
  const summary =
    first && last
      ? `Åpne plasser og ledig andel per måned for ${officeName} fra ${formatMonthLong(first.month)} til ${formatMonthLong(last.month)}` +
        (last.figures.openShare !== null ? `; siste måned ${formatPercent(last.figures.openShare)} ledig` : '') +
        (last.target !== null ? ` mot et mål på ${formatPercentTrim(last.target)}` : '') +
        '. Tallene står i tabellen under.'
      : 'Ingen måneder med listetall.';

  return (
    <>
      {heading}
      <Paragraph className="page-intro">
        Ledig listekapasitet per måned, for hele kommunen eller ett legekontor.{' '}
        <Link href={TIMELINE_XLSX} download data-testid="capacity-export">
          Last ned som Excel
        </Link>
      </Paragraph>

      <Field>
        <Label>Legekontor</Label>
        <Select value={office} onChange={(e) => setOffice(e.target.value)} data-testid="capacity-office">
          <Select.Option value="">Hele kommunen</Select.Option>
          {data.offices.map((o) => (
            <Select.Option key={o.id} value={String(o.id)}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
      </Field>

      <IncompleteMonthsNote
        months={data.months.filter((m) => !m.complete).map((m) => ({ month: m.month, missing: m.missingPositions }))}
        shownMonth={data.months.filter((m) => m.complete).at(-1)?.month ?? null}
      />
      <PageSection id="sec-capacity-chart" title={`Utvikling for ${officeName}`}>
        <EChart option={option} ariaLabel={summary} height={340} testId="capacity-chart" />
        <ScrollArea label="Kapasitet per måned">
          <Table data-size="sm" zebra data-testid="capacity-table">
            <caption>Kapasitet per måned for {officeName}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Måned</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Hjemler</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Sum listetak</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Åpne plasser</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Ledig andel</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Mål</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Åpne lister</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Venteliste</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Lister uten fast lege</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(({ month, figures: f, target, complete: full, missing }) => (
                <Table.Row key={month} data-testid="capacity-row" data-month={month} data-complete={full}>
                  <Table.HeaderCell scope="row">
                    {formatMonth(month)}
                    {full ? '' : ` (ufullstendig: ${formatCount(missing, 'hjemmel', 'hjemler')} uten tall)`}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">{formatInt(f.positions)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(f.sumListCap)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(f.openPlaces)}</Table.Cell>
                  <Table.Cell className="numeric" data-testid="capacity-open-share">
                    {f.openShare === null ? '–' : formatPercent(f.openShare)}
                  </Table.Cell>
                  <Table.Cell className="numeric">{target === null ? '–' : formatPercentTrim(target)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(f.openLists)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(f.waitingList)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(f.withoutGp)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      </PageSection>

      <Details data-testid="capacity-definitions">
        <Details.Summary>Slik regnes tallene</Details.Summary>
        <Details.Content>
          <ul>
            <li>Åpne (ledige) plasser = Σ max(0, listetak − listelengde), summert over hjemlene.</li>
            <li>Ledig andel = åpne plasser ÷ Σ listetak.</li>
            <li>
              Nye hjemler som trengs for målet t (i tillegg til dagens) = (Σ listelengder ÷ (1 − t) − Σ listetak) ÷ planlagt gjennomsnittlig listelengde.
            </li>
          </ul>
        </Details.Content>
      </Details>
    </>
  );
}
