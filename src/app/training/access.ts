import { AppError } from '../../contracts/errors.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Scope } from '../../db/scope.ts';

/** The caller must be the agreement's supervisor (a doctor-role user linked to that doctor). */
export function requireSupervisor(scope: Scope, supervisorId: number, what: string): void {
  if (scope.ownDoctorId !== supervisorId) throw new AppError('forbidden', `Bare veilederen kan ${what}`);
}

export const staleVersion = (label: string, current: unknown) => new DomainError('version_conflict', `Noen andre har endret posten (${label}) siden du åpnet den`, { current });
