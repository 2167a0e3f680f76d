import { z } from 'zod';
import { ZDate, ZId } from '../common.ts';

/** Body of POST /api/capacity/postings and (with version) PUT /api/capacity/postings/:id: a posting of a position. */
export const ZPostingInput = z
  .strictObject({
    positionId: ZId,
    advertisedFrom: ZDate,
    deadline: ZDate,
    applicants: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(1000, 'Høyst 1 000').nullable(),
  })
  .refine((p) => p.deadline >= p.advertisedFrom, { path: ['deadline'], message: 'Søknadsfristen kan ikke være før utlysningen' });
