import type { FastifyInstance } from 'fastify';
import { z, type ZodType } from 'zod';
import { ZErrorBody } from '../contracts/errors.ts';
import { ZLoginRequest, ZSessionResponse } from '../contracts/auth/login.ts';
import { ZCreateUserRequest, ZUpdateUserRequest, ZUser } from '../contracts/auth/users.ts';
import { ENTITIES, ENTITY_NAMES } from '../db/entities.ts';
import { ZSnapshotImportCommitRequest, ZSnapshotImportRequest } from '../contracts/imports/snapshot-import.ts';

const schema = (s: ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

/** An OpenAPI 3.1 description built from the same zod contracts the routes validate with. */
export function buildOpenApi(routes: { method: string; url: string }[]): object {
  const bodies: Record<string, ZodType> = {
    'POST /api/auth/login': ZLoginRequest,
    'POST /api/users': ZCreateUserRequest,
    'PUT /api/users/:id': ZUpdateUserRequest,
    'POST /api/import/list-snapshots/preview': ZSnapshotImportRequest,
    'POST /api/import/list-snapshots/commit': ZSnapshotImportCommitRequest,
  };
  for (const name of ENTITY_NAMES) {
    const input = ENTITIES[name].input;
    bodies[`POST /api/registry/${name}`] = input;
    bodies[`PUT /api/registry/${name}/:id`] = z.intersection(input, z.object({ version: z.number().int().positive() }));
  }
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const body = bodies[`${r.method} ${r.url}`];
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      ...(r.url.includes(':id') ? { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }] } : {}),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(body) } } } } : {}),
      responses: {
        '2XX': { description: 'OK' },
        '4XX': { description: 'Feil', content: { 'application/json': { schema: schema(ZErrorBody) } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Legeplan API', version: '1' },
    components: { schemas: { Session: schema(ZSessionResponse), User: schema(ZUser) } },
    paths,
  };
}

/** GET /api/openapi.json */
export function openApiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', async () => buildOpenApi(app.routeTable));
}
