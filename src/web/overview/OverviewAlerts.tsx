import type { ReactNode } from 'react';
import { Alert as DsAlert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Alert } from '../../domain/capacity/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { formatDate, formatDayMonth, formatInt, formatPercent } from '../format.ts';

const TITLES: Record<Alert['kind'], string> = {
  'free-share-below-target': 'Ledig andel under målet',
  'free-places-below-minimum': 'For få ledige plasser',
  'list-without-gp': 'Liste uten fast lege',
  'posting-without-applicants': 'Utlysning uten søkere',
  'retirement-soon': 'Fastleger nærmer seg pensjonsalder',
};

const COLORS: Record<Alert['kind'], 'warning' | 'danger' | 'info'> = {
  'free-share-below-target': 'warning',
  'free-places-below-minimum': 'danger',
  'list-without-gp': 'warning',
  'posting-without-applicants': 'warning',
  'retirement-soon': 'info',
};

/** The figures behind an alert, as label/value pairs. */
function figures(a: Alert): [string, ReactNode][] {
  const month: [string, string] = ['Måned', formatDayMonth(a.month)];
  switch (a.kind) {
    case 'free-share-below-target':
      return [month, ['Ledig andel', formatPercent(a.openShare)], ['Mål', formatPercent(a.freeShareTarget)], ['Listeplasser som mangler', formatInt(a.placesToAdd)]];
    case 'free-places-below-minimum':
      return [month, ['Åpne plasser', formatInt(a.openPlaces)], ['Minimum', formatInt(a.freePlacesMin)]];
    case 'list-without-gp':
      return [
        month,
        ['Hjemmel', <AppLink key="p" href={`/hjemler/${a.positionId}`}>{`Hjemmel ${a.positionId}`}</AppLink>],
        ['Uten fast lege siden', formatDate(a.since)],
        ['Uker', `${formatInt(a.weeks)} (grense ${formatInt(a.thresholdWeeks)})`],
        ['Pasienter', formatInt(a.patients)],
      ];
    case 'posting-without-applicants':
      return [month, ['Hjemmel', <AppLink key="p" href={`/hjemler/${a.positionId}`}>{`Hjemmel ${a.positionId}`}</AppLink>], ['Søknadsfrist', formatDate(a.deadline)]];
    case 'retirement-soon':
      return [
        month,
        ['Pensjonsalder', `${formatInt(a.retirementAge)} år`],
        ['Innen', `${formatInt(a.withinYears)} år`],
        ['Antall', formatInt(a.count)],
        ['Per år', a.byYear.map((y) => `${y.year}: ${formatInt(y.count)}`).join(', ')],
      ];
  }
}

/** The alerts from GET /api/overview: one Designsystemet Alert each, with the figures behind it. */
export function OverviewAlerts({ alerts }: { alerts: readonly Alert[] }) {
  if (alerts.length === 0) {
    return (
      <Paragraph data-testid="overview-alerts" data-count={0}>
        Ingen varsler denne måneden.
      </Paragraph>
    );
  }
  return (
    <div data-testid="overview-alerts" data-count={alerts.length} className="alert-list">
      {alerts.map((a, i) => (
        <DsAlert key={`${a.kind}-${i}`} data-color={COLORS[a.kind]} data-testid={`alert-${a.kind}`}>
          <Heading level={3} data-size="xs">
            {TITLES[a.kind]}
          </Heading>
          <Paragraph>{a.message}</Paragraph>
          <dl className="alert-figures">
            {figures(a).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </DsAlert>
      ))}
    </div>
  );
}
