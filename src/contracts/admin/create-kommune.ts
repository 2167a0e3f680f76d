import { z } from 'zod';
import { ZText } from '../common.ts';

/** `legeplan kommune create`: a municipality by its official four-digit number and its name. */
export const ZCreateKommuneRequest = z.strictObject({
  nr: z.string().trim().regex(/^\d{4}$/, 'Kommunenummeret har fire sifre, f.eks. 3907'),
  name: ZText(100),
});
export type TCreateKommuneRequest = z.infer<typeof ZCreateKommuneRequest>;
