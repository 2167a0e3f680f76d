import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Planted violations, linted with the repository's own eslint.config.js under the path of a real file of the layer
// (nothing is written to disk). Typed linting loads the TypeScript project once: hence the generous timeout.
const eslint = new ESLint({ cwd: process.cwd() });
const TIMEOUT = 180_000;

async function problems(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

const ROUTE = 'src/server/audit/plugin.ts';
const REPOSITORY = 'src/db/repositories/audit.ts';
const USE_CASE = 'src/app/audit/list-audit.ts';

describe('the architecture lint rules', () => {
  it(
    'refuse a route that writes SQL itself, and accept the same route calling a use case',
    async () => {
      const header = `import type { FastifyInstance } from 'fastify';\nimport type { AppDeps } from '../context.ts';\n`;
      const sql = `${header}export async function planted(app: FastifyInstance, deps: AppDeps): Promise<void> {\n  app.get('/api/planted', async () => deps.db.query('SELECT 1'));\n}\n`;
      expect(await problems(ROUTE, sql)).toEqual([{ ruleId: 'no-restricted-syntax', message: expect.stringMatching(/^Routes do not write SQL/) }]);

      const thin = `${header}import { getOverview } from '../../app/capacity/index.ts';\nexport async function planted(app: FastifyInstance, deps: AppDeps): Promise<void> {\n  app.get('/api/planted', async () => getOverview(deps.db, 1));\n}\n`;
      expect(await problems(ROUTE, thin)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'refuse a repository that imports an API contract or the HTTP error',
    async () => {
      const contract = `import type { TUser } from '../../contracts/auth/users.ts';\nexport type Planted = TUser;\n`;
      expect(await problems(REPOSITORY, contract)).toEqual([{ ruleId: 'no-restricted-imports', message: expect.stringContaining('Repositories hold SQL and row mapping only') }]);

      const appError = `import { AppError } from '../../contracts/errors.ts';\nexport const planted = (): Error => new AppError('not_found', 'Fant ikke');\n`;
      expect(await problems(REPOSITORY, appError)).toEqual([{ ruleId: 'no-restricted-imports', message: expect.stringContaining('DomainError') }]);
    },
    TIMEOUT,
  );

  it(
    'refuse a use case that reaches into the HTTP layer',
    async () => {
      const code = `import { requireAuth } from '../../server/auth/plugin.ts';\nexport const planted = requireAuth;\n`;
      expect(await problems(USE_CASE, code)).toEqual([{ ruleId: 'no-restricted-imports', message: expect.stringContaining('Use cases (src/app)') }]);
    },
    TIMEOUT,
  );
});
