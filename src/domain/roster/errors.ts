/**
 * Roster input the domain cannot work with (an unknown shift in a benchmark file, an exemption ending before it
 * starts, an impossible period). The message is Norwegian and names the cause; `path` names the field or section.
 */
export class RosterInputError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message);
    this.name = 'RosterInputError';
    this.path = path;
  }
}
