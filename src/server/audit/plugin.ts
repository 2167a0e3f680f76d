import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZId } from '../../contracts/common.ts';
import { listAudit } from '../../db/repositories/audit.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { AppError } from '../../contracts/errors.ts';

const ZAuditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  entityId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** GET /api/audit: who changed what, when, before and after (not for the doctor role: it names others' changes). */
export async function auditPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/audit', async (request) => {
    const { scope, user } = requireAuth(request);
    if (user.role === 'doctor') throw new AppError('forbidden', 'Endringsloggen er ikke tilgjengelig for rollen lege');
    const q = ZAuditQuery.parse(request.query);
    return { items: await listAudit(deps.db, scope, q) };
  });
}
