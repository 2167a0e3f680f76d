import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { fieldLabel } from '../contracts/common.ts';
import { AppError, type ErrorCode, type TErrorBody, type TFieldError } from '../contracts/errors.ts';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';

/** The single code → HTTP status map. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_reference: 400,
  not_found: 404,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  csrf_failed: 403,
  version_conflict: 409,
  duplicate: 409,
  in_use: 409,
  rate_limited: 429,
  payload_too_large: 413,
  database_busy: 503,
  internal: 500,
};

/** Each domain refusal as the API's error code: all are the client's to fix or retry (4xx). */
const API_CODE_BY_DOMAIN_CODE: Record<DomainErrorCode, ErrorCode> = {
  invalid_input: 'validation_failed',
  no_rule_in_force: 'validation_failed',
  not_found: 'not_found',
  invalid_reference: 'invalid_reference',
  version_conflict: 'version_conflict',
  duplicate: 'duplicate',
  in_use: 'in_use',
};

function fromDomainError(err: DomainError): AppError {
  const fields = err.bareFieldMessages ? err.fields.map((f) => ({ path: f.path, message: `${fieldLabel(f.path)}: ${f.message}` })) : err.fields;
  return new AppError(API_CODE_BY_DOMAIN_CODE[err.code], err.message, { fields, current: err.current });
}

/** Turns zod issues into field errors whose messages name the field in Norwegian. */
export function zodFields(err: ZodError): TFieldError[] {
  return err.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const label = path === '' ? 'Forespørselen' : fieldLabel(path);
    const message = issue.code === 'unrecognized_keys' ? `Ukjente felt: ${issue.keys.join(', ')}` : issue.message;
    return { path, message: `${label}: ${message}` };
  });
}

export function toErrorBody(err: AppError): TErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      fields: err.fields,
      ...(err.current === undefined ? {} : { current: err.current }),
    },
  };
}

/** Normalises anything thrown into an AppError (the domain's refusals by their code); unknown errors become `internal`. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof DomainError) return fromDomainError(err);
  if (err instanceof ZodError) {
    const fields = zodFields(err);
    return new AppError('validation_failed', fields.map((f) => f.message).join('; '), { fields });
  }
  const fe = err as FastifyError;
  if (fe.statusCode === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('payload_too_large', 'Forespørselen er for stor');
  if (fe.statusCode === 429) return new AppError('rate_limited', 'For mange forsøk. Vent litt og prøv igjen.');
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('validation_failed', `Ugyldig forespørsel: ${fe.message}`);
  }
  return new AppError('internal', 'Noe gikk galt på serveren. Prøv igjen, og kontakt brukerstøtte om feilen vedvarer.');
}

/** The one error handler: every error leaves as `{ error: { code, message, fields } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appErr = asAppError(err);
    if (appErr.code === 'internal') request.log.error({ err, reqId: request.id }, 'unhandled error');
    void reply.status(STATUS_BY_CODE[appErr.code]).send(toErrorBody(appErr));
  });
}

/**
 * Fastify's own errors before routing (a malformed URL such as `/api/%`): answered in the one error format.
 * Passed as the `frameworkErrors` option.
 */
export function frameworkErrorHandler(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const appErr =
    err.code === 'FST_ERR_BAD_URL'
      ? new AppError('validation_failed', 'Ugyldig adresse: den inneholder tegn som ikke er gyldig URL-koding (for eksempel et enkelt %)')
      : asAppError(err);
  void reply.status(STATUS_BY_CODE[appErr.code]).send(toErrorBody(appErr));
}

/** 404 for an unknown API path, in the one error format. */
export function notFoundBody(method: string, url: string): TErrorBody {
  return toErrorBody(new AppError('not_found', `Fant ikke ${method} ${url.split('?')[0]}`));
}
