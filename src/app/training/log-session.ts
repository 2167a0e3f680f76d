import { WRITE_ROLES, type TRole } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import { ZSessionInput } from '../../contracts/training/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { createRow, type Row } from '../../db/repositories/registry.ts';
import { agreementParties } from '../../db/repositories/training-actions.ts';
import { TRAINING_ENTITIES } from '../../db/repositories/training-entities.ts';
import type { UseCaseContext } from '../context.ts';

/**
 * The doctor logs a supervision session on their own agreement (a planner or admin may log on any); same contract
 * and checks (not in the future, not before the start) as the registry. Read-only users are refused before the body is read.
 */
export async function logSession(ctx: UseCaseContext, role: TRole, body: unknown): Promise<Row> {
  if (role === 'readonly') throw new AppError('forbidden', 'Rollen din gir bare lesetilgang');
  const input = ZSessionInput.parse(body);
  if (!WRITE_ROLES.includes(role)) {
    const parties = await agreementParties(ctx.db, ctx.scope, input.agreementId).catch((err: unknown) => {
      if (err instanceof DomainError && err.code === 'not_found') return null;
      throw err;
    });
    if (parties === null || parties.doctorId !== ctx.scope.ownDoctorId) {
      throw new DomainError('invalid_reference', 'Du kan bare føre veiledning på din egen ALIS-avtale', { fields: [{ path: 'agreementId', message: 'ALIS-avtalen er ikke din' }] });
    }
  }
  return createRow(ctx, TRAINING_ENTITIES['supervision-sessions'], input);
}
