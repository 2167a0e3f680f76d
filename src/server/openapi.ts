import type { FastifyInstance } from 'fastify';
import { z, type ZodType } from 'zod';
import { ZErrorBody } from '../contracts/errors.ts';
import { ZSessionResponse } from '../contracts/auth/login.ts';
import { ZUser } from '../contracts/auth/users.ts';

/** A served route: method, URL pattern and, when it takes one, the contract of its body. */
export interface RouteEntry {
  method: string;
  url: string;
  body?: ZodType;
}

/** Routes that take no body (every other POST and PUT declares its contract in `config.body`). */
export const BODILESS_WRITES = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/oidc/logout',
  'POST /api/account/sessions/end-others',
  'POST /api/account/second-factor/setup',
  'POST /api/legevakt/jobs/:id/cancel',
  'POST /api/legevakt/open-shifts/:id/take',
  'POST /api/legevakt/my/feed',
  'POST /api/legevakt/my/feed/revoke',
]);

const schema = (s: ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

/** An OpenAPI 3.1 description built from the same zod contracts the routes validate with (each route's `config.body`). */
export function buildOpenApi(routes: readonly RouteEntry[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const body = r.body;
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
