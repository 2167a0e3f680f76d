import { invalidInput } from '../../domain/errors.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { supervisorEligibility, type TrainingDoctor } from '../../domain/training/index.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';

/** The doctor as training sees them, within the scope's municipality (the reference check has already run). */
export async function loadTrainingDoctor(tx: Queryable, kommuneId: number, id: number): Promise<TrainingDoctor | null> {
  const [d] = await tx.query<TrainingDoctor>(
    `SELECT id, name, specialist_gp AS "specialistGp", specialist_since AS "specialistSince" FROM doctor WHERE id = $1 AND kommune_id = $2`,
    [id, kommuneId],
  );
  return d ?? null;
}

/** An ALIS supervisor must be a specialist in general practice on `supervisorFrom`, or hold an exemption valid then. */
export async function checkAgreementSupervisor(tx: Queryable, scope: Scope, input: Record<string, unknown>): Promise<void> {
  const supervisor = await loadTrainingDoctor(tx, scope.kommuneId, input.supervisorId as number);
  if (!supervisor) return;
  const e = supervisorEligibility(supervisor, input.supervisorExemptionUntil as string | null, input.supervisorFrom as string);
  if (!e.eligible) throw invalidInput('supervisorId', `Veilederen må være spesialist i allmennmedisin eller ha gyldig fritak: ${e.message}`);
}

/** A supervision session cannot lie in the future, nor before the agreement started. */
export async function checkSessionDate(tx: Queryable, scope: Scope, input: Record<string, unknown>, now: string): Promise<void> {
  const date = input.sessionDate as string;
  if (date > osloDate(now)) throw invalidInput('sessionDate', 'Veiledning kan ikke registreres fram i tid');
  const [a] = await tx.query<{ startDate: string }>(`SELECT start_date AS "startDate" FROM alis_agreement WHERE id = $1 AND kommune_id = $2`, [
    input.agreementId,
    scope.kommuneId,
  ]);
  if (a && date < a.startDate) throw invalidInput('sessionDate', `Kan ikke være før avtalen startet (${a.startDate})`);
}
