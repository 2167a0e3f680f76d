import { z } from 'zod';
import { ZText } from '../common.ts';
import { ZChoice, ZNote } from '../norms/index.ts';
import { GOAL_INDICATOR_NAMES, GOAL_STATUSES, type GoalIndicator } from '../../domain/economics/index.ts';

/** Body of POST/PUT /api/registry/plan-goals: a goal of the plan (styringsmål) with its measure and status. */
export const ZPlanGoalInput = z
  .strictObject({
    number: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(1, 'Minst 1').max(1000, 'Høyst 1 000'),
    area: ZNote(200),
    goal: ZText(2000),
    measure: ZNote(2000),
    owner: ZNote(200),
    due: ZNote(100),
    costOre: z.number({ error: 'Må være et tall' }).int('Oppgis i hele øre').min(0, 'Kan ikke være negativ').max(100_000_000_000_00, 'For stort beløp').nullable(),
    costNote: ZNote(200),
    status: ZChoice(GOAL_STATUSES, 'Velg status: ikke startet, pågår, gjennomført, utsatt eller forkastet'),
    note: ZNote(2000),
    indicator: ZChoice(GOAL_INDICATOR_NAMES as [GoalIndicator, ...GoalIndicator[]], 'Velg en indikator').nullable(),
    target: z.number({ error: 'Må være et tall' }).min(-1_000_000, 'For lite').max(1_000_000, 'For stort').nullable(),
    direction: ZChoice(['at_least', 'at_most'], 'Velg minst eller høyst'),
  })
  .superRefine((g, ctx) => {
    if (g.indicator !== null && g.target === null) ctx.addIssue({ code: 'custom', path: ['target'], message: 'Oppgi en målverdi for indikatoren' });
  });

export type TPlanGoalInput = z.infer<typeof ZPlanGoalInput>;
export type TPlanGoal = TPlanGoalInput & { id: number; version: number };
