/**
 * The legevakt roster's API (issue 5): generate a roster for a period as a background job, see every rule's score
 * and violation and the load per doctor, edit with a live check, re-solve part of it, publish, report an absence
 * (its shifts become open and can be taken or repaired), swap shifts, and subscribe to a personal calendar feed.
 */
import { z } from 'zod';
import { ZDate, ZId, ZIdText, ZText, ZVersion } from '../common.ts';
import { ZNote } from '../norms/index.ts';
import { SWAP_STATES, type DoctorLoad, type PenaltyUnit } from '../../domain/roster/index.ts';

/** A solver run's time budget in seconds: the API's jobs and `legeplan roster solve --seconds` share it. */
export const ZSolveSeconds = z
  .number({ error: 'Oppgi antall sekunder' })
  .int('Oppgi et helt antall sekunder')
  .min(1, 'Minst 1 sekund')
  .max(600, 'Høyst 600 sekunder (10 minutter)');
const ZSeed = z.number({ error: 'Oppgi et heltall' }).int('Oppgi et heltall').min(0, 'Kan ikke være negativt').max(2_147_483_647).optional();

/** Body of POST /api/legevakt/rosters: generate a roster for a period from today's facts. */
export const ZGenerateRequest = z.strictObject({
  name: ZText(200),
  start: ZDate,
  days: z.number({ error: 'Oppgi antall dager' }).int('Oppgi et helt antall dager').min(1, 'Perioden må ha minst 1 dag').max(400, 'Perioden kan ha høyst 400 dager'),
  seconds: ZSolveSeconds,
  seed: ZSeed,
});

/** One change of a shift: which doctor holds the shift of `templateId` on `date` (from → to; null = nobody/open). */
export const ZShiftChange = z.strictObject({
  date: ZDate,
  templateId: ZId,
  fromDoctorId: ZId.nullable(),
  toDoctorId: ZId.nullable(),
});

/** Body of POST /api/legevakt/rosters/:id/check and /edit: changes against the roster version the user saw. */
export const ZEditRequest = z.strictObject({
  version: ZVersion,
  changes: z.array(ZShiftChange).min(1, 'Ingen endringer').max(50, 'Høyst 50 endringer om gangen'),
});

/** Body of POST /api/legevakt/rosters/:id/solve: re-solve the days from..to, every other day pinned. */
export const ZResolveRequest = z
  .strictObject({ version: ZVersion, from: ZDate, to: ZDate, seconds: ZSolveSeconds, seed: ZSeed })
  .refine((x) => x.to >= x.from, { path: ['to'], message: 'Perioden kan ikke slutte før den begynner' });

/** Body of POST …/publish, …/repair and other actions that only confirm the version the user saw. */
export const ZRosterVersion = z.strictObject({ version: ZVersion });
export const ZRepairRequest = z.strictObject({ version: ZVersion, seconds: ZSolveSeconds, seed: ZSeed });

/** Body of POST /api/legevakt/rosters/:id/absences: a doctor falls away after publication; their shifts become open. */
export const ZAbsenceRequest = z
  .strictObject({ version: ZVersion, doctorId: ZId, from: ZDate, to: ZDate, note: ZNote(500) })
  .refine((x) => x.to >= x.from, { path: ['to'], message: 'Fraværet kan ikke slutte før det begynner' });

/** Body of POST /api/legevakt/swaps: offer one of your shifts to a colleague (or to all when toDoctorId is null). */
export const ZSwapOffer = z.strictObject({ shiftId: ZId, toDoctorId: ZId.nullable(), note: ZNote(500) });
/** A swap's states: the domain's state machine (domain/roster/legevakt/swap.ts). */
export const SWAP_STATUSES = SWAP_STATES;
export const SWAP_STATUS_LABELS: Record<(typeof SWAP_STATUSES)[number], string> = {
  offered: 'Tilbudt',
  accepted: 'Akseptert – venter på godkjenning',
  approved: 'Godkjent',
  refused: 'Avslått',
  withdrawn: 'Trukket tilbake',
};
export const ZSwapDecision = z.strictObject({ version: ZVersion, reason: ZNote(500).optional() });

/** Query of GET /api/legevakt/rosters/:id/candidates: who could take this shift (from its doctor, or an open one). */
export const ZCandidatesQuery = z.strictObject({
  date: ZDate,
  templateId: ZIdText,
  fromDoctorId: z.union([z.literal('').transform(() => null), ZIdText]).optional().transform((v) => v ?? null),
});

export const JOB_STATUSES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;

/** A job that has not ended: waiting in the queue or running. */
export const isJobActive = (status: (typeof JOB_STATUSES)[number]): boolean => status === 'queued' || status === 'running';

export type TGenerateRequest = z.infer<typeof ZGenerateRequest>;
export type TShiftChange = z.infer<typeof ZShiftChange>;
export type TEditRequest = z.infer<typeof ZEditRequest>;
export type TResolveRequest = z.infer<typeof ZResolveRequest>;
export type TRepairRequest = z.infer<typeof ZRepairRequest>;
export type TAbsenceRequest = z.infer<typeof ZAbsenceRequest>;
export type TSwapOffer = z.infer<typeof ZSwapOffer>;
export type TSwapDecision = z.infer<typeof ZSwapDecision>;

