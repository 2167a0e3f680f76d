import { DomainError } from '../errors.ts';

/** An input the projection refuses, with a Norwegian message about the field (`path` in the scenario or the facts). */
export class ProjectionInputError extends DomainError {
  readonly path: string;
  constructor(path: string, message: string) {
    super('invalid_input', message, { fields: [{ path, message }], bareFieldMessages: true });
    this.name = 'ProjectionInputError';
    this.path = path;
  }
}
