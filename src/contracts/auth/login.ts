import { z } from 'zod';

/** POST /api/auth/login */
export const ZLoginRequest = z.strictObject({
  username: z.string().trim().min(1, 'Må fylles ut').max(100, 'Høyst 100 tegn'),
  password: z.string().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn'),
});
export const ROLES = ['admin', 'planner', 'doctor', 'readonly'] as const;
export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: 'Administrator',
  planner: 'Planlegger',
  doctor: 'Lege',
  readonly: 'Lesetilgang',
};
/** Answer of POST /api/auth/login and GET /api/auth/session. */
export const ZSessionResponse = z.object({
  user: z.object({ id: z.number(), username: z.string(), displayName: z.string(), role: z.enum(ROLES), doctorId: z.number().nullable() }),
  kommune: z.object({ id: z.number(), nr: z.string(), name: z.string() }),
  csrfToken: z.string(),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;
export type TSessionResponse = z.infer<typeof ZSessionResponse>;
export type TRole = (typeof ROLES)[number];
/** Roles that may change data. */
export const WRITE_ROLES: readonly TRole[] = ['admin', 'planner'];
