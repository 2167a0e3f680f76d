/** The legevakt roster's use cases: what the server's routes (and the command line) call. */
export type { RosterContext } from './context.ts';
export { rosterViewer } from './visibility.ts';
export { listRosters, rosterDetail, rosterExport, rosterPlan } from './read-roster.ts';
export { cancelRosterJob, generateRoster, repairRoster, resolveRoster, type RosterSolver } from './solve-roster.ts';
export { checkRosterChanges, editRoster, shiftCandidates } from './edit-roster.ts';
export { deleteRoster, publishRoster } from './publish-roster.ts';
export { reportAbsence } from './report-absence.ts';
export { myShifts, openShifts, takeOpenShift } from './open-shifts.ts';
export { decideSwap, listSwaps, offerSwap } from './swaps.ts';
export { createFeed, feedRosters, myFeed, revokeFeed } from './calendar-feed.ts';
