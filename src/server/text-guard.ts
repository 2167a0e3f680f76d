import type { FastifyInstance } from 'fastify';
import { fieldLabel, UNSAFE_TEXT_MESSAGE, unsafeTextPaths } from '../contracts/common.ts';
import { AppError } from '../contracts/errors.ts';

/**
 * One check for every text field of every route: a body or query string holding NUL, a control character or a
 * lone surrogate is refused with 400 naming the field, before any route sees it (PostgreSQL would answer 500).
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const paths = [...unsafeTextPaths(request.body), ...unsafeTextPaths(request.query)];
    if (paths.length === 0) return;
    const fields = [...new Set(paths)].map((path) => ({ path, message: `${path === '' ? 'Forespørselen' : fieldLabel(path)}: ${UNSAFE_TEXT_MESSAGE}` }));
    throw new AppError('validation_failed', fields.map((f) => f.message).join('; '), { fields });
  });
}
