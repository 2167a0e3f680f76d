import { z } from 'zod';
import { ZDate, ZId, ZVersion } from '../common.ts';

export const ASSIGNMENT_ROLES = ['holder', 'substitute', 'shared'] as const;
export const ASSIGNMENT_ROLE_LABELS: Record<(typeof ASSIGNMENT_ROLES)[number], string> = {
  holder: 'Hjemmelshaver',
  substitute: 'Vikar',
  shared: 'Felles liste',
};

/** A doctor's link to a position over time. Body of POST/PUT /api/registry/assignments. */
export const ZAssignmentInput = z
  .strictObject({
    positionId: ZId,
    doctorId: ZId,
    role: z.enum(ASSIGNMENT_ROLES),
    fromDate: ZDate,
    toDate: ZDate.nullable(),
  })
  .refine((a) => a.toDate === null || a.toDate >= a.fromDate, {
    path: ['toDate'],
    message: 'Til dato kan ikke være før fra dato',
  });
export const ZAssignment = z.object({
  id: ZId,
  version: ZVersion,
  positionId: ZId,
  doctorId: ZId,
  role: z.enum(ASSIGNMENT_ROLES),
  fromDate: z.string(),
  toDate: z.string().nullable(),
});
export type TAssignmentInput = z.infer<typeof ZAssignmentInput>;
export type TAssignment = z.infer<typeof ZAssignment>;
