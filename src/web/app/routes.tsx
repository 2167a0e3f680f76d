import { lazy, type ReactNode } from 'react';
import { CapacityPage } from '../capacity/CapacityPage.tsx';
import { DoctorsPage } from '../doctors/DoctorsPage.tsx';
import { OfficesPage } from '../offices/OfficesPage.tsx';
import { LegevaktPage } from '../legevakt/LegevaktPage.tsx';
import { NormDataPage } from '../norms/NormDataPage.tsx';
import { NormsPage } from '../norms/NormsPage.tsx';
import { ACCOUNT_PATH, MY_SHIFTS_PATH, NORM_DATA_PATH, ROSTERS_PATH, TRAINING_DATA_PATH } from './paths.ts';
import { AccountPage } from '../account/AccountPage.tsx';
import { MyShiftsPage } from '../legevakt/MyShiftsPage.tsx';
import { RostersPage } from '../legevakt/RostersPage.tsx';
import { RosterPage } from '../legevakt/RosterPage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { PopulationPage } from '../population/PopulationPage.tsx';
import { PositionDetailPage } from '../positions/PositionDetailPage.tsx';
import { PositionsPage } from '../positions/PositionsPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { SnapshotsPage } from '../snapshots/SnapshotsPage.tsx';
import { TrainingDataPage } from '../training/TrainingDataPage.tsx';
import { TrainingPage } from '../training/TrainingPage.tsx';
import { UsersPage } from '../users/UsersPage.tsx';
import { EconomicsPage } from '../economics/EconomicsPage.tsx';
import { GoalsPage } from '../economics/GoalsPage.tsx';
import type { SessionValue } from './session.tsx';

// Dimensjonering brings the projection domain along: loaded only when opened.
const DimensioningPage = lazy(async () => ({ default: (await import('../projection/DimensioningPage.tsx')).DimensioningPage }));
// The import page (and the file-parsing code its contract brings along) loads only when opened.
const ImportPage = lazy(async () => ({ default: (await import('../imports/ImportPage.tsx')).ImportPage }));

export interface NavItem {
  path: string;
  label: string;
  /** Who sees it in the menu: everyone unless told (the API refuses the others anyway). */
  audience?: 'planners' | 'writers' | 'admins' | 'doctors';
  page: () => ReactNode;
}

/** The main navigation, in order, with each item's page. */
export const NAV: readonly NavItem[] = [
  { path: '/', label: 'Oversikt', page: () => <OverviewPage /> },
  { path: '/kapasitet', label: 'Kapasitet', page: () => <CapacityPage /> },
  { path: '/dimensjonering', label: 'Dimensjonering', audience: 'planners', page: () => <DimensioningPage /> },
  { path: '/sykehjem', label: 'Sykehjemsleger', page: () => <NormsPage /> },
  { path: '/legevakt', label: 'Legevakt', page: () => <LegevaktPage /> },
  { path: ROSTERS_PATH, label: 'Vaktplaner', page: () => <RostersPage /> },
  { path: MY_SHIFTS_PATH, label: 'Mine vakter', audience: 'doctors', page: () => <MyShiftsPage /> },
  { path: '/utdanning', label: 'Utdanning', page: () => <TrainingPage /> },
  { path: '/okonomi', label: 'Økonomi', page: () => <EconomicsPage /> },
  { path: '/mal', label: 'Mål og tiltak', page: () => <GoalsPage /> },
  { path: '/legekontor', label: 'Legekontor', page: () => <OfficesPage /> },
  { path: '/hjemler', label: 'Hjemler', page: () => <PositionsPage /> },
  { path: '/leger', label: 'Leger', page: () => <DoctorsPage /> },
  { path: '/listetall', label: 'Listetall', page: () => <SnapshotsPage /> },
  { path: '/befolkning', label: 'Befolkning', page: () => <PopulationPage /> },
  { path: '/innstillinger', label: 'Innstillinger', page: () => <SettingsPage /> },
  { path: '/import', label: 'Import', audience: 'writers', page: () => <ImportPage /> },
  { path: '/brukere', label: 'Brukere', audience: 'admins', page: () => <UsersPage /> },
];

/** Whether the signed-in user sees a navigation item. */
export function inNav(item: NavItem, session: Pick<SessionValue, 'canPlan' | 'canWrite' | 'isAdmin' | 'isDoctor'>): boolean {
  switch (item.audience) {
    case undefined:
      return true;
    case 'planners':
      return session.canPlan;
    case 'writers':
      return session.canWrite;
    case 'admins':
      return session.isAdmin;
    case 'doctors':
      return session.isDoctor;
  }
}

/** The page for a path, and which navigation item it belongs to; null for an unknown path. */
export function resolve(path: string): { page: ReactNode; nav: string } | null {
  const clean = path.replace(/\/+$/, '') || '/';
  const detail = /^\/hjemler\/(\d+)$/.exec(clean);
  if (detail) return { page: <PositionDetailPage key={detail[1]} id={Number(detail[1])} />, nav: '/hjemler' };
  const roster = new RegExp(`^${ROSTERS_PATH}/(\\d+)$`).exec(clean);
  if (roster) return { page: <RosterPage key={roster[1]} id={Number(roster[1])} />, nav: ROSTERS_PATH };
  if (clean === NORM_DATA_PATH) return { page: <NormDataPage />, nav: '/sykehjem' };
  if (clean === TRAINING_DATA_PATH) return { page: <TrainingDataPage />, nav: '/utdanning' };
  if (clean === ACCOUNT_PATH) return { page: <AccountPage />, nav: ACCOUNT_PATH };
  const item = NAV.find((n) => n.path === clean);
  return item ? { page: item.page(), nav: item.path } : null;
}
