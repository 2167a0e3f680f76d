/** Pages that are not in the main menu but belong to an item of it. */
export const NORM_DATA_PATH = '/sykehjem/registre';
export const TRAINING_DATA_PATH = '/utdanning/registre';
/** The legevakt rosters (list), one roster (`/legevakt/vaktplaner/12`) and a doctor's own shifts. */
export const ROSTERS_PATH = '/legevakt/vaktplaner';
export const rosterPath = (id: number): string => `${ROSTERS_PATH}/${id}`;
export const MY_SHIFTS_PATH = '/legevakt/mine';

/** The signed-in user's own account: second factor, sessions, password. */
export const ACCOUNT_PATH = '/konto';
