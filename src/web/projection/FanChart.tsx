import { Details, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { MonteCarlo } from '../../domain/projection/index.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDecimal, formatInt } from '../format.ts';
import { EChart } from '../overview/EChart.tsx';
import { chartTheme } from '../overview/echarts.ts';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The gap's P10–P90 band with the median, from the scenario's Monte Carlo; and the same as a table. */
export function FanChart({ monteCarlo, name }: { monteCarlo: MonteCarlo; name: string }) {
  const years = monteCarlo.years;
  const option = useMemo(() => {
    const { text, subtle, accent, accentSurface, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 56, right: 24, top: 48, bottom: 32 },
      legend: { top: 0, textStyle: { color: text }, data: ['P10–P90', 'P50 (median)'] },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatDecimal(v) : String(v)) },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)), axisLabel: { color: text } },
      yAxis: {
        type: 'value',
        name: 'Gap (hjemler)',
        nameTextStyle: { color: text },
        axisLabel: { color: text, formatter: (v: number) => formatDecimal(v) },
        splitLine: { lineStyle: { color: subtle } },
      },
      series: [
        { name: 'P10', type: 'line', stack: 'band', data: years.map((y) => r1(y.gap.p10)), lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
        {
          name: 'P10–P90',
          type: 'line',
          stack: 'band',
          data: years.map((y) => r1(y.gap.p90 - y.gap.p10)),
          lineStyle: { opacity: 0 },
          areaStyle: { color: accentSurface },
          itemStyle: { color: accentSurface },
          symbol: 'none',
        },
        { name: 'P50 (median)', type: 'line', data: years.map((y) => r1(y.gap.p50)), itemStyle: { color: accent }, lineStyle: { width: 3 } },
      ],
    };
  }, [years]);
  const last = years.at(-1);
  const label = last
    ? `Viftediagram for «${name}»: gapet mellom hjemler som trengs og hjemler i dag, med 80 % usikkerhetsintervall fra ${formatInt(monteCarlo.runs)} simuleringer. ` +
      `I ${last.year}: median ${formatDecimal(last.gap.p50)}, mellom ${formatDecimal(last.gap.p10)} og ${formatDecimal(last.gap.p90)}. Tallene står i tabellen under.`
    : 'Viftediagram uten år.';
  return (
    <>
      <EChart option={option} ariaLabel={label} height={320} testId="fan-chart" />
      <Details>
        <Details.Summary>Vis usikkerheten som tabell</Details.Summary>
        <Details.Content>
          <ScrollArea label="Usikkerhet i gapet per år">
            <Table data-size="sm" zebra data-testid="fan-table">
              <caption>Gap i hjemler per år (P10, P50 og P90 av {formatInt(monteCarlo.runs)} simuleringer)</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>År</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">P10</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">P50</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">P90</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {years.map((y) => (
                  <Table.Row key={y.year}>
                    <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                    <Table.Cell className="numeric">{formatDecimal(y.gap.p10)}</Table.Cell>
                    <Table.Cell className="numeric">{formatDecimal(y.gap.p50)}</Table.Cell>
                    <Table.Cell className="numeric">{formatDecimal(y.gap.p90)}</Table.Cell>
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
