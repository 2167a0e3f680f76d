import { lazy, type ReactNode } from 'react';
import { DoctorsPage } from '../doctors/DoctorsPage.tsx';
import { OfficesPage } from '../offices/OfficesPage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { PopulationPage } from '../population/PopulationPage.tsx';
import { PositionDetailPage } from '../positions/PositionDetailPage.tsx';
import { PositionsPage } from '../positions/PositionsPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { SnapshotsPage } from '../snapshots/SnapshotsPage.tsx';

// The import page (and the file-parsing code its contract brings along) loads only when opened.
const ImportPage = lazy(async () => ({ default: (await import('../imports/ImportPage.tsx')).ImportPage }));

export interface NavItem {
  path: string;
  label: string;
  /** Only for users who may change data. */
  writersOnly?: boolean;
}

/** The main navigation, in order. */
export const NAV: readonly NavItem[] = [
  { path: '/', label: 'Oversikt' },
  { path: '/legekontor', label: 'Legekontor' },
  { path: '/hjemler', label: 'Hjemler' },
  { path: '/leger', label: 'Leger' },
  { path: '/listetall', label: 'Listetall' },
  { path: '/befolkning', label: 'Befolkning' },
  { path: '/innstillinger', label: 'Innstillinger' },
  { path: '/import', label: 'Import', writersOnly: true },
];

/** The page for a path, and which navigation item it belongs to; null for an unknown path. */
export function resolve(path: string): { page: ReactNode; nav: string } | null {
  const clean = path.replace(/\/+$/, '') || '/';
  const detail = /^\/hjemler\/(\d+)$/.exec(clean);
  if (detail) return { page: <PositionDetailPage key={detail[1]} id={Number(detail[1])} />, nav: '/hjemler' };
  switch (clean) {
    case '/':
      return { page: <OverviewPage />, nav: '/' };
    case '/legekontor':
      return { page: <OfficesPage />, nav: clean };
    case '/hjemler':
      return { page: <PositionsPage />, nav: clean };
    case '/leger':
      return { page: <DoctorsPage />, nav: clean };
    case '/listetall':
      return { page: <SnapshotsPage />, nav: clean };
    case '/befolkning':
      return { page: <PopulationPage />, nav: clean };
    case '/innstillinger':
      return { page: <SettingsPage />, nav: clean };
    case '/import':
      return { page: <ImportPage />, nav: clean };
    default:
      return null;
  }
}
