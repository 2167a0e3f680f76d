import { DomainError } from '../errors.ts';

/**
 * Stored facts the norm cannot be computed from (a unit with short-term places but no stay, a planned change
 * below zero places, no norm in force). The message is Norwegian and names the record; `path` names the field.
 */
export class NormDataError extends DomainError {
  readonly path: string;
  constructor(message: string, path: string) {
    super('invalid_input', message, { fields: [{ path, message }] });
    this.name = 'NormDataError';
    this.path = path;
  }
}