/* ---------- Responses (plain TypeScript: the server builds them, the web app reads them) ---------- */

export interface TJob {
  id: number;
  rosterId: number;
  kind: 'generate' | 'resolve' | 'repair';
  status: (typeof JOB_STATUSES)[number];
  seconds: number;
  seed: number;
  /** A queued job's place in the queue (1 = next to start); null once it has started. */
  queuePosition: number | null;
  /** Someone asked to stop it; the process running it stops and keeps the best roster so far. */
  cancelRequested: boolean;
  /** 0–1 of the time budget used. */
  progress: number;
  iterations: number;
  /** Best roster so far: hard-rule penalty (0 = every hard rule holds) and soft penalty. */
  bestHard: number | null;
  bestSoft: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface TRosterSummary {
  id: number;
  name: string;
  start: string;
  days: number;
  /** Last day of the period (inclusive). */
  end: string;
  status: 'draft' | 'published';
  version: number;
  publishedAt: string | null;
  createdAt: string;
  /** The newest job of this roster (a running one while it is being generated or repaired). */
  job: TJob | null;
  openShifts: number;
}

export interface TRosterTemplate {
  id: number;
  name: string;
  district: string;
  kind: 'day' | 'evening' | 'night' | 'on-call' | 'backup';
  start: string;
  end: string;
}

/** A doctor of the roster; their facts are null when another doctor reads the roster (colleagues' names and shifts only). */
export interface TRosterDoctor {
  id: number;
  name: string;
  role: 'gp' | 'employed' | 'substitute' | 'lis1' | 'alis' | null;
  share: number | null;
  /** Competent to work alone on the first day of the period; if not, what is missing (Norwegian). */
  competent: boolean | null;
  missing: string[] | null;
}

export interface TRosterShift {
  id: number;
  date: string;
  templateId: number;
  /** null: an open shift. */
  doctorId: number | null;
}

export interface TRuleScore {
  rule: string;
  level: 'hard' | 'soft';
  title: string;
  unit: PenaltyUnit;
  penalty: number;
  violations: number;
}

export interface TViolation {
  rule: string;
  level: 'hard' | 'soft';
  title: string;
  penalty: number;
  doctorIds: number[];
  dates: string[];
  templateIds: number[];
  message: string;
}

/** A doctor's load in the roster (the domain's load table) with their id and name. */
export interface TDoctorLoad extends Omit<DoctorLoad, 'doctor'> {
  doctorId: number;
  name: string;
  /** The plan's goal of at least 10 shifts a year, pro rata for the period. */
  goalShifts: number;
}

export interface TEvaluation {
  hard: number;
  soft: number;
  feasible: boolean;
  rules: TRuleScore[];
  violations: TViolation[];
}

export interface TRosterDetail {
  roster: TRosterSummary;
  templates: TRosterTemplate[];
  doctors: TRosterDoctor[];
  shifts: TRosterShift[];
  evaluation: TEvaluation;
  load: TDoctorLoad[];
  /** Holidays in the period: date → Norwegian name. */
  holidays: Record<string, string>;
}

/** Answer of …/check (and the body of a refused …/edit): what the change would break and mend. */
export interface TCheckResponse {
  allowed: boolean;
  /** Hard-rule violations the change would introduce (why it is refused), in Norwegian. */
  introduced: TViolation[];
  /** Violations the change would mend. */
  resolved: TViolation[];
  /** How many hard-rule violations the roster has before and after the change (a count). */
  hardBefore: number;
  hardAfter: number;
  /** The soft rules' penalty points before and after (fairness, wishes: a weighted sum, not a count). */
  softBefore: number;
  softAfter: number;
}

export interface TSwap {
  id: number;
  rosterId: number;
  shift: TRosterShift & { templateName: string; start: string; end: string };
  fromDoctorId: number;
  fromDoctorName: string;
  /** Offered to one colleague, or to all (null). */
  toDoctorId: number | null;
  toDoctorName: string | null;
  /** Who accepted it. */
  takerDoctorId: number | null;
  takerDoctorName: string | null;
  status: (typeof SWAP_STATUSES)[number];
  note: string;
  reason: string;
  version: number;
  createdAt: string;
}

/** A shift of one doctor, as "my shifts" and the calendar feed show it (start and end as ISO instants). */
export interface TMyShift {
  id: number;
  rosterId: number;
  rosterName: string;
  date: string;
  templateId: number;
  templateName: string;
  kind: TRosterTemplate['kind'];
  startsAt: string;
  endsAt: string;
}

export interface TOpenShift {
  shift: TMyShift;
  /** May the asking doctor take it, and if not, why not (Norwegian). */
  eligible: boolean;
  reasons: string[];
}

/** One doctor who could take a shift: allowed (no hard rule broken) or why not, and the change in soft penalty. */
export interface TCandidate {
  doctorId: number;
  name: string;
  allowed: boolean;
  reasons: string[];
  softDelta: number;
}

export interface TFeedResponse {
  /** A feed exists (its secret is shown once, when it is made: only its hash is stored). */
  active: boolean;
  /** The secret URL path of the feed, only in the answer that made it. */
  path: string | null;
  createdAt: string | null;
}
