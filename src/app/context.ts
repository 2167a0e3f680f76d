import type { Db } from '../db/connection.ts';
import type { Scope } from '../db/scope.ts';

/** What a use case that writes is given: the database, who acts in which municipality, and the instant it happens. */
export interface UseCaseContext {
  db: Db;
  scope: Scope;
  /** ISO instant, from the injected clock. */
  now: string;
}

/** The scope of a reader who sees the whole municipality and is no user (the CLI, the plan document). */
export const wholeMunicipality = (kommuneId: number): Scope => ({ kommuneId, userId: null, ownDoctorId: null });
