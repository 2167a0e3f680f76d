import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FIELD_LABELS, ZId, ZVersion } from '../../contracts/common.ts';
import { ENTITIES, ENTITY_NAMES, type EntityDef } from '../../db/entities.ts';
import { createRow, deleteRow, getRow, listRows, updateRow } from '../../db/repositories/registry.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { rowsToXlsx } from './xlsx.ts';

const ZIdParams = z.object({ id: ZId });
const ZVersionQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });
const ZVersioned = z.object({ version: ZVersion });

function splitVersion(body: unknown): { version: number; rest: unknown } {
  const { version } = ZVersioned.parse(body);
  const rest = { ...(body as Record<string, unknown>) };
  delete rest.version;
  return { version, rest };
}

/** CRUD for each registry table at /api/registry/<name>, plus an .xlsx export of what the user may see. */
export async function registryPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  for (const name of ENTITY_NAMES) {
    const def: EntityDef = ENTITIES[name];
    const base = `/api/registry/${name}`;
    const ctx = (scope: ReturnType<typeof requireWriter>) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

    app.get(base, async (request) => ({ items: await listRows(deps.db, def, requireAuth(request).scope) }));

    app.get(`${base}/export.xlsx`, async (request, reply) => {
      const rows = await listRows(deps.db, def, requireAuth(request).scope);
      const columns = ['id', ...Object.keys(def.columns)].map((key) => ({ key, header: FIELD_LABELS[key] ?? 'ID' }));
      const body = await rowsToXlsx(def.label, columns, rows);
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return body;
    });

    app.get(`${base}/:id`, async (request) => {
      const { id } = ZIdParams.parse(request.params);
      return getRow(deps.db, def, requireAuth(request).scope, id);
    });

    app.post(base, async (request, reply) => {
      const scope = requireWriter(request);
      const input = def.input.parse(request.body) as Record<string, unknown>;
      void reply.status(201);
      return createRow(ctx(scope), def, input);
    });

    app.put(`${base}/:id`, async (request) => {
      const scope = requireWriter(request);
      const { id } = ZIdParams.parse(request.params);
      const { version, rest } = splitVersion(request.body);
      const input = def.input.parse(rest) as Record<string, unknown>;
      return updateRow(ctx(scope), def, id, version, input);
    });

    app.delete(`${base}/:id`, async (request) => {
      const scope = requireWriter(request);
      const { id } = ZIdParams.parse(request.params);
      const { version } = ZVersionQuery.parse(request.query);
      await deleteRow(ctx(scope), def, id, version);
      return { ok: true };
    });
  }
}
