import type { FastifyInstance } from 'fastify';
import { ZListAuditQuery, type TListAuditQuery } from '../../contracts/audit/list-audit.ts';
import { listAudit } from '../../db/repositories/audit.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { AppError } from '../../contracts/errors.ts';

/** Audit entries only administrators may read: account changes, like the accounts themselves. */
const ADMIN_ONLY_ENTITIES = ['users'];

/** GET /api/audit: who changed what, when, before and after (not for the doctor role: it names others' changes). */
export async function auditPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/audit', async (request) => {
    const { scope, user } = requireAuth(request);
    if (user.role === 'doctor') throw new AppError('forbidden', 'Endringsloggen er ikke tilgjengelig for rollen lege');
    const q: TListAuditQuery = ZListAuditQuery.parse(request.query);
    const admin = user.role === 'admin';
    if (!admin && q.entity !== undefined && ADMIN_ONLY_ENTITIES.includes(q.entity)) {
      throw new AppError('forbidden', 'Endringer i brukerkontoer kan bare administratorer se');
    }
    return { items: await listAudit(deps.db, scope, { ...q, excludeEntities: admin ? [] : ADMIN_ONLY_ENTITIES }) };
  });
}
