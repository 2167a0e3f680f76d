import type { ZodType } from 'zod';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { existsSync } from 'node:fs';
import { requestDb } from '../db/request-scope.ts';
import { scopeRequests, type AppConfig, type AppDeps } from './context.ts';
import { frameworkErrorHandler, installErrorHandler, notFoundBody } from './errors.ts';
import { installTextGuard } from './text-guard.ts';
import { compression, securityHeaders, serveWebApp } from './delivery.ts';
import { authPlugin } from './auth/plugin.ts';
import { oidcPlugin } from './auth/oidc-routes.ts';
import { registryPlugin } from './registry/plugin.ts';
import { overviewPlugin } from './overview/plugin.ts';
import { auditPlugin } from './audit/plugin.ts';
import { importPlugin } from './imports/plugin.ts';
import { usersPlugin } from './users/plugin.ts';
import { normsPlugin } from './norms/plugin.ts';
import { projectionPlugin } from './projection/plugin.ts';
import { trainingPlugin } from './training/plugin.ts';
import { openApiRoute, type RouteEntry } from './openapi.ts';
import { economicsPlugin } from './economics/plugin.ts';
import { rosterPlugin } from './roster/plugin.ts';


declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app serves (method and URL pattern), for tests that must cover them all, and the OpenAPI document. */
    routeTable: RouteEntry[];
  }
  interface FastifyContextConfig {
    /** The contract a route parses its body with (`config: { body: Z…Request }`), described in /api/openapi.json. */
    body?: ZodType;
  }
}


/** Builds the whole server without listening; tests call it in-process with app.inject. */
export async function createApp(config: AppConfig): Promise<FastifyInstance> {
  const deps: AppDeps = { ...config, db: requestDb(config.db) };
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 10 * 1024 * 1024, frameworkErrors: frameworkErrorHandler, trustProxy: deps.trustProxy ?? false });
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const body = (route.config as { body?: ZodType } | undefined)?.body;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, ...(body ? { body } : {}) });
  });
  installErrorHandler(app);
  installTextGuard(app);
  await securityHeaders(app, { https: deps.cookieSecure === true });
  await compression(app);
  await app.register(cookie);
  app.get('/api/health', async () => ({ ok: true }));
  openApiRoute(app);
  await app.register(async (api) => {
    await authPlugin(api, deps);
    scopeRequests(api, deps.db, (request) => request.auth?.scope ?? null);
    await oidcPlugin(api, deps);
    await registryPlugin(api, deps);
    await overviewPlugin(api, deps);
    await auditPlugin(api, deps);
    await importPlugin(api, deps);
    await usersPlugin(api, deps);
    await normsPlugin(api, deps);
    await projectionPlugin(api, deps);
    await trainingPlugin(api, deps);
    await economicsPlugin(api, deps);
    await rosterPlugin(api, deps);
  });
  const serveWeb = Boolean(deps.webDir && existsSync(deps.webDir));
  if (serveWeb) await serveWebApp(app, deps.webDir!);
  // The web app routes on the client: unknown non-API GETs get index.html (but a missing asset file is a 404, not a
  // page); everything else a 404 error body.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/')) return reply.sendFile('index.html');
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}
