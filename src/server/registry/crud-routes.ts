import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZIdParams, ZVersion } from '../../contracts/common.ts';
import type { EntityDef } from '../../db/entity-def.ts';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../../app/registry/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';

const ZVersionQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });
const ZVersioned = z.object({ version: ZVersion });

/** List, get, create, update (with version) and delete (with version) of a tenancy-scoped table, on the generic registry repository. */
export function crudRoutes(app: FastifyInstance, deps: AppDeps, base: string, def: EntityDef): void {
  const ctx = (scope: ReturnType<typeof requireWriter>) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

  app.get(base, async (request) => ({ items: await listRecords(deps.db, def, requireAuth(request).scope) }));

  app.get(`${base}/:id`, async (request) => {
    const id = idParam(request.params);
    return getRecord(deps.db, def, requireAuth(request).scope, id);
  });

  app.post(base, { config: { body: def.input } }, async (request, reply) => {
    const row = await createRecord(ctx(requireWriter(request)), def, request.body);
    void reply.status(201);
    return row;
  });

  app.put(`${base}/:id`, { config: { body: z.intersection(def.input, ZVersioned) } }, async (request) => {
    const scope = requireWriter(request);
    const { id } = ZIdParams.parse(request.params);
    const { version } = ZVersioned.parse(request.body);
    const rest = { ...(request.body as Record<string, unknown>) };
    delete rest.version;
    return updateRecord(ctx(scope), def, id, version, rest);
  });

  app.delete(`${base}/:id`, async (request) => {
    const scope = requireWriter(request);
    const { id } = ZIdParams.parse(request.params);
    const { version } = ZVersionQuery.parse(request.query);
    await deleteRecord(ctx(scope), def, id, version);
    return { ok: true };
  });
}

/** Parses the :id route parameter. */
export function idParam(params: unknown): number {
  return ZIdParams.parse(params).id;
}
