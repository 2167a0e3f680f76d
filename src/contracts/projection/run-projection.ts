import { z } from 'zod';
import { ZScenarioAssumptions } from './scenario.ts';
import { formatInt } from '../../domain/format/index.ts';

/** How many Monte Carlo runs the API computes inside a request (measured: 1 000 runs × 10 years ≈ 20 ms). */
export const MAX_API_RUNS = 5000;

/** The Monte Carlo part of a request: runs and seed (the same seed reproduces the bands). */
export const ZMonteCarloOptions = z.strictObject({
  runs: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(10, 'Minst 10').max(MAX_API_RUNS, `Høyst ${formatInt(MAX_API_RUNS)}`),
  seed: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(4_294_967_295, 'Høyst 4 294 967 295'),
});

/** Body of POST /api/projection/run: a scenario not (yet) saved, and optionally a Monte Carlo. */
export const ZRunProjectionRequest = z.strictObject({
  assumptions: ZScenarioAssumptions,
  monteCarlo: ZMonteCarloOptions.nullable(),
});

/** Query of GET /api/projection/scenarios/:id/result and the exports: Monte Carlo runs (0 = none) and seed. */
export const ZResultQuery = z.strictObject({
  runs: z.coerce.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(MAX_API_RUNS, `Høyst ${formatInt(MAX_API_RUNS)}`).default(1000),
  seed: z.coerce.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(4_294_967_295, 'For stort').default(1),
});

/** Query of GET /api/projection/compare: the scenarios to put side by side (comma-separated ids). */
export const ZCompareQuery = z.strictObject({
  ids: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){0,9}$/, 'Oppgi 1–10 scenario-ID-er skilt med komma')
    .transform((s) => [...new Set(s.split(',').map(Number))]),
});
