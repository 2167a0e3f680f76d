import { z } from 'zod';
import { ZId } from '../common.ts';
import { ZSessionResponse } from './login.ts';

/** The minimum length of a new password; common and breached ones are refused besides (checked on the server). */
export const MIN_PASSWORD_LENGTH = 12;
export const ZNewPassword = z.string().min(MIN_PASSWORD_LENGTH, `Minst ${MIN_PASSWORD_LENGTH} tegn`).max(200, 'Høyst 200 tegn');

/** POST /api/account/password: the user changes their own password; their other sessions end. */
export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn'),
  newPassword: ZNewPassword,
});

/** One of the user's live sessions, as GET /api/account/sessions lists them. */
export const ZAccountSession = z.object({
  id: ZId,
  /** Browser and system read from the User-Agent, e.g. "Chrome 140 på Linux". */
  device: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export const ZAccountSessionsResponse = z.object({ items: z.array(ZAccountSession) });

/** POST /api/account/second-factor/setup: a new secret to add to an authenticator app (not active until confirmed). */
export const ZSecondFactorSetupResponse = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
/** POST /api/account/second-factor/confirm: the first code from the app turns the second factor on. */
export const ZSecondFactorConfirmRequest = z.strictObject({ secondFactorCode: z.string().trim().regex(/^\d{6}$/, 'Skriv de seks sifrene fra appen') });
/** The recovery codes, shown this once (only their hashes are stored), and the new session (its id changed). */
export const ZSecondFactorConfirmResponse = z.object({ recoveryCodes: z.array(z.string()), session: ZSessionResponse });
/** POST /api/account/second-factor/disable (not for admins where the second factor is required). */
export const ZSecondFactorDisableRequest = z.strictObject({ currentPassword: z.string().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn') });

export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;
export type TAccountSession = z.infer<typeof ZAccountSession>;
export type TAccountSessionsResponse = z.infer<typeof ZAccountSessionsResponse>;
export type TSecondFactorSetupResponse = z.infer<typeof ZSecondFactorSetupResponse>;
export type TSecondFactorConfirmResponse = z.infer<typeof ZSecondFactorConfirmResponse>;
