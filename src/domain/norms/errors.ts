/**
 * Stored facts the norm cannot be computed from (a unit with short-term places but no stay, a planned change
 * below zero places, no norm in force). The message is Norwegian and names the record; `path` names the field.
 */
export class NormDataError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message);
    this.name = 'NormDataError';
    this.path = path;
  }
}
