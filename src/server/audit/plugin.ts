import type { FastifyInstance } from 'fastify';
import { listAuditEntries } from '../../app/audit/list-audit.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';

/** GET /api/audit: who changed what, when, before and after. */
export async function auditPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/audit', async (request) => {
    const { scope, user } = requireAuth(request);
    return { items: await listAuditEntries(deps.db, scope, user.role, request.query) };
  });
}
