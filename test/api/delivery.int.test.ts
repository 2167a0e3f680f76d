import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { TEST_NOW } from '../helpers/app.ts';
import { createApp } from '../../src/server/app.ts';

/** A built web app as Vite lays it out: index.html and content-hashed files under assets/. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'legeplan-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nb"><head><script type="module" src="/assets/index-C7biexmr.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-C7biexmr.js'), 'console.log("Legeplan");\n'.repeat(400));
  return dir;
}

function expectSecurityHeaders(headers: Record<string, unknown>, what: string): void {
  const csp = String(headers['content-security-policy']);
  for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "font-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'"]) {
    expect(csp, what).toContain(directive);
  }
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval|https?:|upgrade-insecure-requests/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

describeOnBothDatabases('security headers, caching and compression', (getDb) => {
  let app: FastifyInstance;
  let webDir: string;
  beforeAll(async () => {
    webDir = fakeBuild();
    app = await createApp({ db: getDb(), clock: () => TEST_NOW, webDir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('a page: strict CSP and the other headers, revalidated on every visit (also a client-side route)', async () => {
    for (const url of ['/', '/oversikt']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expectSecurityHeaders(res.headers, url);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('an API answer: the same headers, and never cached', async () => {
    for (const url of ['/api/health', '/api/auth/session']) {
      const res = await app.inject({ method: 'GET', url });
      expectSecurityHeaders(res.headers, url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('before login, asking for the session is no error (204, which the browser does not log); other routes still 401', async () => {
    const none = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(none.statusCode).toBe(204);
    expect(none.body).toBe('');
    const stale = await app.inject({ method: 'GET', url: '/api/auth/session', cookies: { lp_session: 'utløpt-eller-ukjent' } });
    expect(stale.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/registry/offices' })).statusCode).toBe(401);
  });

  it('a hashed static file: cached for a year, immutable, compressed; a missing asset is a 404, not the page', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/index-C7biexmr.js' });
    const br = await app.inject({ method: 'GET', url: '/assets/index-C7biexmr.js', headers: { 'accept-encoding': 'br, gzip' } });
    expectSecurityHeaders(br.headers, 'asset');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gzip = await app.inject({ method: 'GET', url: '/assets/index-C7biexmr.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const missing = await app.inject({ method: 'GET', url: '/assets/index-old12345.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('HSTS only behind HTTPS (COOKIE_SECURE=1), which also upgrades any plain-HTTP request of the page', async () => {
    const secure = await createApp({ db: getDb(), clock: () => TEST_NOW, webDir, cookieSecure: true });
    try {
      const res = await secure.inject({ method: 'GET', url: '/' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
