import { z } from 'zod';
import { ZId, ZText, ZVersion } from '../common.ts';
import { ROLES } from './login.ts';

/** The password policy for local accounts, wherever one is set (the Brukere page, `legeplan admin create`). */
export const ZPassword = z.string().min(12, 'Minst 12 tegn').max(200, 'Høyst 200 tegn');

/** POST /api/users (admin only). */
export const ZCreateUserRequest = z
  .strictObject({
    username: z.string().trim().min(3, 'Minst 3 tegn').max(100, 'Høyst 100 tegn').regex(/^[a-z0-9._-]+$/, 'Bare små bokstaver a–z, tall, punktum, bindestrek og understrek'),
    displayName: ZText(200),
    role: z.enum(ROLES),
    doctorId: ZId.nullable(),
    password: ZPassword,
  })
  .refine((u) => (u.role === 'doctor') === (u.doctorId !== null), { path: ['doctorId'], message: 'Rollen lege krever en lege, og bare den' });
/** PUT /api/users/:id (admin only); password only when it is to be changed. */
export const ZUpdateUserRequest = z
  .strictObject({
    version: ZVersion,
    displayName: ZText(200),
    role: z.enum(ROLES),
    doctorId: ZId.nullable(),
    password: ZPassword.optional(),
  })
  .refine((u) => (u.role === 'doctor') === (u.doctorId !== null), { path: ['doctorId'], message: 'Rollen lege krever en lege, og bare den' });
export const ZUser = z.object({
  id: ZId,
  version: ZVersion,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  doctorId: z.number().nullable(),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;
export type TUser = z.infer<typeof ZUser>;
