import { Alert, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { MUNICIPAL_TASK_AREA_LABELS, OHD_CRITERION_LABELS } from '../../contracts/norms/index.ts';
import type { ApiError } from '../api.ts';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate, formatInt, formatPercent } from '../format.ts';
import { exportUrl, fetchAllocation, fetchGpTasks, fetchOhd } from './norms-api.ts';
import { formatFte, formatGap, formatHours, orDash } from './norms-format.ts';

/** The loaded content, or a spinner / the error in its place. */
function Loaded<T>({ state, what, children }: { state: { data: T | undefined; error: ApiError | undefined }; what: string; children: (data: T) => ReactNode }) {
  if (state.error) return <Alert data-color="danger">{state.error.message}</Alert>;
  if (!state.data) return <Spinner aria-label={`Henter ${what}`} data-size="md" />;
  return <>{children(state.data)}</>;
}

/** The municipal doctor FTE by area, the GPs' municipal tasks and ØHD, each under its own heading. */
export function MunicipalSections() {
  const allocation = useAsync(fetchAllocation, []);
  const gpTasks = useAsync(fetchGpTasks, []);
  const ohd = useAsync(fetchOhd, []);
  return (
    <>
      <PageSection id="sec-norms-allocation" title="Kommunale legeårsverk per område">
        <Loaded state={allocation} what="fordelingen av legeårsverk">
          {(a) => (
            <>
              <Paragraph>
                Fordelingen per {formatDate(a.date)} mot behovet der det er vurdert.{' '}
                <Link href={exportUrl('allocation-areas')} download>
                  Eksporter til Excel
                </Link>
              </Paragraph>
              <ScrollArea label="Kommunale legeårsverk per område">
                <Table data-size="sm" zebra data-testid="norms-allocation-table">
                  <caption>Kommunale legeårsverk per område mot behov</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Område</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Årsverk</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Andel</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Behov</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Gap</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Fastlegers timer (årsverk)</Table.HeaderCell>
                      <Table.HeaderCell>Behovet</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {a.byArea.map((r) => (
                      <Table.Row key={r.area}>
                        <Table.HeaderCell scope="row">{MUNICIPAL_TASK_AREA_LABELS[r.area]}</Table.HeaderCell>
                        <Table.Cell className="numeric">{formatFte(r.fte)}</Table.Cell>
                        <Table.Cell className="numeric">{orDash(r.share, formatPercent)}</Table.Cell>
                        <Table.Cell className="numeric">{orDash(r.needFte, formatFte)}</Table.Cell>
                        <Table.Cell className="numeric">{orDash(r.gapFte, formatGap)}</Table.Cell>
                        <Table.Cell className="numeric">{formatFte(r.gpTaskFte)}</Table.Cell>
                        <Table.Cell>
                          {a.rows
                            .filter((x) => x.area === r.area)
                            .map((x) => x.need.explanation)
                            .join('; ') || '–'}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                  <Table.Foot>
                    <Table.Row>
                      <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
                      <Table.Cell className="numeric" data-testid="norms-allocation-total">
                        {formatFte(a.totals.fte)}
                      </Table.Cell>
                      <Table.Cell className="numeric">–</Table.Cell>
                      <Table.Cell className="numeric">{formatFte(a.totals.assessedNeedFte)}</Table.Cell>
                      <Table.Cell className="numeric">{formatGap(a.totals.gapFte)}</Table.Cell>
                      <Table.Cell className="numeric">–</Table.Cell>
                      <Table.Cell>Gap regnes bare for vurderte behov</Table.Cell>
                    </Table.Row>
                  </Table.Foot>
                </Table>
              </ScrollArea>
            </>
          )}
        </Loaded>
      </PageSection>

      <PageSection id="sec-norms-gp-tasks" title="Fastlegers kommunale oppgaver">
        <Loaded state={gpTasks} what="fastlegenes kommunale oppgaver">
          {(g) => {
            const withTasks = g.doctors.filter((d) => d.tasks.length > 0);
            return (
              <>
                <Paragraph data-testid="norms-gp-tasks-summary">
                  Tilplikting inntil {formatHours(g.obligationRule.maxHoursPerWeek)} timer per uke. {formatInt(g.totals.withTasks)} av{' '}
                  {formatInt(g.totals.gps)} fastleger har kommunale oppgaver ({formatFte(g.totals.fte)} årsverk);{' '}
                  {formatInt(g.totals.overLimit)} over grensen. Fastleger med liste under {formatInt(g.offerRule.shortListBelow)} tilbys{' '}
                  {formatHours(g.offerHours)} timer i helsestasjon: {formatInt(g.totals.offerOpen)} har tilbudet åpent.{' '}
                  <Link href={exportUrl('gp-tasks')} download>
                    Eksporter til Excel
                  </Link>
                </Paragraph>
                <ScrollArea label="Fastleger med kommunale oppgaver">
                  <Table data-size="sm" zebra data-testid="norms-gp-tasks-table">
                    <caption>Fastleger med kommunale oppgaver per {formatDate(g.date)}, timer per uke</caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>Lege</Table.HeaderCell>
                        <Table.HeaderCell className="numeric">Listelengde</Table.HeaderCell>
                        <Table.HeaderCell className="numeric">Tilplikting (t)</Table.HeaderCell>
                        <Table.HeaderCell className="numeric">Avtale (t)</Table.HeaderCell>
                        <Table.HeaderCell className="numeric">Over {formatHours(g.obligationRule.maxHoursPerWeek)} t</Table.HeaderCell>
                        <Table.HeaderCell>Oppgaver</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {withTasks.map((d) => (
                        <Table.Row key={d.id}>
                          <Table.HeaderCell scope="row">{d.name}</Table.HeaderCell>
                          <Table.Cell className="numeric">{orDash(d.listLength, formatInt)}</Table.Cell>
                          <Table.Cell className="numeric">{formatHours(d.obligationHours)}</Table.Cell>
                          <Table.Cell className="numeric">{formatHours(d.agreementHours)}</Table.Cell>
                          <Table.Cell className="numeric">{d.overLimit ? formatHours(d.overLimitHours) : '–'}</Table.Cell>
                          <Table.Cell>{d.tasks.map((t) => `${MUNICIPAL_TASK_AREA_LABELS[t.area]} ${formatHours(t.hoursPerWeek)} t`).join(', ')}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </ScrollArea>
              </>
            );
          }}
        </Loaded>
      </PageSection>

      <PageSection id="sec-norms-ohd" title="Øyeblikkelig hjelp døgnopphold (ØHD)">
        <Loaded state={ohd} what="ØHD">
          {(o) => (
            <>
              <Paragraph data-testid="norms-ohd-summary">
                {formatInt(o.beds.total)} ØHD-senger per {formatDate(o.to)}. <span data-testid="norms-ohd-requests">{formatInt(o.requests)}</span>{' '}
                henvendelser; <span data-testid="norms-ohd-all-criteria">{formatInt(o.allCriteriaMet)}</span> oppfylte alle fem kriteriene (
                <span data-testid="norms-ohd-all-criteria-share">{orDash(o.allCriteriaShare, formatPercent)}</span>), og {formatInt(o.admitted)} ble
                lagt inn ({orDash(o.admittedShare, formatPercent)}). {formatInt(o.admittedWithoutAllCriteria)} ble lagt inn uten å oppfylle alle
                kriteriene; {formatInt(o.refusedDespiteAllCriteria)} ble avvist selv om alle var oppfylt.{' '}
                <Link href={exportUrl('ohd-criteria')} download>
                  Eksporter til Excel
                </Link>
              </Paragraph>
              <ScrollArea label="ØHD-henvendelser per kriterium">
                <Table data-size="sm" zebra data-testid="norms-ohd-table">
                  <caption>ØHD-henvendelser som oppfylte hvert kriterium</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Kriterium</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Oppfylt</Table.HeaderCell>
                      <Table.HeaderCell className="numeric">Andel</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {o.byCriterion.map((c) => (
                      <Table.Row key={c.criterion}>
                        <Table.HeaderCell scope="row">{OHD_CRITERION_LABELS[c.criterion]}</Table.HeaderCell>
                        <Table.Cell className="numeric">{formatInt(c.met)}</Table.Cell>
                        <Table.Cell className="numeric">{orDash(c.share, formatPercent)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollArea>
            </>
          )}
        </Loaded>
      </PageSection>
    </>
  );
}
