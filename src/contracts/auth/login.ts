import { z } from 'zod';

/**
 * The one form of a username, for the lookup, the rate limiter and the failure counter alike: trimmed, NFC,
 * lower case — so " User", "user\t" and "USER" are one account with one budget of tries.
 */
export function normaliseUsername(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

/** POST /api/auth/login; `secondFactorCode` is the authenticator's six digits or a recovery code, when the account has a second factor. */
export const ZLoginRequest = z.strictObject({
  username: z.string().overwrite(normaliseUsername).min(1, 'Må fylles ut').max(100, 'Høyst 100 tegn'),
  password: z.string().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn'),
  secondFactorCode: z.string().trim().max(40, 'Høyst 40 tegn').optional(),
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
  user: z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    doctorId: z.number().nullable(),
    secondFactor: z.boolean(),
  }),
  kommune: z.object({ id: z.number(), nr: z.string(), name: z.string() }),
  csrfToken: z.string(),
  /** An admin without a second factor where one is required: only the account page works until it is set up. */
  secondFactorSetupRequired: z.boolean(),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;
export type TSessionResponse = z.infer<typeof ZSessionResponse>;
export type TRole = (typeof ROLES)[number];
/** Roles that may change data. */
export const WRITE_ROLES: readonly TRole[] = ['admin', 'planner'];
