import { Details, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { CapacityFigures } from '../../domain/capacity/index.ts';
import { DEFAULT_CAPACITY_TARGETS, ruleInForce, type CapacityTargetRule } from '../../domain/rules/index.ts';
import { formatDecimal, formatInt, formatMonth, formatMonthLong, formatPercent, formatPercentTrim } from '../format.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { EChart } from './EChart.tsx';
import { chartTheme } from './echarts.ts';

interface Props {
  /** Oldest first; the chart shows the last twelve. */
  trend: readonly CapacityFigures[];
  /** The municipality's own targets (the national default applies before them). */
  targets: readonly CapacityTargetRule[];
}

/** Open share per month against the target in force that month, with open places as bars; and the same as a table. */
export function TrendChart({ trend, targets }: Props) {
  const rows = useMemo(
    () =>
      trend.slice(-12).map((m) => ({
        ...m,
        target: ruleInForce([...DEFAULT_CAPACITY_TARGETS, ...targets], m.month).freeShareTarget,
      })),
    [trend, targets],
  );
  const option = useMemo(() => {
    const { text, subtle, accent, accentSurface: bar, danger, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 56, right: 64, top: 48, bottom: 32 },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? formatDecimal(v) : String(v)),
      },
      xAxis: { type: 'category', data: rows.map((r) => formatMonth(r.month)), axisLabel: { color: text } },
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
          name: 'Åpne plasser',
          nameTextStyle: { color: text },
          min: 0,
          axisLabel: { color: text, formatter: (v: number) => formatInt(v) },
          splitLine: { show: false },
        },
      ],
      series: [
        { name: 'Åpne plasser', type: 'bar', yAxisIndex: 1, data: rows.map((r) => r.openPlaces), itemStyle: { color: bar } },
        {
          name: 'Ledig andel',
          type: 'line',
          data: rows.map((r) => (r.openShare === null ? null : Math.round(r.openShare * 1000) / 10)),
          itemStyle: { color: accent },
          lineStyle: { width: 3 },
          symbolSize: 7,
        },
        {
          name: 'Mål',
          type: 'line',
          step: 'end',
          data: rows.map((r) => (r.target === null ? null : r.target * 100)),
          itemStyle: { color: danger },
          lineStyle: { type: 'dashed', width: 2 },
          symbol: 'none',
        },
      ],
    };
  }, [rows]);

  const first = rows[0];
  const last = rows.at(-1);
  const summary =
    first && last && first.openShare !== null && last.openShare !== null
      ? `Ledig andel per måned fra ${formatMonthLong(first.month)} til ${formatMonthLong(last.month)}: fra ${formatPercent(first.openShare)} til ${formatPercent(last.openShare)}` +
        (last.target !== null ? `, mot et mål på ${formatPercentTrim(last.target)}` : '') +
        `. Åpne plasser fra ${formatInt(first.openPlaces)} til ${formatInt(last.openPlaces)}. Tallene står i tabellen under.`
      : 'Utvikling i ledig andel og åpne plasser. Tallene står i tabellen under.';

  return (
    <>
      <EChart option={option} ariaLabel={summary} height={320} testId="chart-trend" />
      <Details>
        <Details.Summary>Vis tallene som tabell</Details.Summary>
        <Details.Content>
          <ScrollArea label="Ledig listekapasitet per måned">
            <Table data-size="sm" zebra data-testid="table-trend">
              <caption>Ledig listekapasitet per måned</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Måned</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Ledig andel</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Mål</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Åpne plasser</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Ledige plasser (Hdir)</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Åpne lister</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Uten fast lege</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((r) => (
                  <Table.Row key={r.month}>
                    <Table.HeaderCell scope="row">{formatMonth(r.month)}</Table.HeaderCell>
                    <Table.Cell className="numeric">{r.openShare === null ? '–' : formatPercent(r.openShare)}</Table.Cell>
                    <Table.Cell className="numeric">{r.target === null ? '–' : formatPercentTrim(r.target)}</Table.Cell>
                    <Table.Cell className="numeric">{formatInt(r.openPlaces)}</Table.Cell>
                    <Table.Cell className="numeric">{formatInt(r.netFreePlaces)}</Table.Cell>
                    <Table.Cell className="numeric">{formatInt(r.openLists)}</Table.Cell>
                    <Table.Cell className="numeric">{formatInt(r.withoutGp)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollArea>
        </Details.Content>
      </Details>
    </>
  );
}
