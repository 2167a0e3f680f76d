import { AppError } from '../../contracts/errors.ts';
import { fieldLabel } from '../../contracts/common.ts';
import { ProjectionInputError, SsbFileError } from '../../domain/projection/index.ts';

/** Turns the domain's refusals into the API's one error currency (400 with Norwegian messages naming the field). */
export function asDomainAppError(err: unknown): unknown {
  if (err instanceof ProjectionInputError) {
    return new AppError('validation_failed', err.message, { fields: [{ path: err.path, message: `${fieldLabel(err.path)}: ${err.message}` }] });
  }
  if (err instanceof SsbFileError) {
    return new AppError('validation_failed', `Filen kan ikke leses inn: ${err.message}`, { fields: err.issues.map((message) => ({ path: 'file', message })) });
  }
  return err;
}

/** Runs domain code, rethrowing its refusals as AppErrors. */
export function domainCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw asDomainAppError(err);
  }
}
