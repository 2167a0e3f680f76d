import { z } from 'zod';
import { ZDate, ZId, ZText } from '../common.ts';
import { ZNote, ZNumber } from '../norms/index.ts';

const ZPositions = z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(100, 'Høyst 100');

/** Body of POST/PUT /api/registry/lis1-intakes: LIS1 positions allotted for one intake, and the goal. */
export const ZLis1IntakeInput = z.strictObject({
  startDate: ZDate,
  positions: ZPositions,
  goalPositions: ZPositions.nullable(),
  note: ZNote(500),
});
export type TLis1IntakeInput = z.infer<typeof ZLis1IntakeInput>;
export type TLis1Intake = TLis1IntakeInput & { id: number; version: number };

/** Body of POST/PUT /api/registry/lis1-placements: one LIS1's 6 months in the municipality. */
export const ZLis1PlacementInput = z
  .strictObject({
    intakeId: ZId,
    name: ZText(200),
    officeId: ZId,
    supervisorId: ZId,
    healthStationDays: ZNumber({ min: 0, max: 5, decimals: 1, maxMessage: 'Høyst 5 dager i uka' }),
    startDate: ZDate,
    endDate: ZDate,
    learningActivities: ZNote(2000),
  })
  .refine((p) => p.endDate > p.startDate, { path: ['endDate'], message: 'Må være etter startdatoen' });
export type TLis1PlacementInput = z.infer<typeof ZLis1PlacementInput>;
/** A placement; `confirmedAt` is the leader's confirmation of completed service, cleared when the placement is edited. */
export type TLis1Placement = TLis1PlacementInput & { id: number; version: number; confirmedAt: string | null; confirmedBy: number | null };
