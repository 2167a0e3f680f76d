import { Alert, Card, Details, Field, Heading, Label, Link, Paragraph, Select, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import type { TGapResponse } from '../../contracts/norms/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { NORM_DATA_PATH } from '../app/paths.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate, formatDecimal, formatInt, formatPercent, formatPercentTrim } from '../format.ts';
import { MunicipalSections } from './MunicipalSections.tsx';
import { exportUrl, fetchGap, gapPdfUrl } from './norms-api.ts';
import { formatFte, formatGap, orDash } from './norms-format.ts';

const SCALE_MIN = 50;
const SCALE_MAX = 150;

/** A value that follows `value` once it has stopped changing for `ms` (a dragged slider refetches once). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** Sykehjemsleger: required doctor FTE in the nursing homes by the staffing norm against FTE in post, with a stay what-if. */
export function NormsPage() {
  usePageTitle('Sykehjemsleger');
  const [year, setYear] = useState<number | undefined>(undefined);
  const [scalePct, setScalePct] = useState(100);
  const stayScale = useDebounced(scalePct, 300) / 100;
  const { data, error, loading } = useAsync(() => fetchGap(year, stayScale), [year, stayScale]);
  const scaleId = useId();

  const heading = (
    <Heading level={1} data-size="lg">
      Sykehjemsleger
    </Heading>
  );
  if (!data) {
    return (
      <>
        {heading}
        {error ? <Alert data-color="danger">{error.message}</Alert> : <Spinner aria-label="Henter legedekningen i sykehjem" data-size="md" />}
      </>
    );
  }
  const { report, baseline } = data;
  const thisYear = new Date().getFullYear();
  const first = Math.min(thisYear, report.year);
  const last = Math.max(report.year, ...report.years.map((y) => y.year));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  return (
    <>
      {heading}
      <Paragraph className="page-intro">
        Legeårsverk som trengs i sykehjemmene etter bemanningsnormen, mot årsverkene i stilling. Plasser og norm gjelder per{' '}
        {formatDate(report.date)}.
      </Paragraph>

      <div className="form-grid">
        <Field>
          <Label>År</Label>
          <Select value={String(report.year)} onChange={(e) => setYear(Number(e.target.value))} data-testid="norms-year">
            {years.map((y) => (
              <Select.Option key={y} value={String(y)}>
                {y}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div>
          <label htmlFor={scaleId} className="ds-label">
            Liggetid korttid (hva om): {formatInt(scalePct)} % av registrert
          </label>
          <div>
            <input
              id={scaleId}
              type="range"
              min={SCALE_MIN}
              max={SCALE_MAX}
              step={5}
              value={scalePct}
              onChange={(e) => setScalePct(Number(e.target.value))}
              aria-valuetext={`${scalePct} % av registrert liggetid`}
              data-testid="norms-stay-scale"
            />
          </div>
        </div>
      </div>
      {error && <Alert data-color="danger">{error.message}</Alert>}
      {loading && <Spinner aria-label="Oppdaterer" data-size="sm" />}

      <Paragraph>
        <Link href={gapPdfUrl(report.year, stayScale)} download data-testid="norms-pdf">
          Last ned PDF
        </Link>{' '}
        ·{' '}
        <Link href={exportUrl('gap-institutions', { year: report.year, stayScale })} download data-testid="norms-excel">
          Eksporter til Excel
        </Link>{' '}
        ·{' '}
        <AppLink href={NORM_DATA_PATH} data-testid="norms-data-link">
          Institusjoner, plasser, leger og norm (registre)
        </AppLink>
      </Paragraph>

      <GapSummary report={report} baseline={baseline} />
      <InstitutionTable report={report} />
      <UnitTable report={report} stayScale={stayScale} />
      <SpecialistSection report={report} />
      <YearsTable report={report} />
      <Definitions report={report} />
      <MunicipalSections />
    </>
  );
}

function Figure({ label, value, testId, detail }: { label: string; value: string; testId: string; detail?: string }) {
  return (
    <Card data-color="neutral" className="kpi">
      <Paragraph data-size="sm" className="kpi-label">
        {label}
      </Paragraph>
      <Paragraph data-size="xl" className="kpi-value" data-testid={testId}>
        {value}
      </Paragraph>
      {detail && (
        <Paragraph data-size="sm" className="kpi-detail">
          {detail}
        </Paragraph>
      )}
    </Card>
  );
}

function GapSummary({ report, baseline }: { report: TGapResponse; baseline: TGapResponse | null }) {
  const t = report.totals;
  const change = baseline ? t.requiredFte.total - baseline.totals.requiredFte.total : null;
  return (
    <div className="kpi-grid" data-testid="norms-summary">
      <Figure
        label="Nødvendige legeårsverk"
        value={formatFte(t.requiredFte.total)}
        testId="norms-total-required"
        detail={`Langtid ${formatFte(t.requiredFte.longTerm)}, korttid ${formatFte(t.requiredFte.shortTerm)}`}
      />
      <Figure label="Årsverk i stilling" value={formatFte(t.fteInPost)} testId="norms-total-in-post" />
      <Figure label="Gap" value={formatGap(t.gapFte)} testId="norms-total-gap" detail="Positivt: for få årsverk" />
      {change !== null && <Figure label="Endring mot registrert liggetid" value={`${formatGap(change)} årsverk`} testId="norms-what-if-change" />}
    </div>
  );
}

function InstitutionTable({ report }: { report: TGapResponse }) {
  const t = report.totals;
  return (
    <PageSection id="sec-norms-institutions" title="Legedekning per institusjon">
      <ScrollArea label="Legedekning per institusjon">
        <Table data-size="sm" zebra data-testid="norms-gap-table">
          <caption>Nødvendige legeårsverk og årsverk i stilling per institusjon, {report.year}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Institusjon</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Plasser</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Belagte</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Langtid</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Korttid</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Nødvendig totalt</Table.HeaderCell>
              <Table.HeaderCell className="numeric">I stilling</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Gap</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Spesialistandel</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.institutions.map((i) => (
              <Table.Row key={i.id} data-testid="norms-institution-row">
                <Table.HeaderCell scope="row">{i.name}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatInt(i.places)}</Table.Cell>
                <Table.Cell className="numeric">{formatDecimal(i.occupied)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(i.requiredFte.longTerm)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(i.requiredFte.shortTerm)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(i.requiredFte.total)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(i.fteInPost)}</Table.Cell>
                <Table.Cell className="numeric">{formatGap(i.gapFte)}</Table.Cell>
                <Table.Cell className="numeric">{orDash(i.specialists.share, formatPercent)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row data-testid="norms-total-row">
              <Table.HeaderCell scope="row">Sum ({formatInt(t.institutions)} institusjoner)</Table.HeaderCell>
              <Table.Cell className="numeric">{formatInt(t.places)}</Table.Cell>
              <Table.Cell className="numeric">{formatDecimal(t.occupied)}</Table.Cell>
              <Table.Cell className="numeric">{formatFte(t.requiredFte.longTerm)}</Table.Cell>
              <Table.Cell className="numeric">{formatFte(t.requiredFte.shortTerm)}</Table.Cell>
              <Table.Cell className="numeric">{formatFte(t.requiredFte.total)}</Table.Cell>
              <Table.Cell className="numeric">{formatFte(t.fteInPost)}</Table.Cell>
              <Table.Cell className="numeric">{formatGap(t.gapFte)}</Table.Cell>
              <Table.Cell className="numeric">{orDash(report.specialists.share, formatPercent)}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </ScrollArea>
    </PageSection>
  );
}

function UnitTable({ report, stayScale }: { report: TGapResponse; stayScale: number }) {
  return (
    <PageSection id="sec-norms-units" title="Per avdeling">
      <Paragraph>
        <Link href={exportUrl('gap-units', { year: report.year, stayScale })} download>
          Eksporter avdelinger til Excel
        </Link>
      </Paragraph>
      <ScrollArea label="Nødvendige legeårsverk per avdeling">
        <Table data-size="sm" zebra data-testid="norms-units-table">
          <caption>Nødvendige legeårsverk per avdeling, {report.year}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Institusjon</Table.HeaderCell>
              <Table.HeaderCell>Avdeling</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Plasser</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Belagte</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Liggetid (døgn)</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Opphold per år</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Langtid</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Korttid</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Nødvendig totalt</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.institutions.flatMap((i) =>
              i.units.map((u) => (
                <Table.Row key={u.id} data-testid="norms-unit-row">
                  <Table.Cell>{i.name}</Table.Cell>
                  <Table.HeaderCell scope="row">{u.name}</Table.HeaderCell>
                  <Table.Cell className="numeric">{formatInt(u.places)}</Table.Cell>
                  <Table.Cell className="numeric">{formatDecimal(u.occupied)}</Table.Cell>
                  <Table.Cell className="numeric">{orDash(u.avgStayDays, formatDecimal)}</Table.Cell>
                  <Table.Cell className="numeric">{formatInt(u.staysPerYear)}</Table.Cell>
                  <Table.Cell className="numeric">{formatFte(u.requiredFte.longTerm)}</Table.Cell>
                  <Table.Cell className="numeric">{formatFte(u.requiredFte.shortTerm)}</Table.Cell>
                  <Table.Cell className="numeric">{formatFte(u.requiredFte.total)}</Table.Cell>
                </Table.Row>
              )),
            )}
          </Table.Body>
        </Table>
      </ScrollArea>
    </PageSection>
  );
}

function SpecialistSection({ report }: { report: TGapResponse }) {
  const s = report.specialists;
  return (
    <PageSection id="sec-norms-specialists" title="Spesialistandel">
      <Paragraph data-testid="norms-specialist-share">
        {s.share === null
          ? 'Ingen leger registrert i sykehjemmene.'
          : `${formatInt(s.specialists)} av ${formatInt(s.doctors)} leger er spesialister (${formatPercent(s.share)}; ${formatPercent(s.fteShare ?? 0)} av årsverkene). Målet er minst ${formatPercentTrim(s.goal)}.`}{' '}
        {s.met !== null && (
          <Tag data-color={s.met ? 'success' : 'warning'} data-testid="norms-specialist-met">
            {s.met ? 'Målet er nådd' : 'Under målet'}
          </Tag>
        )}
      </Paragraph>
    </PageSection>
  );
}

function YearsTable({ report }: { report: TGapResponse }) {
  return (
    <PageSection id="sec-norms-years" title="Årene framover">
      <ScrollArea label="Legedekning i sykehjem per år">
        <Table data-size="sm" zebra data-testid="norms-years-table">
          <caption>Nødvendige legeårsverk og gap per år (plasser per 31. desember)</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>År</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Plasser</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Nødvendig totalt</Table.HeaderCell>
              <Table.HeaderCell className="numeric">I stilling</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Gap</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.years.map((y) => (
              <Table.Row key={y.year}>
                <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatInt(y.places)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(y.requiredFte.total)}</Table.Cell>
                <Table.Cell className="numeric">{formatFte(y.fteInPost)}</Table.Cell>
                <Table.Cell className="numeric">{formatGap(y.gapFte)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>
    </PageSection>
  );
}

function Definitions({ report }: { report: TGapResponse }) {
  const f = report.formula;
  return (
    <Details data-testid="norms-definitions">
      <Details.Summary>Slik regnes tallene</Details.Summary>
      <Details.Content>
        {report.norm ? (
          <Paragraph>
            Norm: {report.norm.name} (gjelder fra {formatDate(report.norm.validFrom)}). Kilde: {report.norm.source}.
          </Paragraph>
        ) : (
          <Paragraph>Ingen bemanningsnorm gjelder for året.</Paragraph>
        )}
        {f && (
          <ul>
            <li>{f.clinicalHours}</li>
            <li>{f.occupied}</li>
            <li>{f.longTerm}</li>
            <li>{f.shortTerm}</li>
            <li>{f.gap}</li>
          </ul>
        )}
        {report.totals.presets.length > 0 && (
          <>
            <Paragraph>Andre normer til sammenligning (nødvendige årsverk i alt):</Paragraph>
            <ul>
              {report.totals.presets.map((p) => (
                <li key={p.key}>
                  {p.name}: {formatFte(p.requiredFte)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Details.Content>
    </Details>
  );
}
