import { z } from 'zod';

/** Every error code the API answers with; the server maps each to one HTTP status. */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_reference',
  'not_found',
  'unauthenticated',
  'second_factor_required',
  'forbidden',
  'csrf_failed',
  'version_conflict',
  'duplicate',
  'in_use',
  'rate_limited',
  'payload_too_large',
  'database_busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ZFieldError = z.object({ path: z.string(), message: z.string() });
export type TFieldError = z.infer<typeof ZFieldError>;

/** The body of every 4xx/5xx answer: `{ error: { code, message, fields } }`, messages in Norwegian. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(ZFieldError),
    /** For version_conflict: the record as it is now, so the client can show what changed. */
    current: z.unknown().optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** The one error currency: thrown anywhere, translated to `{ error }` and a status in one handler. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: TFieldError[];
  readonly current: unknown;
  constructor(code: ErrorCode, message: string, opts: { fields?: TFieldError[]; current?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = opts.fields ?? [];
    this.current = opts.current;
  }
}
