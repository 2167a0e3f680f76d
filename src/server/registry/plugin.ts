import type { FastifyInstance } from 'fastify';
import { FIELD_LABELS } from '../../contracts/common.ts';
import { ENTITIES, ENTITY_NAMES } from '../../db/entities.ts';
import type { EntityDef } from '../../db/entity-def.ts';
import { listRecords } from '../../app/registry/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { crudRoutes } from './crud-routes.ts';
import { rowsToXlsx } from './xlsx.ts';

/** CRUD for each registry table at /api/registry/<name>, plus an .xlsx export of what the user may see. */
export async function registryPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  for (const name of ENTITY_NAMES) {
    const def: EntityDef = ENTITIES[name];
    const base = `/api/registry/${name}`;
    crudRoutes(app, deps, base, def);

    app.get(`${base}/export.xlsx`, async (request, reply) => {
      const rows = await listRecords(deps.db, def, requireAuth(request).scope);
      const columns = ['id', ...Object.keys(def.columns)].map((key) => ({ key, header: FIELD_LABELS[key] ?? 'ID' }));
      const body = await rowsToXlsx(def.label, columns, rows);
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return body;
    });
  }
}
