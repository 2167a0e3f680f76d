import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { constants } from 'node:zlib';
import { join, sep } from 'node:path';

/**
 * Security headers on every answer (pages, API, files): a Content-Security-Policy that allows only the app's own
 * scripts, styles, fonts and API (no inline script or style, no other origin: the app loads nothing from the
 * internet), no framing, no MIME sniffing, no referrer; HSTS only behind HTTPS (COOKIE_SECURE=1).
 */
export async function securityHeaders(app: FastifyInstance, opts: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        // The favicon is `data:,` (none): the page asks the server for nothing it does not serve.
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        ...(opts.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: opts.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
  // Answers about people's data are never kept by a browser or proxy cache.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}

/** Compresses answers (brotli or gzip, as the browser accepts) above 1 kB; a fast brotli level, as it runs per request. */
export async function compression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

/**
 * The built web app: Vite's content-hashed files under /assets cached for a year (`immutable`: a new build has new
 * names), index.html revalidated on every visit so a new build is picked up at once.
 */
export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite writes only content-hashed names into assets/.
      const hashed = path.startsWith(join(webDir, 'assets') + sep);
      void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
