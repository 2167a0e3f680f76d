import type { TRole } from '../../contracts/auth/login.ts';
import { ZListAuditQuery, type TAuditEntry } from '../../contracts/audit/list-audit.ts';
import { AppError } from '../../contracts/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { listAudit } from '../../db/repositories/audit.ts';
import type { Scope } from '../../db/scope.ts';

/** Audit entries only administrators may read: account changes, like the accounts themselves. */
const ADMIN_ONLY_ENTITIES = ['users'];

/**
 * Who changed what, when, before and after — not for the doctor role (it names others' changes; refused before the
 * query is read), account changes for admins only.
 */
export async function listAuditEntries(db: Queryable, scope: Scope, role: TRole, query: unknown): Promise<TAuditEntry[]> {
  if (role === 'doctor') throw new AppError('forbidden', 'Endringsloggen er ikke tilgjengelig for rollen lege');
  const q = ZListAuditQuery.parse(query);
  const admin = role === 'admin';
  if (!admin && q.entity !== undefined && ADMIN_ONLY_ENTITIES.includes(q.entity)) {
    throw new AppError('forbidden', 'Endringer i brukerkontoer kan bare administratorer se');
  }
  return listAudit(db, scope, { ...q, excludeEntities: admin ? [] : ADMIN_ONLY_ENTITIES });
}
