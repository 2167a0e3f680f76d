/**
 * Why the domain (or the persistence under it) refuses: input it cannot compute from, a rule set with no rule in force
 * on the date, a record that is not there, was changed by someone else, already exists or is still in use.
 * The one error handler maps each code to an HTTP status.
 */
export const DOMAIN_ERROR_CODES = ['invalid_input', 'no_rule_in_force', 'not_found', 'invalid_reference', 'version_conflict', 'duplicate', 'in_use'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A field the refusal is about: `path` in the input, `message` in Norwegian. */
export interface DomainFieldError {
  path: string;
  message: string;
}

interface DomainErrorOptions {
  fields?: DomainFieldError[];
  /** The field messages are bare ("må være større enn 0"): the edge prefixes each with the field's Norwegian label. */
  bareFieldMessages?: boolean;
  /** For version_conflict: the record as it is now, so the client can show what changed. */
  current?: unknown;
}

/** The one refusal the domain and the repositories throw: a code, a Norwegian message and the fields it concerns. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: DomainFieldError[];
  readonly bareFieldMessages: boolean;
  readonly current: unknown;
  constructor(code: DomainErrorCode, message: string, opts: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = opts.fields ?? [];
    this.bareFieldMessages = opts.bareFieldMessages ?? false;
    this.current = opts.current;
  }
}

/** A refusal about one field whose message already names the record. */
export const invalidInput = (path: string, message: string): DomainError => new DomainError('invalid_input', message, { fields: [{ path, message }] });
