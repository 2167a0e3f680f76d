import { Alert, Button, Checkbox, Fieldset, Link, Table } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDecimal, formatInt } from '../format.ts';
import { EChart } from '../overview/EChart.tsx';
import { chartTheme } from '../overview/echarts.ts';
import { comparisonXlsx, fetchComparison, type Comparison, type Scenario } from './projection-api.ts';

/** Two or more saved scenarios side by side: the gap per year as lines, and a table. */
export function CompareSection({ scenarios }: { scenarios: readonly Scenario[] }) {
  const [picked, setPicked] = useState<number[]>([]);
  const [result, setResult] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: number, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  const compare = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await fetchComparison(picked));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const option = useMemo(() => {
    if (!result) return null;
    const { text, subtle, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 56, right: 24, top: 64, bottom: 32 },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatDecimal(v) : String(v)) },
      xAxis: { type: 'category', data: result.years.map((y) => String(y.year)), axisLabel: { color: text } },
      yAxis: {
        type: 'value',
        name: 'Gap (hjemler)',
        nameTextStyle: { color: text },
        axisLabel: { color: text, formatter: (v: number) => formatDecimal(v) },
        splitLine: { lineStyle: { color: subtle } },
      },
      series: result.scenarios.map((s, i) => ({
        name: s.name,
        type: 'line',
        data: result.years.map((y) => {
          const f = y.scenarios[i];
          return f ? Math.round(f.gap * 10) / 10 : null;
        }),
      })),
    };
  }, [result]);

  return (
    <>
      <Fieldset data-testid="compare-picker">
        <Fieldset.Legend>Velg scenarioer å sammenligne (minst to)</Fieldset.Legend>
        {scenarios.map((s) => (
          <Checkbox key={s.id} label={s.name} value={String(s.id)} checked={picked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
        ))}
      </Fieldset>
      <div className="button-row">
        <Button onClick={() => void compare()} disabled={picked.length < 2 || busy} data-testid="compare-button">
          Sammenlign
        </Button>
        {result && (
          <Link href={comparisonXlsx(result.scenarios.map((s) => s.id))} download data-testid="compare-export">
            Last ned sammenligningen som Excel
          </Link>
        )}
      </div>
      {error && <Alert data-color="danger">{error}</Alert>}
      {result && option && (
        <>
          <EChart
            option={option}
            ariaLabel={`Gapet i hjemler per år for ${result.scenarios.map((s) => s.name).join(', ')}. Tallene står i tabellen under.`}
            height={320}
            testId="compare-chart"
          />
          <ScrollArea label="Scenarioer side om side">
            <Table data-size="sm" zebra data-testid="compare-table">
              <caption>Hjemler som trengs og gap per år, per scenario</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>År</Table.HeaderCell>
                  {result.scenarios.map((s) => (
                    <Table.HeaderCell key={s.id} className="numeric">
                      {s.name}: trengs / gap / å opprette
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {result.years.map((y) => (
                  <Table.Row key={y.year}>
                    <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                    {y.scenarios.map((f, i) => (
                      <Table.Cell key={result.scenarios[i]?.id ?? i} className="numeric">
                        {f ? `${formatDecimal(f.positionsNeeded)} / ${formatDecimal(f.gap)} / ${formatInt(f.positionsToCreate)}` : '–'}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollArea>
        </>
      )}
    </>
  );
}
