/** An input the projection refuses, with a Norwegian message naming the field (`path` in the scenario or the facts). */
export class ProjectionInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'ProjectionInputError';
    this.path = path;
  }
}
