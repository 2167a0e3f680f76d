import { DomainError } from '../errors.ts';

/**
 * Economic facts a figure cannot be computed from (no rate in force, overlapping validity periods, a measure that ends
 * before it starts, an unknown preset). The message is Norwegian; `path` names the field.
 */
export class EconomicsDataError extends DomainError {
  readonly path: string;
  constructor(message: string, path: string) {
    super('invalid_input', message, { fields: [{ path, message }] });
    this.name = 'EconomicsDataError';
    this.path = path;
  }
}
